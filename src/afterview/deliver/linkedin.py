"""Handing a LinkedIn note to the user: LinkedIn has no API for this.

Afterview checks the note against LinkedIn's limits, copies it to the
clipboard where there is one, and shows the profile to open; the user pastes
and sends, then confirms, and only then is the note recorded as sent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from enum import StrEnum

from afterview.deliver.ready import refuse_unfilled
from afterview.errors import InputError, UsageError
from afterview.store.messages import StoredMessage


class Channel(StrEnum):
    CONNECTION = "connection"  # the note sent with a connection request
    MESSAGE = "message"  # a message to someone already connected


LIMITS = {Channel.CONNECTION: 300, Channel.MESSAGE: 8000}


@dataclass(frozen=True)
class Handover:
    text: str
    profile: str | None
    channel: Channel
    length: int
    limit: int
    copied: str | None  # the clipboard tool used, if any


def linkedin_length(text: str) -> int:
    """Length as LinkedIn's web page counts it: UTF-16 code units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def check_length(text: str, channel: Channel) -> int:
    """The note's length as LinkedIn counts it; refuse it when over the limit."""
    length = linkedin_length(text)
    limit = LIMITS[channel]
    if length > limit:
        what = "a connection request note" if channel is Channel.CONNECTION else "a message"
        raise InputError(
            f"The note is {length} characters; LinkedIn allows {limit} for {what}.",
            hint=(
                "shorten it with `afterview edit`, or send it as a message once connected (--message)."
                if channel is Channel.CONNECTION
                else "shorten it with `afterview edit`."
            ),
        )
    return length


def _clipboard_commands() -> list[list[str]]:
    if sys.platform == "darwin":
        return [["pbcopy"]]
    if sys.platform == "win32":
        return [["clip"]]
    commands = []
    if os.environ.get("WAYLAND_DISPLAY"):
        commands.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        commands += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    return commands


def copy_to_clipboard(text: str) -> str | None:
    """Put ``text`` on the clipboard; the tool's name, or None where there is no clipboard."""
    for command in _clipboard_commands():
        if shutil.which(command[0]) is None:
            continue
        try:
            subprocess.run(command, input=text.encode("utf-8"), check=True, timeout=5)
        except (OSError, subprocess.SubprocessError):
            continue
        return command[0]
    return None


def hand_over(m: StoredMessage, channel: Channel, *, clipboard: bool = True) -> Handover:
    """Check a LinkedIn note and get it ready to paste."""
    if m.medium != "linkedin":
        raise UsageError(f"Message {m.id} is a {m.medium} note, not a LinkedIn one.")
    refuse_unfilled(m.body, m.id)
    length = check_length(m.body, channel)
    copied = copy_to_clipboard(m.body) if clipboard else None
    return Handover(m.body, m.recipient_linkedin, channel, length, LIMITS[channel], copied)
