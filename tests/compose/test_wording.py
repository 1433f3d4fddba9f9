"""The sentence banks of wording.toml: complete layouts, fillable rows, user overrides."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

import afterview
from afterview.compose.parts import BODY_PARTS
from afterview.compose.render import BUNDLED
from afterview.compose.wording import FILE, Wording, wording
from afterview.errors import InputError

from scenarios import scenario

BANKS = wording(None)
_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*(?:\|\s*(\w+)\s*)?\}\}")
# The values every bank may use, and those that only some banks are given.
COMMON = {"role", "position", "company", "meeting", "meet", "weekday", "candidate"}
GIVEN = {
    ("thank_you", "topic"): {"topic"},
    ("thank_you", "topic_clause"): {"topic"},
    ("thank_you", "topic_wanted"): {"topic"},
    ("thank_you", "topic_grave"): {"topic"},
    ("thank_you", "topic_given"): {"topic"},
    ("thank_you", "exercise"): {"topic"},
    ("thank_you", "tour"): {"topic"},
    ("thank_you", "topic_practical"): {"practical"},
    ("thank_you", "asked"): {"asked"},
    ("thank_you", "asked_grave"): {"asked"},
    ("thank_you", "concern"): {"concern", "answer"},
    ("thank_you", "concern_whether"): {"concern", "answer"},
    ("thank_you", "concern_near"): {"concern", "answer"},
    ("thank_you", "concern_studied"): {"concern", "answer"},
    ("thank_you", "concern_unsaid"): {"answer"},
    ("thank_you", "wish"): {"wish"},
    ("thank_you", "wish_np"): {"wish"},
    ("thank_you", "news"): {"news"},
    ("thank_you", "rapport"): {"rapport"},
    ("thank_you", "rapport_np"): {"rapport"},
    ("connection", "topic"): {"topic"},
    ("connection", "topic_clause"): {"topic"},
    ("connection", "topic_wanted"): {"topic"},
    ("connection", "topic_grave"): {"topic"},
    ("connection", "topic_given"): {"topic"},
    ("connection", "exercise"): {"topic"},
    ("connection", "tour"): {"topic"},
    ("connection", "topic_practical"): {"practical"},
    ("connection", "asked"): {"asked"},
    ("connection", "asked_grave"): {"asked"},
}
LATER = {"reference", "date", "decision", "topic", "news"}


def _banks():
    for section, banks in BANKS.banks.items():
        for bank, rows in banks.items():
            if bank != "layouts":
                yield section, bank, rows


@pytest.mark.parametrize(("section", "bank", "rows"), list(_banks()), ids=lambda v: str(v)[:30])
def test_every_row_uses_only_the_values_its_bank_is_given(section, bank, rows):
    allowed = set(COMMON)
    if section in ("thank_you", "connection"):
        allowed |= GIVEN.get((section, bank), set())
        allowed |= {"strength"} if bank.startswith("fit") else set()
    else:
        allowed |= LATER
    for row in rows:
        for name, filter_name in _PLACEHOLDER.findall(row):
            assert name in allowed, (section, bank, row)
            assert filter_name in ("", "capital")


def test_panel_banks_have_a_row_for_each_member_of_a_seven_person_panel():
    for bank in ("thanks", "topic", "fit", "closing", "sign_off", "subject"):
        assert len(BANKS.rows("thank_you", bank)) >= 7, bank


def test_every_layout_holds_every_part_once():
    for layout in BANKS.rows("thank_you", "layouts"):
        placed = [part for paragraph in layout for part in paragraph]
        assert sorted(placed) == sorted(BODY_PARTS), layout
    for layout in BANKS.rows("connection", "layouts"):
        placed = [part for paragraph in layout for part in paragraph]
        # a connection request holds 300 characters: thanks, one point, rapport, closing; and,
        # after a withdrawal only, the sentence that says so (it stands where "fit" would)
        assert sorted(placed) == sorted(["thanks", "topics", "fit", "rapport", "closing"])


def test_the_pitch_never_comes_before_what_was_talked_about():
    # readers found "I led a crew of 14 ..." right after the thanks abrupt, and before the
    # thanks for explaining the process, out of place
    for section in ("thank_you", "connection"):
        for layout in BANKS.rows(section, "layouts"):
            order = [part for paragraph in layout for part in paragraph]
            assert order.index("fit") > order.index("topics"), layout


@pytest.mark.parametrize("section", [s for s in BANKS.banks if "closing" in BANKS.banks[s]])
def test_no_closing_is_a_sign_off_before_the_sign_off(section):
    # "All the best, and thank you again." then "Best regards,": two sign-offs
    offs = {row.rstrip(",").lower() for s in BANKS.banks.values() for row in s.get("sign_off", [])}
    offs.discard("thank you")  # "Thank you, and I hope we talk again." is a sentence
    for row in BANKS.rows(section, "closing"):
        opening = row.lower()
        assert not any(opening.startswith(f"{off},") for off in offs), row
        assert not opening.startswith("with "), row  # "With thanks for ...": no verb


def test_every_medium_renders_every_part_it_is_given():
    # The handwritten template once left the news out; now one template lays out every part,
    # and a card, an email and a LinkedIn message each carry the news when there is room.
    for medium in ("email", "handwritten", "linkedin"):
        person = {
            "name": "Zoë Lambert",
            "email": "zoe@lumen.example",
            "medium": medium,
            "connected": True,
            "topics": ["the data platform"],
        }
        interview = scenario(
            interviewers=[person],
            candidate={"name": "Priya Raman", "strengths": []},
            debrief={"new_information": "My talk was accepted at PyCon."},
        )
        # the wish goes: a card has room for one of the two
        interview = replace(interview, debrief=replace(interview.debrief, wish_i_had_said=None))
        body = afterview.plan(interview).messages[0].body
        assert "my talk was accepted at PyCon" in body, (medium, body)


def test_a_users_wording_replaces_the_banks_it_names(tmp_path):
    (tmp_path / FILE).write_text(
        '[thank_you]\nclosing = ["Until soon, and thank you."]\n', encoding="utf-8"
    )
    plan = afterview.plan(scenario(panel=1), templates=str(tmp_path))
    assert "Until soon, and thank you." in plan.messages[0].body
    assert wording(str(tmp_path)).rows("thank_you", "thanks") == BANKS.rows("thank_you", "thanks")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[thank_you]\nclosing = "not a list"\n', "should be a list of sentences"),
        ("[thank_you]\nclosing = []\n", "should be a list of sentences"),
        ("[thank_you\n", "not valid TOML"),
        ('[thank_you]\nclosing = ["Thanks, {{ nickname }}."]\n', "{{ nickname }}"),
        ('[thank_you]\nclosing = ["Thanks, {{ company | shout }}."]\n', "'shout'"),
    ],
)
def test_a_broken_wording_file_is_one_clear_error(tmp_path, text, message):
    (tmp_path / FILE).write_text(text, encoding="utf-8")
    wording.cache_clear()
    with pytest.raises(InputError) as error:
        afterview.plan(scenario(panel=1), templates=str(tmp_path))
    assert message in str(error.value)
    assert str(tmp_path / FILE) in str(error.value)


def test_fill_capitalises_and_never_leaves_a_double_stop():
    w = Wording({}, "test")
    assert w.fill("{{ x | capital }} at {{ y }}.", {"x": "my talk", "y": "Acme Inc."}, "b") == (
        "My talk at Acme Inc."
    )


def test_the_bundled_file_is_beside_the_templates():
    assert (BUNDLED / FILE).is_file()


def test_the_bundled_templates_lay_notes_out_as_the_built_in_layout_does():
    # The .j2 files are where a template of one's own starts; given as a templates folder they
    # are rendered by Jinja, and every note must come out exactly as without them. A tenth of
    # the corpus (185 files, every layout and medium many times over) keeps it to half a minute.
    from .audit import debrief_files

    for path in debrief_files()[::10]:
        interview = afterview.load_interview(path)
        built_in = afterview.plan(interview, check=False).messages
        through_jinja = afterview.plan(interview, templates=str(BUNDLED), check=False).messages
        assert [(m.subject, m.body) for m in through_jinja] == [
            (m.subject, m.body) for m in built_in
        ], path.name


def test_jinja_is_imported_only_for_a_template_of_ones_own(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys, afterview;"
        "afterview.plan(afterview.load_interview('examples/panel.toml'));"
        "print('jinja2' in sys.modules)"
    )
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("section", "bank"),
    [
        ("thank_you", "wish"),
        ("thank_you", "wish_np"),
        ("thank_you", "news"),
        ("status_inquiry", "news"),
    ],
)
def test_what_the_candidate_adds_never_says_also_with_nothing_before_it(section, bank):
    # readers marked "I would also like to add that ..." after a topic: also to what?
    rows = wording(None).rows(section, bank)
    assert rows and not [row for row in rows if re.search(r"\balso\b", row)]
