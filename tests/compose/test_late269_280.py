"""What the late269 to late280 reads found, each with a line that must change and one that must
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


def test_young_people_on_a_panel_are_never_asked_to_stay_connected():
    # late274: "It would be great to stay connected" on LinkedIn to a care-experienced young
    # people's panel crossed a safeguarding line for both readers
    import afterview
    from afterview.model import Kind

    from scenarios import scenario

    panel = {
        "name": "Young people's panel - Kacey, Jordan & Tia",
        "title": "care experienced young people's panel",
        "topics": ["what makes a good social worker"],
    }
    for i in range(30):
        interview = scenario(panel=1, interviewers=[panel], candidate={"name": f"Cand {i}"})
        for m in afterview.plan(interview).messages:
            if m.kind is Kind.THANK_YOU:
                assert "connected" not in m.body and "in touch" not in m.body, m.body
                assert "next step" not in m.body and "hearing from you" not in m.body, m.body


@pytest.mark.parametrize(
    ("raw", "position", "minimum"),
    [
        ("Qualified SW (MA, Swansea Uni 2023)", "Social Worker", True),  # the post's initials
        ("I am a qualified nurse", "Staff Nurse", True),
        ("I am a qualified SW", "Software Engineer", False),  # "SE" is not "SW"
    ],
)
def test_a_strength_that_names_the_post_by_its_initials_is_the_minimum(raw, position, minimum):
    # late274: "I should also mention that I am a qualified SW." to a social work panel
    from afterview.compose.parts import the_minimum
    from afterview.compose.reading import Used

    used = Used("strengths[0]", raw, read_line("strengths", raw))
    assert the_minimum(used, position) is minimum


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a post or a team before a colon, then a whole name: the name (late274, late276)
        ("Responsible Individual: Carys Hughes-Parry", "GB", ("Carys", "")),
        ("Manager Waste Services: Ravinesh Prasad", "AU-NSW", ("Ravinesh", "")),
        ("Industry rep: Dave from Master Plumbers", "AU-NSW", ("Dave", "")),
        ("Mrs. Lee: HR", "GB", ("Mrs. Lee", "")),  # the name first: left alone
        # a titled name in brackets after a post (late274 readers saw "Hi PPG,")
        ("PPG chair (Mr. Alan Dodds)", "GB", ("Mr. Dodds", "")),
        ("Kev (Mr. Ed)", "GB", ("Kev", "")),  # a name first: the aside is not read
        # Khmer "Bong" (elder sibling) is left off in Cambodia, as Thai "Phi" in Thailand
        ("Bong Vanna (backend)", "KH", ("Vanna", "")),
        # a trade's nickname in quotes is no name of his own ("Hi Sparky,")
        ("Mick 'Sparky' O'Donoghue (senior ESO)", "AU-NT", ("Mick", "")),
        # the given name not caught: only a family name, so the plan asks
        ("Diarra (seed lab, didn't get first name)", "ML", ("Diarra", "ask")),
    ],
)
def test_greetings_the_late273_to_late276_readers_faulted(name, country, want):
    found = greeting_name(name, None, "", country)
    assert (found.name, "ask" if found.ask else "") == want


def test_a_description_with_a_comma_and_no_name_keeps_its_post_in_the_slot():
    # late273: "Dear [the name of the Didn't Get Name]"
    found = greeting_name("Secretary, took minutes - didn't get name", None, "", "GH")
    assert found.slot == "[the name of the Secretary]"


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a courtesy title is never greeted alone ("Dear Frau," late277)
        ("PDL Frau Brigitte Sommer", "DE", ("Ms. Sommer", "")),
        # a post before a titled name gives way to it (late280: "Dear Department chair Prof. ...")
        ("Dept chair Prof. Chen Chih-hao", "TW", ("Prof. Chen", "")),
        ("Deputy Chief Angela Whitehorse", "US", ("Deputy Chief Whitehorse", "")),  # a rank
        ("RTM Dean Ashworth", "GB", ("Dean", "")),  # "Dean" may be his name
        # "Gian" and "Pier" open a given name of two words ("Dear Gian," late277)
        ("Gian Andrea Derungs (Teamleiter Logistik, per du)", "CH-GR", ("Gian Andrea", "")),
        # a label of dictionary words, then a given name ("Hi Deli/bakery," late278)
        ("Deli/bakery - Crystal", "US-AR", ("Crystal", "")),
        ("Data - Chen", "US", ("Data", "")),  # a family name after it: not read so
        # an honorific joined to the given name says how they are addressed ("Dear Matsui,")
        ("Matsui Yuko-sensei", "JP", ("Matsui Yuko-sensei", "ask")),
        ("Yamada-sensei", "JP", ("Yamada-sensei", "")),
    ],
)
def test_greetings_the_late277_to_late280_readers_faulted(name, country, want):
    found = greeting_name(name, None, "", country)
    assert (found.name, "ask" if found.ask else "") == want
