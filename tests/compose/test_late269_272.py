"""What the late269 to late272 reads found, each with a line that must change and one that must
not: a list of letters is no tail, ", so" before a note is left off, a question in another
language is never a topic, and the greetings those readers faulted."""

from __future__ import annotations

import pytest

from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("case definitions for S, P, L forms", "case definitions for S, P, L forms"),  # not "for S"
        ("the ERP rollout, esp finance", "the ERP rollout"),  # a tail still goes
    ],
)
def test_letters_listed_are_no_tail(raw, want):
    assert read_line("topics", raw).text == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("reporting to Family Health Bureau", "reporting to the Family Health Bureau"),
        ("grant from Environment Agency", "the grant from the Environment Agency"),
        ("budget for Unit 4", "the budget for Unit 4"),  # no office: nothing added
        # a verb and its particle joined are one event: "the scale-up", as "the move"
        ("scale-up to Umerkot", "the scale-up to Umerkot"),
        ("roll-out of the new EHR", "the roll-out of the new EHR"),
        ("follow-up visits", "follow-up visits"),  # plural: no "the"
    ],
)
def test_an_office_after_a_preposition_and_an_event_take_the(raw, want):
    assert read_line("topics", raw).text == want


def test_a_note_after_so_is_left_off_and_a_clause_stays():
    said = read_line("wish_i_had_said", "that I already coded 400 autopsies, so no training needed")
    assert "so no training" not in said.text and said.text.endswith("autopsies")
    kept = read_line("wish_i_had_said", "that I coded 400 autopsies, so I can start at once")
    assert "so I can start at once" in kept.text


@pytest.mark.parametrize("raw", ["Neden Mersin? (why move from Diyarbakır)", "Warum Graz?"])
def test_a_question_in_another_language_is_no_topic(raw):
    with pytest.raises(Unusable, match="not in English"):
        read_line("questions", raw)


def test_an_english_question_of_names_and_words_stays():
    assert read_line("questions", "How would you run the Mersin site?").text


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        ("Ram Kumari Chaudhary (HR, took notes)", "NP", "Ram Kumari"),  # "Ram" alone is a man's
        ("Priya Kumari", "IN", "Priya"),  # two words: the family name
        ("Asst. City Mgr. Paul Engebretsen", "US-MN", "Paul"),  # never "Assistant Engebretsen"
        ("Sisi Ndeshi (guest relations)", "NA", "Ndeshi"),  # never "Hi Sisi,"
        ("Ivanova, Olga Sergeevna", "TR", "Olga Sergeevna"),  # her father's name too, as typed
        ("Petrov, Ivan", "", "Ivan"),
    ],
)
def test_greetings_the_late269_to_late272_readers_faulted(name, country, want):
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


def test_time_is_said_once_around_a_topic():
    # "for the time you spent with me. I appreciated the time we spent on container dwell time"
    import afterview
    from afterview.model import Kind

    from scenarios import PEOPLE, scenario

    person = {**PEOPLE[5], "topics": ["container dwell time"]}
    for i in range(60):
        interview = scenario(panel=1, interviewers=[person], candidate={"name": f"Cand {i}"})
        for m in afterview.plan(interview).messages:
            if m.kind is Kind.THANK_YOU:
                assert "time we spent on container dwell time" not in m.body, m.body
                assert not ("the time you" in m.body and "the time we" in m.body), m.body


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("test coupon passed RT", "my test coupon passed RT"),  # read as a pasted note
        ("team grew to 12 people", "my team grew to 12 people"),
        ("my talk was accepted at PyCon", "my talk was accepted at PyCon"),  # whose it is
        ("passed my CSCS card test", "I passed my CSCS card test"),
    ],
)
def test_news_of_one_thing_named_bare_is_the_candidates(raw, want):
    assert read_line("new_information", raw).text == want
