"""What the blind reads of late425 to late428 found (garment and print factories, water and
parks, hospital support, banking operations), read after the fixes of late413 to late420: each
with what must change and, beside it, what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable


@pytest.mark.parametrize(
    ("kind", "typed", "want"),
    [
        # a phrasal verb's particle takes no article ("I slowed the down")
        (
            "answers",
            "slowed down on the second call and got the payment date agreed",
            "I slowed down on the second call and got the payment date agreed",
        ),
        ("strengths", "led migration to AWS", "I led the migration to AWS"),  # not changed
        # results that came on a day, then the pass ("... came out on Friday" lost it)
        (
            "new_information",
            "AHPC licensing exam results came out Friday, I passed",
            "I passed my AHPC licensing exam",
        ),
        # how long, set down after the thing named
        ("topics", "onboarding SLA 5 working days -> want 3", "the onboarding SLA"),
        ("topics", "HSE induction 2 days", "the HSE induction"),
        ("topics", "ride-alongs for 2 weeks", "ride-alongs for 2 weeks"),  # said with "for"
        # "take us through" asks the candidate ("I was interested to hear that take us ...")
        (
            "questions",
            "Take us through what you do after a needle-stick",
            "what I do after a needle-stick",
        ),
    ],
)
def test_line(kind: str, typed: str, want: str) -> None:
    assert read_line(kind, typed).text == want


@pytest.mark.parametrize(
    "typed",
    ["transport", "field days Sunday to Thursday", "resumption + documentation"],
)
def test_topic_left_out(typed: str) -> None:
    with pytest.raises(Unusable):
        read_line("topics", typed)


@pytest.mark.parametrize("typed", ["cold box transport", "the Sunday market stall"])
def test_topic_kept(typed: str) -> None:
    assert read_line("topics", typed).text


def test_results_with_no_verdict_are_still_left_out() -> None:
    with pytest.raises(Unusable):
        read_line("new_information", "NCLEX results came out Friday")


def _plan(path: str) -> afterview.Plan:
    return afterview.plan(afterview.load_interview(Path(__file__).parent / path))


def test_one_who_spoke_through_a_translator_did_not_interpret() -> None:
    plan = _plan("late425/line-supervisor-bavet-sez-garment-onsite-four-withdrawn.toml")
    body = next(
        m.body for m in plan.messages if m.kind.value == "thank_you" and "Huang" in m.recipient
    )
    assert "interpreting" not in body


def test_a_name_cut_short_ends_its_slot_where_it_was_cut() -> None:
    from afterview.names import greeting_name

    found = greeting_name("Lic. Fernanda ... RH regional (on video from Tapachula)", None, "", "MX")
    assert found.ask and found.slot == "[how to address Lic. Fernanda]"


def test_mexican_social_security_is_a_term_of_the_job() -> None:
    with pytest.raises(Unusable):
        read_line("topics", "IMSS + Infonavit")


def test_a_former_boss_is_never_met_for_the_first_time() -> None:
    """Read at the end (late422): "It was a pleasure to meet you" to "was my boss at Boots"."""
    plan = _plan("late422/pharmacy-counter-assistant-kells-meath-onsite-two-known-offer.toml")
    body = next(m.body for m in plan.messages if "was my boss" in m.recipient)
    assert "meet you" not in body


def test_ones_own_boss_gives_no_warm_welcome() -> None:
    """Read at the end (late424): "the warm welcome" and "how the team works" to her boss."""
    plan = _plan("late424/am-team-lead-kapfenberg-internal-promotion-four-offer.toml")
    body = next(m.body for m in plan.messages if "my current boss" in m.recipient)
    assert "welcome" not in body and "how the team works" not in body
