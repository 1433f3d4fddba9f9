"""Fixtures for the interview-file tests: a valid file to start from and break."""

from __future__ import annotations

from pathlib import Path

import pytest

# Every key of the format, Unicode names included; tests break it one way at a time.
VALID = """\
[candidate]
name = "Siobhán Ní Bhriain"
email = "siobhan@example.com"
strengths = ["ran the data platform for a payments company"]

[application]
company = "Acme Robotics"
position = "Senior Data Engineer"
reference = "REQ-20417"

[interview]
at = 2026-11-20T14:00:00-05:00
format = "panel"
style = "behavioral"
decision_expected_by = 2026-12-04
next_steps = "The recruiter will call."
contact = "Łukasz Nowak"

[debrief]
wish_i_had_said = "I led the move to Prometheus."
new_information = "My talk was accepted."
notes = "Ask about on-call."

[outcome]
result = "pending"

[[interviewers]]
name = "Zoë Martin"
title = "Director of Data Platform"
email = "zoe@acme.example"
linkedin = "https://www.linkedin.com/in/zoe-example"
medium = "email"
salutation = "Dr. Martin"
topics = ["Kafka streams", "on-call"]
questions = ["Tell me about a disagreement."]
concerns = ["limited Scala"]
rapport = "we both run marathons"

[[interviewers]]
name = "Łukasz Nowak"
title = "Staff Engineer"
medium = "linkedin"
linkedin = "https://www.linkedin.com/in/lukasz-example"
topics = ["idempotent consumers"]

[[interviewers]]
name = "Nguyễn Thị Mai"
medium = "handwritten"
concerns = ["no Vietnamese"]
answers = ["I have been taking Vietnamese lessons since March"]
connected = false
"""


@pytest.fixture(scope="session")
def valid_text() -> str:
    return VALID


@pytest.fixture
def write(tmp_path: Path):
    """Write text (or bytes) to a file in a fresh folder and return its path."""

    def _write(content: str | bytes, name: str = "interview.toml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
