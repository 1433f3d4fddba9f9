"""One whole life in the browser, as a user would live it, asserting what the page shows.

Add an interview from a calendar invite, write the debrief on a phone-sized
screen, read the plan, edit a draft and watch a finding appear and go,
approve (and undo, and approve again), send it to a real SMTP server
(aiosmtpd), get a reply in a real mailbox (Dovecot), sync, and see the
status inquiries cancelled.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from pathlib import Path
from typing import Any

from deliver.samples import PASSWORD, USER
from web.live import Live, shoot, type_live

PHONE = {"width": 390, "height": 844}


def invite(at: datetime) -> bytes:
    """A calendar invite as Google Calendar writes one: the candidate and two interviewers."""
    start = at.strftime("%Y%m%dT%H%M%S")
    end = (at + timedelta(hours=1)).strftime("%Y%m%dT%H%M%S")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"DTSTART;TZID=Europe/London:{start}\r\nDTEND;TZID=Europe/London:{end}\r\n"
        "SUMMARY:Interview: Platform Engineer at Quayside Analytics\r\n"
        "ORGANIZER;CN=Rhiannon Price:mailto:rhiannon.price@quayside.example\r\n"
        "ATTENDEE;CN=Rhiannon Price;ROLE=REQ-PARTICIPANT:mailto:rhiannon.price@quayside.example\r\n"
        "ATTENDEE;CN=Kwame Mensah;ROLE=REQ-PARTICIPANT:mailto:kwame.mensah@quayside.example\r\n"
        f"ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:{USER}\r\n"
        "ATTENDEE;CN=Room 4.2;CUTYPE=ROOM:mailto:room42@resource.quayside.example\r\n"
        "LOCATION:https://meet.google.com/abc-defg-hij\r\n"
        "UID:life-test@quayside.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def configure_mail(page: Any, live: Live, smtp: Any, imap: Any) -> None:
    page.goto(live.base + "settings")
    for name, value in (
        ("smtp.host", smtp.host),
        ("smtp.port", str(smtp.port)),
        ("smtp.user", USER),
        ("imap.host", imap.host),
        ("imap.port", str(imap.port)),
        ("imap.user", imap.user),
    ):
        page.fill(f"[id='{name}']", value)
    page.select_option("[id='smtp.security']", "none")
    page.select_option("[id='imap.security']", "none")
    page.click("text=Save the mail settings")
    assert "Saved the mail settings" in page.inner_text("[role=status]")
    page.click("text=Test sending (SMTP)")
    assert "let you in as" in page.inner_text("main")
    page.click("text=Test replies (IMAP)")
    assert "sent mail is in 'Sent'" in page.inner_text("main")
    shoot(page, "settings")


def test_a_whole_life(
    browser: Any,
    live: Live,
    smtp_server: Any,
    dovecot: Any,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    monkeypatch.setenv("AFTERVIEW_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("AFTERVIEW_IMAP_PASSWORD", dovecot.password)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live.entry)  # the printed address: the token goes into the cookie
    assert "token=" not in page.url
    configure_mail(page, live, smtp_server, dovecot)

    # 1. A new interview, from an invite dropped on the form.
    at = (datetime.now(UTC) - timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
    path = tmp_path / "invite.ics"
    path.write_bytes(invite(at.replace(tzinfo=None)))
    page.goto(live.base + "interviews/new")
    page.set_input_files("#invite", str(path))
    page.click("text=Read the invite")
    assert "2 interviewers, the time and its zone" in page.inner_text("[role=status]")
    assert page.input_value("#company") == "Quayside Analytics"
    assert page.input_value("#position") == "Platform Engineer"
    assert page.input_value("#zone") == "Europe/London"
    assert page.input_value("#format") == "video"
    assert page.input_value("#name_0") == "Rhiannon Price"
    assert page.input_value("#email_1") == "kwame.mensah@quayside.example"
    assert page.input_value("#name_2") == ""  # the candidate and the room are not interviewers
    page.fill("#candidate_name", "Priya Raman")
    page.fill("#candidate_email", USER)
    shoot(page, "new-interview")
    page.click("text=Save and write the debrief")

    # 2. The debrief, on a phone, each field showing how it will read.
    page.set_viewport_size(PHONE)
    assert page.inner_text("h1") == "Debrief: Quayside Analytics"
    type_live(page, "#topics_0", "how the platform team runs its on-call rotation")
    page.wait_for_selector("#pv-topics_0 .used")
    assert "on-call rotation" in page.inner_text("#pv-topics_0")
    type_live(page, "#topics_0", "how the platform team runs its on-call rotation\nidk lol")
    page.wait_for_selector("#pv-topics_0 .left")
    assert "Left out “idk lol”" in page.inner_text("#pv-topics_0")
    type_live(page, "#topics_0", "how the platform team runs its on-call rotation")
    type_live(page, "#concerns_0", "limited Kubernetes experience")
    page.wait_for_selector("#pv-concerns_0 .left")
    type_live(page, "#answers_0", "ran our Kubernetes clusters in production for two years")
    page.wait_for_selector("#pv-concerns_0 .used")
    type_live(page, "#rapport_0", "we both cycle to work along the river")
    page.wait_for_selector("#pv-rapport_0 .used")
    # a line about the candidate goes into a note only when they ask for it
    assert "If you ask for a line about you" in page.inner_text("#pv-rapport_0")
    page.check("#own_lines")
    type_live(page, "#rapport_0", "we both cycle to work along the river ")
    page.wait_for_selector("#pv-rapport_0 .used:not(:has-text('If you ask'))")
    type_live(page, "#topics_1", "the migration of the billing service to Go")
    type_live(page, "#wish_i_had_said", "I maintain an open-source Terraform provider")
    page.wait_for_selector("#pv-wish .used")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, "debrief-phone")
    page.click("text=Save the debrief and see the plan")

    # 3. The plan: each message with its window and its reason.
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.inner_text("h1") == "Plan: Quayside Analytics"
    timeline = page.inner_text(".timeline")
    assert "Thank you to Rhiannon Price" in timeline
    assert "Status inquiry to Rhiannon Price" in timeline
    assert timeline.count("between") >= 3
    assert page.locator(".timeline .why").count() >= 3
    shoot(page, "plan")

    # 4. The draft: a finding appears as it is typed, and goes when the words go.
    page.click("text=Thank you to Rhiannon Price")
    body = page.input_value("#body")
    assert "on-call rotation" in body  # the debrief made it into the note
    assert "Kubernetes" in body  # and, asked for, a line about the candidate: their answer
    type_live(page, "#body", body.replace("\n\n", "\n\nCould you let me know ASAP? ", 1))
    page.wait_for_selector("#findings li:has-text('ASAP')")
    assert page.locator("#marked mark.finding", has_text="ASAP").count() == 1
    assert page.get_attribute("#findings", "aria-live") == "polite"
    shoot(page, "draft-with-finding")
    type_live(page, "#body", body)
    page.wait_for_selector("#findings li:has-text('ASAP')", state="detached")
    assert page.locator("#marked mark.finding", has_text="ASAP").count() == 0

    # 5. Approve, take it back, approve again; then send it.
    page.click("button:has-text('Approve')")
    assert "Approved message" in page.inner_text("[role=status]")
    assert page.inner_text(".meta .tag") == "approved"
    page.click("button:has-text('Undo')")
    assert "is planned again" in page.inner_text("[role=status]")
    assert page.inner_text(".meta .tag") == "planned"
    page.click("button:has-text('Approve')")
    page.click("button:has-text('Send now')")
    assert re.search(r"Message \d+: sent", page.inner_text("[role=status]"))
    assert page.inner_text(".meta .tag") == "sent"
    assert len(smtp_server.messages) == 1
    sent = message_from_bytes(smtp_server.messages[0].data)
    assert sent["To"] == "Rhiannon Price <rhiannon.price@quayside.example>"

    # 6. Rhiannon answers; the mailbox is synced from Today.
    reply = (
        "From: Rhiannon Price <rhiannon.price@quayside.example>\r\n"
        f"To: Priya Raman <{USER}>\r\n"
        f"Subject: Re: {sent['Subject']}\r\n"
        f"In-Reply-To: {sent['Message-ID']}\r\n"
        f"References: {sent['Message-ID']}\r\n"
        "Message-ID: <reply-1@quayside.example>\r\n"
        f"Date: {datetime.now(UTC):%a, %d %b %Y %H:%M:%S +0000}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Thanks Priya, lovely to meet you. We will be in touch next week.\r\n"
    ).encode()
    dovecot.deliver(reply, when=datetime.now(UTC))
    page.click("nav >> text=Today")
    page.click("text=Check the mailbox for replies")
    assert "reply from" in page.inner_text("[role=status]")
    assert "recorded the reply" in page.inner_text("[role=status]")

    # 7. The follow-ups are cancelled: she has answered.
    page.click("nav >> text=Applications")
    page.click("text=Quayside Analytics")
    messages = page.inner_text("section[aria-labelledby=messages-h]")
    inquiries = [line for line in messages.splitlines() if "Status inquiry" in line]
    assert inquiries and all(line.startswith("cancelled") for line in inquiries)
    assert "We will be in touch next week" in page.inner_text("section[aria-labelledby=replies-h]")
    context.close()
