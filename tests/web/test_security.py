"""The guard: no token, refused; a foreign Host, refused; a cross-site change, 403; hostile text
shown inert; the headers every answer carries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from afterview.web.security import CONTENT_SECURITY_POLICY, cookie_name
from web.live import Live

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "s3cret-token-for-the-tests-0123456789abcdef"
REPLY_SUBJECT = "Re: \x1b[2J\x1b[31mred alert"
HOSTILE = """
[candidate]
name = "Priya Raman"
email = "priya@example.com"

[application]
company = "<script>document.title='pwned'</script>Evil Corp"
position = "Engineer \\u202eder\\u2066"

[interview]
at = 2026-11-20T14:00:00-05:00

[[interviewers]]
name = "<img src=x onerror=alert(1)>Mallory"
email = "mallory@evil.example"
topics = ["<b>bold</b> claims"]
"""


@pytest.fixture
def client(tmp_path: Path) -> Iterator[Any]:
    from starlette.testclient import TestClient

    from afterview.model import parse_interview
    from afterview.planner import plan
    from afterview.store import Store
    from afterview.web.app import Web, create_app
    from afterview.web.security import Origin

    store = Store.open(f"sqlite:///{tmp_path / 'afterview.db'}")
    interview = parse_interview(HOSTILE, "hostile.toml")
    store.add_interview(interview, plan(interview), source="hostile.toml")
    # Control characters cannot come in through a file; a reply read from a mailbox is
    # where an ANSI escape could still reach a page.
    store.record_reply(None, 1, datetime.now(UTC), "mallory@evil.example", REPLY_SUBJECT)
    app = create_app(Web(store, Origin("127.0.0.1", PORT), TOKEN))
    with TestClient(app, base_url=BASE, follow_redirects=False) as found:
        yield found
    store.close()


def signed(client: Any) -> Any:
    client.cookies.set(cookie_name(PORT), TOKEN)
    return client


def test_no_token_is_refused(client: Any) -> None:
    for path in ("/", "/applications", "/settings", "/export.json", "/calendar.ics"):
        answer = client.get(path)
        assert answer.status_code == 401, path
        assert "Priya" not in answer.text


def test_a_wrong_token_is_refused(client: Any) -> None:
    client.cookies.set(cookie_name(PORT), TOKEN[:-1] + "x")
    assert client.get("/").status_code == 401
    assert client.get("/?token=nope").status_code == 401


def test_the_token_in_the_address_becomes_a_strict_cookie_and_leaves_the_address(
    client: Any,
) -> None:
    answer = client.get(f"/applications?token={TOKEN}")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/applications"
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith(f"{cookie_name(PORT)}={TOKEN};")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert client.get("/applications").status_code == 200  # the client kept the cookie


def test_the_calendar_subscription_takes_the_token_in_its_address(client: Any) -> None:
    answer = client.get(f"/calendar.ics?token={TOKEN}")
    assert answer.status_code == 200
    assert answer.text.startswith("BEGIN:VCALENDAR")


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1:9999", ""])
def test_a_foreign_host_is_refused_even_with_the_token(client: Any, host: str) -> None:
    answer = signed(client).get("/", headers={"host": host})
    assert answer.status_code == 400
    assert "Priya" not in answer.text


def test_loopback_names_of_this_port_are_accepted(client: Any) -> None:
    for host in (f"127.0.0.1:{PORT}", f"localhost:{PORT}", f"LOCALHOST:{PORT}"):
        assert signed(client).get("/", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://evil.example"},
        {"origin": "null"},
        {},  # no Origin at all
        {"origin": BASE, "sec-fetch-site": "cross-site"},
        {"origin": BASE, "sec-fetch-site": "same-site"},
        {"origin": f"http://127.0.0.1:{PORT + 1}"},
    ],
)
@pytest.mark.parametrize("path", ["/messages/1", "/undo", "/settings", "/no/such/path"])
def test_a_change_from_elsewhere_is_403_whatever_the_path(
    client: Any, headers: dict[str, str], path: str
) -> None:
    answer = signed(client).post(path, data={"action": "approve"}, headers=headers)
    assert answer.status_code == 403
    from afterview.store import Store

    store: Store = client.app.state.web.store
    assert store.get_message(1).state == "planned"


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_changing_methods_are_refused_too(client: Any, method: str) -> None:
    answer = signed(client).request(method, "/messages/1", headers={"origin": "http://x.example"})
    assert answer.status_code == 403


def test_a_change_from_the_app_itself_goes_through(client: Any) -> None:
    answer = signed(client).post(
        "/messages/1",
        data={"action": "approve"},
        headers={"origin": BASE, "sec-fetch-site": "same-origin"},
    )
    assert answer.status_code == 303
    assert client.app.state.web.store.get_message(1).state == "approved"


def test_every_answer_carries_the_security_headers(client: Any) -> None:
    for answer in (
        client.get("/"),
        signed(client).get("/"),
        client.get("/", headers={"host": "x"}),
    ):
        assert answer.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["cache-control"] == "no-store"
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY


def test_hostile_names_render_inert(client: Any) -> None:
    signed(client)
    pages = [client.get(p).text for p in ("/", "/applications", "/applications/1", "/messages/1")]
    for text in pages:
        assert "<script>document.title" not in text
        assert "<img src=x" not in text
        assert "\u202e" not in text and "\u2066" not in text
        assert "\x1b" not in text
    joined = "".join(pages)
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;Evil Corp" in joined
    assert "&lt;img src=x onerror=alert(1)&gt;Mallory" in joined
    assert "Engineer \\u202eder\\u2066" in joined  # the control shown, not obeyed
    assert "Re: \\x1b[2J\\x1b[31mred alert" in joined  # the escape shown, not obeyed


def test_hostile_names_stay_inert_in_a_real_browser(browser: Any, tmp_path: Path) -> None:
    from afterview.model import parse_interview
    from afterview.planner import plan
    from web.live import running_app

    with running_app(f"sqlite:///{tmp_path / 'b.db'}") as live:
        interview = parse_interview(HOSTILE, "hostile.toml")
        live.store.add_interview(interview, plan(interview), source="hostile.toml")
        _visit_all(browser, live)


def _visit_all(browser: Any, live: Live) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(live.entry)
    for path in ("", "applications", "applications/1", "applications/1/plan", "messages/1"):
        page.goto(live.base + path)
        assert page.title() != "pwned"  # the script did not run (its text may be the title)
        assert page.locator("img").count() == 0
        assert page.locator("main script").count() == 0
    assert "<img src=x onerror=alert(1)>Mallory" in page.inner_text("main")
    assert dialogs == []
    page.close()
