"""LinkedIn hand-over: limits, the clipboard, the profile."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.deliver.linkedin import (
    LIMITS,
    Channel,
    check_length,
    copy_to_clipboard,
    hand_over,
    linkedin_length,
)
from afterview.errors import InputError, UsageError
from deliver.servers import Records


def test_limits_are_linkedins() -> None:
    assert LIMITS == {Channel.CONNECTION: 300, Channel.MESSAGE: 8000}


@pytest.mark.parametrize(("channel", "limit"), [(Channel.CONNECTION, 300), (Channel.MESSAGE, 8000)])
def test_exactly_at_the_limit_passes_one_more_fails(channel: Channel, limit: int) -> None:
    assert check_length("x" * limit, channel) == limit
    with pytest.raises(InputError, match=f"{limit + 1} characters; LinkedIn allows {limit}"):
        check_length("x" * (limit + 1), channel)


def test_an_emoji_counts_twice_as_on_linkedin() -> None:
    assert linkedin_length("Thanks 🙂") == 9
    with pytest.raises(InputError):
        check_length("🙂" * 151, Channel.CONNECTION)


@given(st.text(max_size=400))
def test_length_is_at_least_the_number_of_characters(text: str) -> None:
    assert len(text) <= linkedin_length(text) <= 2 * len(text)


def fake_clipboard(folder: Path, name: str) -> Path:
    """A stand-in clipboard tool on PATH that saves what it is given."""
    store = folder / "clipboard.txt"
    tool = folder / name
    tool.write_text(f"#!/bin/sh\ncat > {store}\n", encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    return store


def test_the_note_goes_to_the_clipboard_where_there_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = fake_clipboard(tmp_path, "xclip")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert copy_to_clipboard("Grüße, Zoë") == "xclip"
    assert saved.read_text(encoding="utf-8") == "Grüße, Zoë"


def test_no_display_means_no_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert copy_to_clipboard("hello") is None


def test_hand_over_gives_the_text_and_the_profile(records: Records) -> None:
    m = records.store.get_message(records.ids["linkedin"])
    h = hand_over(m, Channel.CONNECTION, clipboard=False)
    assert h.text == m.body and h.profile == "https://www.linkedin.com/in/tom-berg-example"
    assert h.limit == 300 and h.length == len(m.body)


def test_a_long_note_cannot_go_with_a_connection_request(records: Records) -> None:
    m = replace(records.store.get_message(records.ids["linkedin"]), body="word " * 100)
    with pytest.raises(InputError, match="500 characters; LinkedIn allows 300"):
        hand_over(m, Channel.CONNECTION, clipboard=False)
    assert hand_over(m, Channel.MESSAGE, clipboard=False).limit == 8000


def test_only_linkedin_notes_are_handed_over(records: Records) -> None:
    with pytest.raises(UsageError):
        hand_over(records.store.get_message(records.ids["thank_you"]), Channel.MESSAGE)
