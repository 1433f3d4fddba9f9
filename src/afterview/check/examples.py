"""The context a rule's examples are checked in (``Rule.flags`` / ``Rule.passes``)."""

from __future__ import annotations

from typing import Any

from afterview.check.context import CheckContext, parse_date, parse_datetime
from afterview.check.rule import Example

BASE: dict[str, Any] = {
    "kind": "thank_you",
    "medium": "email",
    "recipient_name": "Jane Okafor",
    "recipient_title": "Director of Data Platform",
    "candidate_name": "Priya Raman",
    "company": "Acme Robotics",
    "position": "Senior Data Engineer",
    "topics": ["moving nightly batch ETL to Kafka streams", "on-call rotation"],
    "other_companies": ["Globex", "Initech"],
}
# A clean thank-you note in that context: every rule's must-pass examples start with one.
THANK_YOU_NOTE = (
    "Dear Jane,\n\nThank you for meeting with me today about the Senior Data Engineer role. "
    "Our talk about moving nightly batch ETL to Kafka streams stayed with me.\n\n"
    "Best regards,\nPriya Raman"
)
_TIMES = ("interview_at", "send_at", "last_contact_at")


def example(item: Example | str) -> tuple[str, str, CheckContext]:
    """(subject, body, context) for one rule example."""
    ex = item if isinstance(item, Example) else Example(item)
    fields = {**BASE, **ex.context}
    for key in _TIMES:
        if isinstance(fields.get(key), str):
            fields[key] = parse_datetime(fields[key])
    if isinstance(fields.get("decision_expected_by"), str):
        fields["decision_expected_by"] = parse_date(fields["decision_expected_by"])
    return ex.subject, ex.body, CheckContext(**fields)
