"""The web app refuses, as the CLI does, a note that still greets with the slot to fill."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from afterview.web.security import cookie_name

PORT = 8767
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "a-third-secret-token-for-the-tests-0123456789ab"
SAME_ORIGIN = {"origin": BASE, "sec-fetch-site": "same-origin"}
INTERVIEW = """
[candidate]
name = "Priya Raman"
email = "priya@example.com"
[application]
company = "Acme Robotics"
position = "Data Engineer"
[interview]
at = 2026-11-20T14:00:00+09:00
[[interviewers]]
name = "Kim Ji-hoon"
email = "kim@acme.example"
topics = ["the streaming platform"]
"""


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from starlette.testclient import TestClient

    from afterview.records.service import add_file
    from afterview.store import Store
    from afterview.web.app import Web, create_app
    from afterview.web.security import Origin

    # Nothing may be sent: a server that is never there, so a send that got past the
    # refusal would fail loudly rather than go out.
    monkeypatch.setenv("AFTERVIEW_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("AFTERVIEW_SMTP_PORT", "9")
    file = tmp_path / "kim.toml"
    file.write_text(INTERVIEW, encoding="utf-8")
    store = Store.open(f"sqlite:///{tmp_path / 'afterview.db'}")
    add_file(store, file)
    app = create_app(Web(store, Origin("127.0.0.1", PORT), TOKEN))
    with TestClient(app, base_url=BASE, follow_redirects=False) as found:
        found.cookies.set(cookie_name(PORT), TOKEN)
        yield found
    store.close()


def test_send_is_refused_while_the_greeting_is_a_slot(client: Any) -> None:
    store = client.app.state.web.store
    kim = next(m for m in store.messages_of(1) if m.recipient == "Kim Ji-hoon")
    assert kim.body.startswith("Dear [how to address Kim Ji-hoon],")
    store.approve(kim.id)  # as `approve --force` would: the checker's error overridden
    answer = client.post(f"/messages/{kim.id}/send", headers=SAME_ORIGIN)
    assert answer.status_code == 400
    assert "still opens with a greeting to fill in" in answer.text
    assert store.get_message(kim.id).state == "approved"  # nothing was written
