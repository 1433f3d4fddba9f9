"""What a careful reviewer would let pass must pass: no finding at all."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tests.check.conftest import CLEAN_NOTE

from afterview.check import CheckContext, check

EST = timezone(timedelta(hours=-5))


def _quiet(subject: str, body: str, ctx: CheckContext) -> None:
    found = check(subject, body, ctx)
    assert found == [], [
        (f.rule, (subject if f.field == "subject" else body)[f.start : f.end]) for f in found
    ]


def test_clean_note(ctx: CheckContext) -> None:
    _quiet("Thank you for today's conversation", CLEAN_NOTE, ctx)


def test_acronyms_single_exclamation_terms_and_british_spelling() -> None:
    ctx = CheckContext(
        kind="thank_you",
        medium="email",
        recipient_name="Siobhán Ní Bhriain",
        candidate_name="Zoë Ødegård-Smith",
        company="Thanks Inc.",
        position="Site Reliability Engineer",
        topics=["Kubernetes upgrades on bare metal", "the paging policy"],
        other_companies=["Asap Logistics"],
    )
    body = (
        "Dear Ms. Ní Bhriain,\n\nThank you for this morning's conversation about the role at "
        "Thanks Inc. "
        "I enjoyed hearing how your team runs Kubernetes upgrades on bare metal, and I would "
        "welcome the "
        "chance to help!\n\nIn my current role I moved our PostgreSQL fleet to a new version, "
        "wrote runbooks "
        "for our paging policy, and built Epic EHR interfaces for an urgent care network, where an "
        "urgent "
        "fix often meant a 2 a.m. page. I hold a CPA and know SQL and HIPAA well. The "
        "organisation's "
        "programme of blameless reviews, and the colour-coded dashboards I analysed at the centre, "
        "impressed me.\n\nKind regards,\nZoë Ødegård-Smith"
    )
    _quiet("Thank you: Site Reliability Engineer", body, ctx)


def test_company_named_like_a_warning_word() -> None:
    ctx = CheckContext(
        kind="status_inquiry",
        medium="linkedin",
        recipient_name="Mark Hale",
        candidate_name="Ana Ruiz",
        company="Asap Logistics",
        position="Dispatcher",
        send_at=datetime(2026, 5, 20, 9, tzinfo=EST),
        decision_expected_by=date(2026, 5, 15),
        previous_follow_ups=0,
    )
    body = (
        "Hi Mark,\n\nI hope your week is going well. I wanted to check in on the Dispatcher role "
        "at "
        "Asap Logistics, as the date you mentioned has passed. I remain very interested.\n\n"
        "Thank you for your time.\n\nBest regards,\nAna Ruiz"
    )
    _quiet("", body, ctx)


def test_timing_inside_the_rules() -> None:
    iv = datetime(2026, 11, 20, 14, tzinfo=EST)
    ctx = CheckContext(
        kind="thank_you",
        medium="email",
        recipient_name="Jane Okafor",
        candidate_name="Priya Raman",
        company="Acme Robotics",
        position="Senior Data Engineer",
        interview_at=iv,
        send_at=iv + timedelta(hours=47),
        topics=["moving nightly batch ETL to Kafka streams"],
    )
    _quiet("Thank you", CLEAN_NOTE, ctx)


def test_a_team_greeted_as_a_team(ctx: CheckContext) -> None:
    # late281: "Dear HR Team," to "Mannauðssvið (HR)", the reply to a rejection the HR division
    # sent, was found to greet no one
    from dataclasses import replace

    reply = replace(ctx, kind="rejection_reply", recipient_name="Mannauðssvið (HR)")
    body = (
        "Dear HR Team,\n\nThank you for letting me know the decision on the Senior Data "
        "Engineer role. If a suitable role opens in the future, I would be glad to be "
        "considered.\n\nKind regards,\nPriya Raman"
    )
    assert "greeting.missing" not in {f.rule for f in check("Thank you", body, reply)}
    to_deb = replace(reply, recipient_name="Deb (HR)")  # a person: greeted by name
    assert "greeting.missing" in {f.rule for f in check("Thank you", body, to_deb)}
