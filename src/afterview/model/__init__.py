"""The data model: interviews, interviewers and the planned messages."""

from afterview.model.interview import (
    Application,
    Candidate,
    Debrief,
    Interview,
    Interviewer,
    InterviewInfo,
    Kind,
    Medium,
    Outcome,
    Result,
)
from afterview.model.load import interview_from_dict, load_interview, parse_interview
from afterview.model.message import Plan, PlannedMessage

__all__ = [
    "Application",
    "Candidate",
    "Debrief",
    "Interview",
    "InterviewInfo",
    "Interviewer",
    "Kind",
    "Medium",
    "Outcome",
    "Plan",
    "PlannedMessage",
    "Result",
    "interview_from_dict",
    "load_interview",
    "parse_interview",
]
