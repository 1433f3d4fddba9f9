"""Rows chosen for who the person is and what the topic is, from the blind reads of late313 to
late332 (1,435 thank-you notes, each sentence matched to the readers' quotes): the rows readers
faulted most often for one kind of person or topic are never given to it, and still are to the
rest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import afterview
from afterview.compose.parts import _SHOWED_THE_WORK, never_to
from afterview.compose.wording import wording
from afterview.model import Kind

HERE = Path(__file__).parent


def _thanks(path: str) -> dict[str, str]:
    plan = afterview.plan(afterview.load_interview(HERE / path))
    return {m.recipient: m.body for m in plan.messages if m.kind is Kind.THANK_YOU}


@pytest.mark.parametrize(
    ("path", "who"),
    [
        # "Our conversation made me even more certain that I want to join the team."
        ("late327/bpo-team-lead-portmore-jamaica-onsite-three-offer.toml", "Miss Tanisha (HR)"),
        # "What I heard made the role all the more appealing."
        ("late331/primary-care-paramedic-sydney-ns-ehs-seven-panel-pending.toml", "MacKinnon - HR"),
        ("late332/legal-counsel-nickel-miner-jakarta-scbd-four-overdue.toml", "Bu Ratna (HR)"),
    ],
)
def test_who_ran_the_process_is_never_told_the_talk_showed_the_work(path: str, who: str) -> None:
    assert not _SHOWED_THE_WORK.search(_thanks(path)[who])


def test_the_rows_that_say_so_are_kept_for_the_rest() -> None:
    rows = wording(None).rows("thank_you", "fit_general")
    showed = [r for r in rows if _SHOWED_THE_WORK.search(r)]
    assert len(showed) >= 8  # "What I heard made the role all the more appealing", ...
    assert all(never_to(r, {"process#"}) for r in showed)
    assert not any(never_to(r, set()) for r in showed)
    assert not any(never_to(r, {"process#"}) for r in rows if r not in showed)


@pytest.mark.parametrize(
    ("path", "who", "topic"),
    [
        # "I appreciated the chance to go over growing the SME book in the north with you."
        (
            "late327/relationship-officer-warrens-barbados-bank-video-four-rejected.toml",
            "Alleyne, Kerri-Ann",
            "growing the SME book",
        ),
        # "I valued the chance to discuss porting the solver to AMD GPUs with you."
        (
            "late330/rse-hpc-physics-padova-unipd-video-five-pending.toml",
            "Prof. Matteo Dalla Valle",
            "porting the solver",
        ),
    ],
)
def test_a_doing_with_its_object_is_never_the_object_of_discuss(
    path: str, who: str, topic: str
) -> None:
    body = _thanks(path)[who]
    assert topic in body
    assert not re.search(rf"\b(?:discuss|go over|through|into) {topic}", body)


@pytest.mark.parametrize(
    ("path", "who", "topic"),
    [
        # "Thank you for telling me about the risk appetite for hospitality post-COVID."
        (
            "late327/relationship-officer-warrens-barbados-bank-video-four-rejected.toml",
            "Dr. Roger Hutson, Chief Risk Officer",
            "risk appetite",
        ),
        # "Thank you for telling me about community archives partnerships."
        (
            "late330/processing-archivist-williamsburg-swem-five-video-withdrawn.toml",
            "Dean Carolyn Ashby-Moss",
            "community archives",
        ),
    ],
)
def test_a_subject_is_never_taught(path: str, who: str, topic: str) -> None:
    body = _thanks(path)[who]
    assert topic in body
    assert "telling me about" not in body
