"""Saving the mail settings from the Settings page into ``config.toml``.

The file is read, the settings given replace their old values, and the whole
file is written back (to a temporary file, then renamed): values set by hand
stay, comments do not. Passwords never come here (see :mod:`afterview.deliver.secrets`).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from afterview.errors import ConfigError, InputError, Problem

#: The settings the Settings page edits, in the order it shows them.
MAIL_SETTINGS = (
    "smtp.host",
    "smtp.port",
    "smtp.security",
    "smtp.user",
    "imap.host",
    "imap.port",
    "imap.security",
    "imap.user",
    "imap.sent_folder",
    "from_address",
)


def parse_form(form: Mapping[str, str]) -> dict[str, Any]:
    """The mail settings from the page's form, typed; an :class:`InputError` names a bad one."""
    from afterview.settings import SETTINGS

    types = {s.name: s.type for s in SETTINGS}
    values: dict[str, Any] = {}
    problems = []
    for name in MAIL_SETTINGS:
        raw = str(form.get(name, "")).strip()
        if "\n" in raw or "\r" in raw:
            problems.append(Problem("one line only", location=name))
        elif types[name] is int:
            if not raw.isdigit() or not 0 < int(raw) < 65536:
                problems.append(Problem(f"{raw!r} is not a port (1 to 65535)", location=name))
            else:
                values[name] = int(raw)
        else:
            values[name] = raw
    for name in ("smtp.security", "imap.security"):
        if values.get(name, "") not in ("starttls", "tls", "none"):
            problems.append(Problem("use starttls, tls or none", location=name))
    if problems:
        raise InputError("Some mail settings are not right; nothing was saved.", problems=problems)
    return values


def save(values: Mapping[str, Any], path: Path | None = None) -> Path:
    """Write ``values`` (dotted names) into the config file; returns its path."""
    from afterview.model.toml_out import toml_value
    from afterview.settings import config_path

    path = path or config_path()
    table: dict[str, Any] = {}
    if path.is_file():
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:  # bad TOML, bad UTF-8, a number too long to read
            raise ConfigError(
                "The config file cannot be read, so it was not changed.",
                problems=[Problem(str(exc), source=str(path))],
            ) from None
    for name, value in values.items():
        *tables, key = name.split(".")
        where = table
        for part in tables:
            where = where.setdefault(part, {})
        where[key] = value
    top = [f"{k} = {toml_value(v)}" for k, v in table.items() if not isinstance(v, dict)]
    lines = [*top]
    for name, inner in table.items():
        if isinstance(inner, dict):
            lines += ["", f"[{name}]"]
            lines += [f"{k} = {toml_value(v)}" for k, v in inner.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    temporary.write_text("\n".join(lines).lstrip("\n") + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return path
