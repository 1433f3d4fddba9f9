"""Every draft is complete, personal and the right length."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import afterview
from afterview.errors import InputError
from afterview.model import Kind, Medium

from .audit import _length as within_medium
from .audit import audit_interview
from scenarios import IDS, PEOPLE, SCENARIOS, scenario

# Whatever a template slot could leave behind: [Company], {name}, <Your Name>, XX, ___, None.
LEFTOVER = re.compile(
    r"\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>|(?<![A-Za-z])XX+(?![A-Za-z])|_{3,}|\bNone\b|\bnull\b"
)


def drafts(interview):
    return afterview.plan(interview).messages


@pytest.mark.parametrize(("name", "interview"), SCENARIOS, ids=IDS)
def test_no_placeholder_survives(name, interview):
    for m in drafts(interview):
        assert not LEFTOVER.search(m.body), (m.recipient, LEFTOVER.search(m.body))
        assert not LEFTOVER.search(m.subject)


@pytest.mark.parametrize(("name", "interview"), SCENARIOS, ids=IDS)
def test_greets_by_salutation_or_first_name_and_signs_with_the_candidates_name(name, interview):
    for m in drafts(interview):
        lines = m.body.splitlines()
        person = interview.find(m.recipient)
        expected = person.salutation if person and person.salutation else m.recipient.split()[0]
        assert re.fullmatch(rf"(Dear|Hi) {re.escape(expected)},", lines[0]), lines[0]
        assert lines[-1] == interview.candidate.name
        assert lines[-2].endswith(",")


@pytest.mark.parametrize(("name", "interview"), SCENARIOS, ids=IDS)
def test_drafts_fit_their_medium(name, interview):
    # email 50-125 words, a card at most 80, a LinkedIn note with a connection request at most
    # 300 characters (tests/compose/audit.py, the same rule for the debrief corpus)
    for m in drafts(interview):
        assert not list(within_medium(m.body, m, interview)), (m.kind, m.recipient, m.body)


@pytest.mark.parametrize(("name", "interview"), SCENARIOS, ids=IDS)
def test_only_email_has_a_subject(name, interview):
    for m in drafts(interview):
        assert bool(m.subject) == (m.medium is Medium.EMAIL)


def test_each_thank_you_refers_to_what_was_discussed_with_that_person():
    interview = scenario(panel=6)
    for m in drafts(interview):
        if m.kind is Kind.THANK_YOU:
            person = interview.find(m.recipient)
            mine = person.topics[0].split()[-1]
            assert mine in m.body
            others = [p for p in interview.interviewers if p is not person]
            for other in others:
                assert other.topics[0] not in m.body


def test_a_concern_is_answered_with_the_strength_that_matches_it():
    interview = scenario(panel=3)
    body = next(m.body for m in drafts(interview) if m.recipient == "Nguyễn Thị Mai")
    assert "cloud costs" in body
    assert "cut the cloud bill of our analytics platform by a third" in body


def test_wish_and_news_go_where_they_belong_and_news_is_told_once():
    interview = scenario(panel=3)
    plan = afterview.plan(interview)
    messages = plan.messages
    with_news = [m for m in messages if "schema evolution" in m.body]
    # every note that could add it adds something that matters more (the wish, an answer
    # to a doubt): the news waits for the follow-up, and, told there, is not advised as lost
    assert [m.kind for m in with_news] == [Kind.STATUS_INQUIRY]
    assert not any("schema evolution" in n for n in plan.notes), plan.notes
    # whoever read it in a thank-you note is not told again in a follow-up
    two = afterview.plan(scenario(panel=2))
    told = [m.recipient for m in two.messages if "schema evolution" in m.body]
    assert told and len(told) == len(set(told)), told
    wished = sum(1 for m in messages if "Prometheus" in m.body)
    # in one note at most; when there is no room for it, the advice says so
    assert wished == 1 or (wished == 0 and any("Prometheus" in n for n in plan.notes))
    # a thank-you adds what the candidate wishes they had said or the news, not both
    for m in messages:
        if m.kind is Kind.THANK_YOU:
            assert not ("Prometheus" in m.body and "schema evolution" in m.body), m.body


def test_a_follow_up_writes_the_date_as_its_reader_does():
    from afterview.compose.render import day

    friday = datetime(2026, 11, 20).date()
    assert day(friday) == day(friday, "GB-SCT") == "Friday 20 November"
    assert day(friday, "US-MT") == day(friday, "PH") == "November 20"
    american = scenario(panel=1, interview={"country": "US"})
    inquiry = next(m for m in afterview.plan(american).messages if m.kind is Kind.STATUS_INQUIRY)
    assert "November 18" in inquiry.body and "18 November" not in inquiry.body, inquiry.body


def test_without_a_country_in_the_file_the_dates_follow_the_country_setting(monkeypatch):
    inquiry = next(
        m for m in afterview.plan(scenario(panel=1)).messages if m.kind is Kind.STATUS_INQUIRY
    )
    assert "18 November" in inquiry.body, inquiry.body
    monkeypatch.setenv("AFTERVIEW_COUNTRY", "US")
    inquiry = next(
        m for m in afterview.plan(scenario(panel=1)).messages if m.kind is Kind.STATUS_INQUIRY
    )
    assert "November 18" in inquiry.body and "18 November" not in inquiry.body, inquiry.body


# Each line of the candidate's own the panel file gives, by a few words of it.
OWN_LINES = {
    "wish": "Prometheus",
    "news": "schema evolution",
    "strength": ("two billion", "junior engineers", "by a third"),
    "rapport": "Galway",
}


@pytest.mark.parametrize("panel", [1, 3, 6])
def test_by_default_a_thank_you_adds_no_line_of_the_candidates_own(panel):
    # in blind reads a line about the candidate (a strength, an answer to a doubt, the wish,
    # news, rapport) was the one most often quoted as wrong: none is said unless asked for
    plan = afterview.plan(scenario(panel=panel, candidate={"own_lines": False}))
    for m in plan.messages:
        if m.kind is Kind.THANK_YOU:
            for words in OWN_LINES.values():
                for w in [words] if isinstance(words, str) else words:
                    assert w not in m.body, m.body
            assert "Scala" not in m.body and "cloud costs" not in m.body, m.body
    # each is named in the advice once, with how to have it said
    for w in ("Prometheus", "Galway"):
        (advice,) = [n for n in plan.notes if w in n]
        assert "own_lines = true" in advice and "in your own words" in advice, advice


def test_own_lines_brings_them_back():
    plain = afterview.plan(scenario(panel=1, candidate={"own_lines": False}))
    asked = afterview.plan(scenario(panel=1, candidate={"own_lines": True}))
    body = lambda plan: next(m.body for m in plan.messages if m.kind is Kind.THANK_YOU)  # noqa: E731
    assert "Prometheus" not in body(plain) and "Prometheus" in body(asked)
    assert not any("own_lines" in n for n in asked.notes), asked.notes


def test_own_lines_must_be_true_or_false(tmp_path):
    text = (Path(__file__).parents[2] / "examples" / "panel.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace("[candidate]", '[candidate]\nown_lines = "yes"', 1), "utf-8")
    with pytest.raises(InputError, match="own_lines"):
        afterview.load_interview(bad)


@pytest.mark.parametrize("panel", [1, 2, 3, 6])
def test_a_thank_you_adds_one_thing_of_the_candidates_own(panel):
    plan = afterview.plan(scenario(panel=panel))
    for m in plan.messages:
        if m.kind is Kind.THANK_YOU:
            added = [
                kind
                for kind, words in OWN_LINES.items()
                if any(w in m.body for w in ([words] if isinstance(words, str) else words))
            ]
            assert len(added) <= 1, (added, m.body)
    # the first note has room for only one of the wish, a strength and the rapport: the
    # advice names what it left out, and why
    left = [n for n in plan.notes if "one thing of yours" in n]
    assert any("Galway" in n for n in left), plan.notes


def test_the_note_recalls_the_plainest_of_their_topics():
    # a figure, an "of" and a string of prepositions are where hasty notes go wrong most
    busy = "the move of 40 servers to Azure in 2024 for the finance team"
    person = {"name": "Sam Reyes", "email": "sam@example.com", "topics": [busy, "design reviews"]}
    body = afterview.plan(scenario(interviewers=[person])).messages[0].body
    assert "design reviews" in body and "Azure" not in body, body
    alone = {**person, "topics": [busy]}
    assert "Azure" in afterview.plan(scenario(interviewers=[alone])).messages[0].body


def test_unicode_names_come_out_as_they_went_in():
    interview = scenario(panel=6, candidate={"name": "Nguyễn Thị Mai-Ødegaard"})
    for m in drafts(interview):
        assert m.body.endswith("\nNguyễn Thị Mai-Ødegaard")
    bodies = {m.recipient: m.body for m in drafts(interview) if m.kind is Kind.THANK_YOU}
    assert bodies["Łukasz Nowak"].startswith("Hi Łukasz,")
    assert bodies["Siobhán O'Neill"].startswith("Dear Siobhán,")


def test_user_templates_override_the_bundled_ones(tmp_path):
    (tmp_path / "thank_you.j2").write_text(
        "Dear {{ interviewer.name }},\n\nThanks from {{ candidate.name }} for the {{ application.position }} chat.\n\n"
        "{{ p.sign_off }}\n{{ candidate.name }}\n",
        encoding="utf-8",
    )
    plan = afterview.plan(scenario(panel=1), templates=str(tmp_path))
    assert plan.messages[0].body.startswith(
        "Dear Zoë Lambert,\n\nThanks from Priya Raman for the Senior"
    )
    assert plan.messages[-1].kind is Kind.STATUS_INQUIRY  # others stay bundled


def test_a_template_with_an_unknown_value_is_an_input_error(tmp_path):
    (tmp_path / "thank_you.j2").write_text("Dear {{ recipient_nickname }},\n", encoding="utf-8")
    with pytest.raises(InputError, match="recipient_nickname"):
        afterview.plan(scenario(panel=1), templates=str(tmp_path))


def test_a_missing_templates_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        afterview.plan(scenario(panel=1), templates=str(tmp_path / "nope"))


names = st.text(
    alphabet=st.characters(categories=("Lu", "Ll"), exclude_characters="\n\r"),
    min_size=2,
    max_size=12,
)
phrases = st.lists(
    st.text(alphabet=st.characters(categories=("Lu", "Ll", "Zs", "Nd")), min_size=3, max_size=60)
    .map(str.strip)
    .filter(bool),
    max_size=3,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.lists(names, min_size=1, max_size=6, unique_by=str.casefold),
    topics=phrases,
    strengths=phrases,
    concerns=phrases,
    medium=st.sampled_from(["email", "linkedin", "handwritten"]),
)
def test_any_names_and_notes_give_complete_drafts_within_range(
    first, topics, strengths, concerns, medium
):
    people = [
        {
            "name": f"{n} Example",
            "email": "x@example.com",
            "medium": medium,
            "topics": topics,
            "concerns": concerns,
        }
        for n in first
    ]
    interview = scenario(
        interviewers=people, candidate={"name": "Ada Lovelace", "strengths": strengths}
    )
    for m in drafts(interview):
        assert not list(within_medium(m.body, m, interview)), (m.kind, m.recipient, m.body)
        assert m.body.endswith("\nAda Lovelace")
        given = " ".join([*first, *topics, *strengths, *concerns]).casefold()
        for leftover in ("{{", "}}", "None"):
            assert leftover not in m.body or leftover.casefold() in given


def test_people_on_the_same_panel_are_not_a_list(_=PEOPLE):
    # A thank-you never names another member of the panel.
    interview = scenario(panel=6)
    for m in drafts(interview):
        if m.kind is Kind.THANK_YOU:
            for other in interview.interviewers:
                if other.name != m.recipient:
                    assert other.name not in m.body


@pytest.mark.parametrize(("name", "interview"), SCENARIOS, ids=IDS)
def test_every_scenario_and_example_passes_the_audit(name, interview):
    # the same judge as the debrief corpus: Harper, note-to-self marks, fragments, greeting, length
    problems = list(audit_interview(interview, name))
    assert not problems, "\n".join(map(str, problems))


def test_a_thank_you_adds_the_wish_or_the_news_not_both():
    people = [
        {
            "name": "Sam Reyes",
            "email": "sam@lumen.example",
            "topics": ["the fleet telemetry platform"],
        },
        {"name": "Ana Lima", "email": "ana@lumen.example", "topics": ["the hiring plan for 2027"]},
    ]
    plan = afterview.plan(scenario(interviewers=people))
    notes = {m.recipient: m.body for m in plan.messages if m.kind is Kind.THANK_YOU}
    wished = [who for who, body in notes.items() if "Prometheus" in body]
    told = [who for who, body in notes.items() if "schema evolution" in body]
    assert len(wished) == len(told) == 1
    assert wished != told  # two afterthoughts in one note read like a checklist


def test_a_connection_request_does_not_sign_off_with_its_opening_words():
    long_topic = "the migration of the nightly settlement batch jobs to event streams"
    for n in range(40):
        person = {
            "name": f"Alex Morgan{n}",
            "linkedin": "https://www.linkedin.com/in/x",
            "connected": False,
            "topics": [long_topic],
        }
        withdrawn = {
            "result": "withdrawn",
            "at": datetime.fromisoformat("2026-11-20T10:00:00-05:00"),
        }
        for m in afterview.plan(scenario(interviewers=[person], outcome=withdrawn)).messages:
            if m.kind is Kind.THANK_YOU:
                opening, sign_off = m.body.split("\n\n")[1], m.body.split("\n\n")[-1]
                assert not (opening.startswith("Many thanks") and sign_off.startswith("Many")), (
                    m.body
                )


def test_what_a_filled_in_value_says_is_not_said_again():
    # all pay and dates: thanked for "the process and the next steps", which no closing repeats
    for n in range(12):
        person = {
            "name": f"Marloes Visser{n}",
            "linkedin": "https://www.linkedin.com/in/x",
            "connected": True,
            "topics": ["salary band", "start date"],
        }
        for m in afterview.plan(scenario(interviewers=[person])).messages:
            if m.kind is Kind.THANK_YOU:
                assert m.body.count("next step") <= 1, m.body


@pytest.mark.parametrize("outcome", [None, {"result": "withdrawn", "at": "2026-11-25"}])
def test_a_note_to_a_team_never_sets_the_team_apart_from_them(outcome):
    teams = [
        {"name": f"{what} team", "email": f"{what.lower()}@example.com", "topics": [topic]}
        for what, topic in [
            ("Platform", "the deploy pipeline"),
            ("Yard", "the lime mortar mixes"),
            ("Recruitment", "the graduate intake"),
            ("Kitchen", "the banquet menu"),
            ("Data", "the warehouse migration"),
        ]
    ]
    plan = afterview.plan(scenario(interviewers=teams, outcome=outcome))
    for m in plan.messages:
        if m.kind is Kind.THANK_YOU:
            assert "the team" not in m.body, m.body


def test_a_recruiter_of_another_firm_is_not_wished_well_with_the_employer() -> None:
    # "Denise Albrecht (Kincaid Ag Search)" works for the search firm, not for the co-op
    text = """
        [candidate]
        name = "Sam Lee"
        [application]
        company = "Badger Prairie Dairy Cooperative"
        position = "Director of Farm Operations"
        [interview]
        at = 2026-11-10T10:00:00-06:00
        [[interviewers]]
        name = "Kathy S."
        email = "kathy@example.org"
        [outcome]
        result = "rejected"
        at = 2026-11-20
        by = "Denise Albrecht (Kincaid Ag Search)"
    """
    bodies = []
    for name in ("Sam Lee", "Ana Ruiz", "Tom Birch", "Kofi Mensah", "Ewa Nowak", "Li Wei"):
        plan = afterview.plan(afterview.parse_interview(text.replace("Sam Lee", name)), check=False)
        bodies += [m.body for m in plan.messages if m.recipient.startswith("Denise")]
    assert len(bodies) == 12  # a reply and a feedback request for each candidate
    assert not any("everyone at" in body for body in bodies)


def test_a_titled_greeting_is_never_followed_by_a_casual_thanks():
    # "Dear Mr. Desai, Thanks for Friday's interview": the greeting's register, then another
    for n in range(80):
        person = {
            "name": "Mr. Ravi Desai",
            "linkedin": "https://www.linkedin.com/in/x",
            "connected": n % 2 == 0,
            "topics": ["phishing triage steps"],
        }
        interview = scenario(interviewers=[person], candidate={"name": f"Sam Lee{n}"})
        for m in afterview.plan(interview).messages:
            if m.kind is Kind.THANK_YOU:
                assert m.body.startswith("Dear Mr. Desai,"), m.body
                assert not re.search(r"(?:^|\n|\. )Thanks\b", m.body), m.body


@pytest.mark.parametrize("connected", [True, False])
def test_in_a_technical_interview_what_was_asked_is_not_heard_about(connected):
    # the candidate was asked about two pointers: "I enjoyed hearing about ..." is backwards
    heard = re.compile(r"hear(?:ing)? (?:more )?about|telling me about|walking me through")
    for n in range(30):
        person = {
            "name": f"Sreekumar Nair{n}",
            "linkedin": "https://www.linkedin.com/in/x",
            "connected": connected,
            "topics": ["two pointers and sliding window"],
        }
        interview = scenario(interviewers=[person], interview={"style": "technical"})
        for m in afterview.plan(interview).messages:
            if m.kind is Kind.THANK_YOU:
                assert "two pointers" in m.body and not heard.search(m.body), m.body
                assert m.body.count("Thank you") <= 1 or connected, m.body


def test_a_post_s_hours_are_not_part_of_its_name():
    # "the Volunteer Coordinator 0.6 FTE role": the advert's hours, read aloud
    from afterview.compose.parts import role

    assert role("Volunteer Coordinator 0.6 FTE") == "the Volunteer Coordinator role"
    assert role("FTE Analyst") == "the FTE Analyst role"
    assert role("Tenancy") == "the tenancy"  # a barrister's tenancy is no role
    # "the Graduate Management Trainee Programme 2027 role": a programme, of its year
    assert role("Graduate Trainee Programme 2027") == "the 2027 Graduate Trainee Programme"


def test_a_description_s_words_call_no_one():
    # "the" of "family rep on the board" is no name: a sentence with "the" is not about them
    from afterview.names import name_words

    assert name_words("family rep on the board - older gentleman w/ the cane, name??") == set()
    assert name_words("Kerry-Ann Joseph") == {"Kerry-Ann", "Joseph"}
    # a description after the name calls no one: "the" in a sentence is no name
    assert name_words("Kev the maintenance man who showed me round") == {"Kev"}


def _thank_yous(person: dict, times: int = 30, strengths: list[str] | None = None):
    """The thank-you notes to ``person`` from ``times`` candidates (each name picks other
    rows), with no wish or news to take a strength's place."""
    for n in range(times):
        candidate = {"name": f"Sam Lee{n}", **({"strengths": strengths} if strengths else {})}
        interview = scenario(
            interviewers=[{"email": "p@x.example", **person}],
            candidate=candidate,
            debrief={"wish_i_had_said": None, "new_information": None},
        )
        for m in afterview.plan(interview).messages:
            if m.kind is Kind.THANK_YOU:
                yield m.body


def test_the_employer_is_not_named_twice_with_the_role():
    # "the Generalist Fast Stream role at the Civil Service Fast Stream"
    from afterview.compose.parts import _not_twice, company

    assert _not_twice("the Civil Service Fast Stream", "the Generalist Fast Stream role") == (
        "the Civil Service"
    )
    # not "the Office of the" for "Deputy Public Defender"
    office = "the Office of the Public Defender"
    assert _not_twice(office, "the Deputy Public Defender role") == office
    assert _not_twice("Acme Cloud", "the Cloud Engineer role") == "Acme Cloud"
    assert company("Memorial University of Newfoundland") == "Memorial University of Newfoundland"
    assert company("Hebrew University of Jerusalem") == "the Hebrew University of Jerusalem"


@pytest.mark.parametrize(
    "strength", ["I have a BScN", "cleared the RSO exam in August 2026", "QQI Level 5 in SNA"]
)
def test_a_credential_is_neither_experience_nor_brought_to_the_role(strength):
    # "I am registered for a PhD at JOOUST, which I would bring with me to the role"; "I have
    # a BScN, and I would love to put that to work"
    person = {"name": "Dana Cole", "topics": ["the triage pathway"]}
    for body in _thank_yous(person, 40, [strength]):
        for said in re.split(r"(?<=\.)\s+", body):  # a bare degree: left out
            if re.search(r"SNA|BScN|RSO", said):
                assert not re.search(r"experience|bring|to work", said), said


def test_a_pupil_is_thanked_for_their_part_by_a_card_passed_on_by_the_school():
    # a LinkedIn message to a Year 11 strings captain alarms a school; "thank you for telling
    # me more about the Senco role" to a school council reads as a template gone wrong
    for who, title in (
        ("Strings captain - Phoebe", "Year 11 student, quartet cellist"),
        ("pupil panel (school council)", "Y3-Y6, 6 kids"),
    ):
        person = {"name": who, "title": title, "topics": ["the Twilight Concert quartet"]}
        interview = scenario(
            interviewers=[person], candidate={"strengths": ["I am a CCEA examiner"]}
        )
        assert interview.interviewers[0].chosen_medium is Medium.HANDWRITTEN
        (note,) = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
        assert note.medium is Medium.HANDWRITTEN and "school office" in note.why
        assert not re.search(r"telling me|CCEA|in touch|stay connected", note.body), note.body
    panel = {"name": "Student panel (2 x Yr 12)", "topics": ["why maths matters"]}
    assert scenario(interviewers=[panel]).interviewers[0].chosen_medium is Medium.HANDWRITTEN
    # a pupil with a profile given, or an adult on the school council, keeps the usual medium
    parent = {"name": "Ofelia - parent rep", "title": "parent member of the school council"}
    assert scenario(interviewers=[parent]).interviewers[0].chosen_medium is Medium.LINKEDIN


def test_a_team_with_no_address_is_thanked_by_one_card_to_its_office():
    # no LinkedIn message reaches a team: readers marked "Hi Data team" on LinkedIn unsendable
    team = {"name": "Yard Planning Team", "topics": ["the berth window plan"]}
    (note,) = [
        m
        for m in afterview.plan(scenario(interviewers=[team])).messages
        if m.kind is Kind.THANK_YOU
    ]
    assert note.medium is Medium.HANDWRITTEN and "posted to their office" in note.why, note.why
    # with a profile or an address given, or a person named in a team, the usual medium
    profile = {**team, "linkedin": "https://www.linkedin.com/company/yard"}
    assert scenario(interviewers=[profile]).interviewers[0].chosen_medium is Medium.LINKEDIN
    gwen = {"name": "Gwen from HR (took notes)"}
    assert scenario(interviewers=[gwen]).interviewers[0].chosen_medium is Medium.LINKEDIN


@pytest.mark.parametrize("topic", ["the pair programming", "the coding round"])
def test_an_exercise_done_together_or_a_test_sat_is_never_talked_through(topic):
    # "I enjoyed talking you through the pair programming": they paired with the candidate
    for body in _thank_yous({"name": "Jeroen Visser", "topics": [topic]}):
        assert f"through {topic}" not in body, body


def test_a_connection_request_cut_to_fit_thanks_once():
    # "Thank you for interviewing me for ... Thank you for telling me about ...": the shortest
    # thanks, picked to fit 300 characters, must not thank again after a topic that thanked
    person = {
        "name": "Ms. Chong Mei Ling",
        "email": None,
        "linkedin": "https://www.linkedin.com/in/x",
        "connected": False,
        "topics": ["Shariah non-compliance event reporting to BNM"],
    }
    for body in _thank_yous(person, 40):
        thanks = re.findall(r"\b(?:[Tt]hank|[Gg]rateful)", body.split("\n\n", 2)[1])
        assert len(thanks) <= 1, body


def test_a_strength_is_not_said_after_since_when_it_has_its_own():
    # "since I have been a fellow of the Actuaries Institute since 2019"
    fellow = ["I have been a Fellow of the Actuaries Institute since 2019"]
    for body in _thank_yous({"name": "Dana Cole", "topics": ["pricing"]}, 40, fellow):
        assert not re.search(r"since [^.]*since", body), body


def test_a_word_of_the_topic_is_not_said_again_with_another_ending():
    # "I valued the chance to discuss values and the pastoral programme with you"
    from afterview.compose.parts import _stem

    assert _stem("valued") == _stem("values") == _stem("value")
    for body in _thank_yous({"name": "Mrs. Ama Owusu", "topics": ["values"]}, 60):
        assert not re.search(r"\bvalued\b[^.]*\bvalues\b", body), body


def test_one_who_only_took_notes_is_not_told_it_was_a_pleasure_to_speak_with_them():
    for body in _thank_yous({"name": "M. K. Sims (exec asst, minutes)", "topics": []}, 60):
        assert not re.search(r"pleasure to speak|speaking with you was", body), body
        assert "next steps" not in body, body


def test_an_answer_about_my_experience_is_not_put_after_my_answer():
    # "I wanted to add to my answer on my origination": "my" twice
    person = {
        "name": "Dana Cole",
        "topics": ["the triage pathway"],
        "concerns": ["my origination experience"],
        "answers": ["I originated six conveyancing matters last year"],
    }
    for body in _thank_yous(person, 40):
        assert not re.search(r"\bmy answer (?:on|about|to) my\b", body), body


def test_a_line_a_coach_wrote_about_the_candidate_is_said_as_the_candidate():
    # "I am pleased to share that Eilidh passed her final OSCE": a note in the third person
    interview = scenario(
        candidate={"name": "Eilidh MacPhee"},
        debrief={"wish_i_had_said": None, "new_information": "Eilidh passed her final OSCE"},
    )
    bodies = " ".join(m.body for m in afterview.plan(interview).messages)
    assert "I passed my final OSCE" in bodies and "Eilidh passed" not in bodies


def test_the_candidates_exercise_is_theirs_whoever_wrote_her():
    # a coach's "her presentation on ..." turned to the reader read "walk you through your
    # presentation": an exercise is the candidate's
    person = {"name": "Ir. Chong Wai Keat", "topics": ["her presentation on the app drop-off"]}
    for body in _thank_yous(person):
        assert "your presentation" not in body, body


@pytest.mark.parametrize(
    "strength", ["I manage six analytics engineers", "I have ten years of experience in hospitals"]
)
def test_no_which_after_a_strength_points_at_its_last_noun(strength):
    # "I manage six analytics engineers, which I think would help in the role"
    person = {"name": "Dana Cole", "topics": ["the triage pathway"]}
    for body in _thank_yous(person, 40, [strength]):
        assert not re.search(r"(?:engineers|hospitals), which", body), body
