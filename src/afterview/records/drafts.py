"""Editing a stored draft as text: ``Subject:`` line (emails only), a blank line, the body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from afterview.errors import InputError, Problem

if TYPE_CHECKING:
    from afterview.store import Store, StoredMessage


def to_text(message: StoredMessage) -> str:
    if message.medium == "email":
        return f"Subject: {message.subject}\n\n{message.body}\n"
    return message.body + "\n"


def from_text(message: StoredMessage, text: str) -> tuple[str, str]:
    """The (subject, body) of an edited draft; an email must keep its Subject line."""
    subject = message.subject
    if message.medium == "email":
        head, sep, rest = text.partition("\n")
        if not head.startswith("Subject:"):
            raise InputError(
                f"The edited draft of message {message.id} lost its subject.",
                problems=[Problem("the first line must be 'Subject: ...'", source="draft", line=1)],
                hint="nothing was saved; run the edit again.",
            )
        subject = head.removeprefix("Subject:").strip()
        text = rest if sep else ""
    body = text.strip("\n").rstrip()
    if not body.strip():
        raise InputError(f"The edited draft of message {message.id} is empty; nothing was saved.")
    return subject, body


def recheck(
    message: StoredMessage, subject: str, body: str, *, store: Store | None = None
) -> list[str]:
    """What the etiquette checker (:mod:`afterview.check`) says about an edited draft.

    One line per finding, ``line:column: severity rule: message``; the
    ``check.disable`` and ``check.words`` settings apply as for ``afterview check``.
    Given the ``store`` the message is in, the draft is judged in its whole
    context (:func:`afterview.records.findings.judge`, as every command does);
    without it, only with the names, company and position the message carries.
    """
    from afterview.check import line_column

    if store is not None:
        from afterview.records.findings import judge

        found = list(judge(store, message.id, subject=subject, body=body).findings)
    else:
        from afterview.check import CheckContext, check
        from afterview.settings import load_settings

        settings = load_settings()
        context = CheckContext(
            kind=message.kind,
            medium=message.medium,
            recipient_name=message.recipient,
            candidate_name=message.candidate_name,
            company=message.company,
            position=message.position,
            words=tuple(settings["check.words"]),
        )
        found = check(subject, body, context, disable=settings["check.disable"])
    notes = []
    for finding in found:
        text = subject if finding.field == "subject" else body
        line, column = line_column(text, finding.start)
        where = "subject" if finding.field == "subject" else f"{line}:{column}"
        notes.append(f"{where}: {finding.severity} {finding.rule}: {finding.message}")
    return notes


def edit_in_editor(text: str, *, environ: dict[str, str] | None = None) -> str | None:
    """Open ``text`` in the user's editor ($VISUAL, else $EDITOR, else vi); None if unchanged."""
    import os
    import shlex
    import subprocess
    import tempfile
    from pathlib import Path

    env = dict(os.environ if environ is None else environ)
    command = shlex.split(env.get("VISUAL") or env.get("EDITOR") or "vi")
    with tempfile.TemporaryDirectory(prefix="afterview-") as folder:
        path = Path(folder) / "draft.txt"
        path.write_text(text, encoding="utf-8")
        try:
            done = subprocess.run([*command, str(path)], check=False)
        except FileNotFoundError:
            raise InputError(
                f"The editor {command[0]!r} was not found.",
                hint="set EDITOR, e.g. export EDITOR=nano",
            ) from None
        if done.returncode != 0:
            raise InputError(f"The editor exited with status {done.returncode}; nothing was saved.")
        edited = path.read_text(encoding="utf-8")
    return None if edited == text else edited
