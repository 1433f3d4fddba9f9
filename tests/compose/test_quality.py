"""A quality the candidate claims ("calm in a crisis") goes into a note with what they did that
shows it, which they noted after a dash; claimed alone, a quality of character is left out with
advice (blind readers: "I am calm under delays, and I hope that will be useful to the team" is
naive, bolted-on self-praise)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.compose.parts import strength_kind
from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.compose.wording import wording


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        (
            "calm in a crisis - evacuated the hotel during the 2024 fire alarm at 3am",
            "I am calm in a crisis: I evacuated the hotel during the 2024 fire alarm at 3am",
        ),
        (
            "calm under delays - handled the Hojo flood detour in 2024",
            "I am calm under delays: I handled the Hojo flood detour in 2024",
        ),
        (
            "Patient with difficult guests, I handled a lot of foreign guests during the season",
            "I am patient with difficult guests: I handled a lot of foreign guests during the "
            "season",
        ),
        (
            "Reliable - I never missed a shift in 2 years",
            "I am reliable: I never missed a shift in 2 years",
        ),
        (
            "calm in incident bridges (was IC for 2 Sev1s)",
            "I am calm on incident bridges: I was IC for 2 Sev1s",
        ),
        (
            "good w/ kids — coached U12 football in Seen",
            "I am good with children: I coached under-12 football in Seen",
        ),
        # a label before the dash, no quality: the deed alone
        (
            "Social - grew the station TikTok to 40k",
            "I grew the station TikTok to 40k",
        ),
    ],
)
def test_a_quality_is_said_with_what_shows_it(typed: str, want: str) -> None:
    assert read_line("strengths", typed).text == want


@pytest.mark.parametrize(
    "typed",
    [
        "calm under pressure",
        "Punctual",
        "I'm reliable - 100% attendance this year",  # no deed: a record to say in words
        "calm in a crisis (my manager's words not mine)",
        "Patient. Good listener. I notice small changes in people",
        "calm under pressure (lol)",
        "Patient with young nurses, I was one",  # too short to show anything
        "I'm patient with residents, my grandfather lived with us",  # family: never the proof
    ],
)
def test_a_quality_of_character_alone_is_left_out(typed: str) -> None:
    with pytest.raises(Unusable, match="quality"):
        read_line("strengths", typed)


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("led migration to AWS", "I led the migration to AWS"),  # no quality claimed
        ("fast on Excel + the SGD document system", "I am fast on Excel and the SGD document"),
        ("comfortable w/ Workday Recruiting and iCIMS", "I am comfortable with Workday"),
        ("good at mental maths", "I am good at mental maths"),  # a skill, not a trait
        ("kaizen: cut cycle time on station 40 from 58s to 51s", "I cut the cycle time"),
    ],
)
def test_other_strengths_are_read_as_before(typed: str, want: str) -> None:
    assert read_line("strengths", typed).text.startswith(want)


def test_a_quality_with_its_deed_gets_no_pitch_after_it() -> None:
    clause = "I am calm in a crisis: I evacuated the hotel during the fire alarm"
    assert strength_kind(clause) == "shown"
    for row in wording(None).rows("thank_you", "fit_shown"):
        said = row.replace("{{ strength | capital }}", clause).replace("{{ strength }}", clause)
        assert said.endswith(f"{clause[1:]}.") and "useful" not in said


def test_no_fit_row_hopes_to_be_useful() -> None:
    rows = [r for k in ("fit_skill", "fit_credential") for r in wording(None).rows("thank_you", k)]
    assert rows and not [r for r in rows if "hope that will be useful" in r]
    assert not [r for r in rows if "could help the team" in r]


_QUALITIES = st.sampled_from(["calm", "patient", "reliable", "careful", "punctual", "discreet"])
_TAILS = st.sampled_from(["", " under pressure", " with angry callers", " on the radio"])


@given(_QUALITIES, _TAILS, st.sampled_from([" - ", " -- ", ": ", ". "]))
def test_a_quality_never_stands_alone_in_a_note(quality: str, tail: str, dash: str) -> None:
    """Whatever follows the dash, the note says the quality with a deed or not at all."""
    for after in ("", "everyone says so", "100% attendance", "handled the night desk for 2 yrs"):
        typed = f"{quality}{tail}{dash}{after}" if after else f"{quality}{tail}"
        try:
            said = read_line("strengths", typed).text
        except Unusable:
            continue
        assert ": I " in said, (typed, said)
