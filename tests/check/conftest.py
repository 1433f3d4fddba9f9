"""Helpers for the checker's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.check import CheckContext

SHARED_CASES = Path(__file__).resolve().parents[3] / "shared" / "etiquette" / "cases.jsonl"

CLEAN_NOTE = """Dear Jane,

Thank you for meeting with me this afternoon about the Senior Data Engineer role. I especially
enjoyed our discussion of moving the nightly batch ETL jobs onto Kafka streams; I led a similar
migration that cut our reporting lag from twelve hours to ten minutes.

I also appreciated your candour about the on-call rotation. I would be glad to share the runbook
we wrote for ours.

Best regards,
Priya Raman"""


@pytest.fixture
def ctx() -> CheckContext:
    return CheckContext(
        kind="thank_you",
        medium="email",
        recipient_name="Jane Okafor",
        recipient_title="Director of Data Platform",
        candidate_name="Priya Raman",
        company="Acme Robotics",
        position="Senior Data Engineer",
        topics=["moving nightly batch ETL to Kafka streams", "on-call rotation"],
        other_companies=["Globex", "Initech"],
    )


@pytest.fixture
def shared_cases() -> Path:
    if not SHARED_CASES.is_file():
        pytest.skip("the shared etiquette cases (../shared/etiquette) are not here")
    return SHARED_CASES
