"""Today shows a send that was cut off, with the way out; saying it went out records it sent."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from afterview.web.security import cookie_name

from conftest import EXAMPLES

PORT = 8766
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "another-secret-token-for-the-tests-0123456789"
SAME_ORIGIN = {"origin": BASE, "sec-fetch-site": "same-origin"}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[Any]:
    from starlette.testclient import TestClient

    from afterview.records.service import add_file
    from afterview.store import Store
    from afterview.web.app import Web, create_app
    from afterview.web.security import Origin

    store = Store.open(f"sqlite:///{tmp_path / 'afterview.db'}")
    add_file(store, EXAMPLES / "panel.toml")
    app = create_app(Web(store, Origin("127.0.0.1", PORT), TOKEN))
    with TestClient(app, base_url=BASE, follow_redirects=False) as found:
        found.cookies.set(cookie_name(PORT), TOKEN)
        yield found
    store.close()


def _cut_off(store: Any, id: int) -> None:
    store.approve(id)
    store.mark_sending(id, f"<cut-{id}@afterview.example>")
    store.mark_uncertain(id, "the connection dropped after DATA")


def test_a_send_cut_off_shows_on_today_with_the_way_out(client: Any) -> None:
    store = client.app.state.web.store
    assert "Left uncertain" not in client.get("/").text
    _cut_off(store, 1)
    page = client.get("/").text
    assert "Left uncertain by an interrupted send" in page
    assert 'action="/messages/1/settle"' in page
    assert "It is in my Sent folder" in page


def test_saying_it_went_out_records_it_sent_and_it_leaves_today(client: Any) -> None:
    store = client.app.state.web.store
    _cut_off(store, 1)
    answer = client.post("/messages/1/settle", data={"went_out": "yes"}, headers=SAME_ORIGIN)
    assert answer.status_code == 303
    assert store.get_message(1).state == "sent"
    assert "Left uncertain" not in client.get("/").text


def test_a_message_another_afterview_is_sending_now_is_not_offered_to_settle(
    client: Any, tmp_path: Path
) -> None:
    store = client.app.state.web.store
    store.approve(1)
    store.mark_sending(1, "<live-1@afterview.example>")
    # Another process holds the message's sender lock, as a live `afterview run` would.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, f"sqlite:///{tmp_path / 'afterview.db'}"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert "Left uncertain" not in client.get("/").text
        answer = client.post("/messages/1/settle", data={"went_out": "yes"}, headers=SAME_ORIGIN)
        assert answer.status_code == 303
        assert store.get_message(1).state == "sending"  # not the page's to record
    finally:
        holder.communicate("", timeout=30)  # it lets go and ends
    assert 'action="/messages/1/settle"' in client.get("/").text  # its sender is gone


HOLD = """
import sys
from afterview.store import Store
with Store.open(sys.argv[1]) as store, store.sender_lock(1) as mine:
    print("held" if mine else "not held", flush=True)
    sys.stdin.read()
"""
