"""Settings, declared once: name, type, default and help.

Values come, last one winning, from the defaults below, the user's
``config.toml`` (in the platform's config dir, or ``AFTERVIEW_CONFIG``), and
environment variables ``AFTERVIEW_<NAME>`` (dots become underscores). The
documentation (``docs/settings.md``) is generated from :data:`SETTINGS` and a
test keeps the two in step.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afterview.errors import ConfigError, Problem


@dataclass(frozen=True)
class Setting:
    """One setting, declared once: its name, type, default and help."""

    name: str
    type: type
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "AFTERVIEW_" + self.name.upper().replace(".", "_").replace("-", "_")


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "db",
        str,
        "",
        "Database URL (SQLAlchemy form). Empty: a SQLite file in the user's data dir.",
    ),
    Setting(
        "templates",
        str,
        "",
        "Folder of Jinja2 templates that override the bundled ones. Empty: <config dir>/templates if it exists.",
    ),
    Setting(
        "check.disable",
        list,
        [],
        'Rule id prefixes to switch off, e.g. ["spelling", "tone.informal.emoji"].',
    ),
    Setting("check.words", list, [], "Extra words the spelling check accepts (names, jargon)."),
    Setting(
        "country",
        str,
        "",
        "ISO 3166 code (US, GB, DE-BY...) whose public holidays follow-up windows avoid, for "
        "interview files without [interview] country. Empty: only weekends are avoided.",
    ),
    Setting("smtp.host", str, "", "SMTP server host name."),
    Setting("smtp.port", int, 587, "SMTP server port (587 for STARTTLS, 465 for implicit TLS)."),
    Setting(
        "smtp.security",
        str,
        "starttls",
        "SMTP connection security: starttls, tls or none (loopback only).",
    ),
    Setting(
        "smtp.user",
        str,
        "",
        "SMTP user name. The password comes from AFTERVIEW_SMTP_PASSWORD or the system keyring, never from this file.",
    ),
    Setting("imap.host", str, "", "IMAP server host name, for `afterview sync`."),
    Setting("imap.port", int, 993, "IMAP server port (993 for TLS, 143 for STARTTLS)."),
    Setting(
        "imap.security",
        str,
        "tls",
        "IMAP connection security: tls, starttls or none (loopback only).",
    ),
    Setting(
        "imap.user",
        str,
        "",
        "IMAP user name. The password comes from AFTERVIEW_IMAP_PASSWORD or the system keyring.",
    ),
    Setting(
        "imap.sent_folder",
        str,
        "Sent",
        "The mailbox folder that holds sent mail, searched before any retry.",
    ),
    Setting(
        "from_address",
        str,
        "",
        "The address your emails are sent from. Empty: the candidate's email.",
    ),
    Setting(
        "smtp.cafile",
        str,
        "",
        "Extra certificate authority file (PEM) to trust for a self-hosted SMTP server.",
    ),
    Setting(
        "imap.cafile",
        str,
        "",
        "Extra certificate authority file (PEM) to trust for a self-hosted IMAP server.",
    ),
    Setting(
        "card.font",
        str,
        "",
        "TrueType font file for printed cards. Empty: DejaVu Serif, found on the system.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("afterview"))


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("afterview"))


def cache_dir() -> Path:
    """Where derived data that can be rebuilt at any time is kept (compiled templates, word lists)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "afterview"
    if sys.platform.startswith("linux"):  # what platformdirs answers here, without importing it
        return Path.home() / ".cache" / "afterview"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("afterview"))


def config_path() -> Path:
    override = os.environ.get("AFTERVIEW_CONFIG")
    return Path(override) if override else config_dir() / "config.toml"


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def _coerce(setting: Setting, value: Any, source: str) -> Any:
    if setting.type is list:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
    elif setting.type is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            pass
    elif setting.type is str and isinstance(value, str):
        return value
    raise ConfigError(
        "A setting has the wrong type.",
        problems=[
            Problem(
                f"expected {setting.type.__name__}, got {value!r}",
                source=source,
                location=setting.name,
            )
        ],
    )


@dataclass(frozen=True)
class Settings:
    """The value of every setting in effect (see :func:`load_settings`)."""

    values: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


def load_settings(
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Read the settings from defaults, the config file, the environment and overrides."""
    environ = os.environ if environ is None else environ
    values = {s.name: s.default for s in SETTINGS}
    path = config_path() if path is None else path
    if path.is_file():
        import tomllib

        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:  # bad TOML, bad UTF-8, a number too long to read
            raise ConfigError(
                "The config file cannot be read.", problems=[Problem(str(exc), source=str(path))]
            ) from exc
        for name, value in _flatten(table).items():
            setting = _BY_NAME.get(name)
            if setting is None:
                import difflib

                close = difflib.get_close_matches(name, list(_BY_NAME), n=1)
                raise ConfigError(
                    "The config file has an unknown setting.",
                    problems=[
                        Problem(
                            "unknown setting",
                            source=str(path),
                            location=name,
                            hint=f"did you mean {close[0]!r}?" if close else "see docs/settings.md",
                        )
                    ],
                )
            values[name] = _coerce(setting, value, str(path))
    for setting in SETTINGS:
        if setting.env in environ:
            values[setting.name] = _coerce(setting, environ[setting.env], setting.env)
    for name, value in (overrides or {}).items():
        if value is not None:
            values[name] = value
    return Settings(values)


def settings_markdown() -> str:
    """docs/settings.md, generated from :data:`SETTINGS` (``afterview settings --markdown``)."""
    lines = [
        "# Settings",
        "",
        "<!-- Generated from src/afterview/settings.py by `afterview settings --markdown`;",
        "     a test keeps this file in step. Edit the declarations, not this file. -->",
        "",
        "Afterview reads its settings from, last one winning: the defaults below, the",
        "config file (`config.toml` in Afterview's config folder, e.g.",
        "`~/.config/afterview/config.toml` on Linux, or the file named by",
        "`AFTERVIEW_CONFIG`), and environment variables. A dotted name is a table in",
        "the config file:",
        "",
        "```toml",
        'db = "postgresql+psycopg://me@localhost/afterview"',
        "",
        "[check]",
        'disable = ["spelling"]',
        "",
        "[smtp]",
        'host = "smtp.example.com"',
        "```",
        "",
        "`afterview settings` shows the values in effect and where each came from.",
        "Passwords are never settings: see docs/delivery.md.",
        "",
        "| setting | environment variable | type | default | meaning |",
        "|---|---|---|---|---|",
    ]
    for s in SETTINGS:
        default = f"`{s.default!r}`" if s.default not in ("", []) else "empty"
        lines.append(f"| `{s.name}` | `{s.env}` | {s.type.__name__} | {default} | {s.help} |")
    lines.append("")
    lines.append("A list given in an environment variable is comma-separated.")
    return "\n".join(lines) + "\n"


def sources(path: Path | None = None, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Where each setting's value comes from: "default", the config file, or the variable."""
    environ = os.environ if environ is None else environ
    path = config_path() if path is None else path
    out = {s.name: "default" for s in SETTINGS}
    if path.is_file():
        import tomllib

        try:
            names = _flatten(tomllib.loads(path.read_text(encoding="utf-8")))
        except ValueError:  # bad TOML, bad UTF-8, a number too long to read
            names = {}
        for name in names:
            if name in out:
                out[name] = str(path)
    for s in SETTINGS:
        if s.env in environ:
            out[s.name] = s.env
    return out
