"""Passwords for the mail servers: from the environment, else the system keyring.

Never from the config file or the database, and never printed: a password
only ever lives in memory, in the config objects whose ``repr`` hides it.
The keyring is optional (``pip install keyring``); without it, or without a
keyring backend (a headless server), the environment variable is the way.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

KEYRING_SERVICE = "afterview"


def keyring_name(server: str, user: str) -> str:
    """The keyring entry of one account, e.g. ``smtp:priya@example.com``."""
    return f"{server}:{user}"


def env_var(server: str) -> str:
    return f"AFTERVIEW_{server.upper()}_PASSWORD"


def password_for(server: str, user: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The password of ``user`` on ``server`` ("smtp" or "imap"), or None if none is set."""
    environ = os.environ if environ is None else environ
    value = environ.get(env_var(server))
    if value:
        return value
    if not user:
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_name(server, user))
    except (KeyringError, RuntimeError):
        # No usable backend (a locked or absent keyring): the same as "not set".
        return None


def store_password(server: str, user: str, password: str) -> None:
    """Save a password in the system keyring (``afterview password set``)."""
    from afterview.errors import ConfigError

    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        raise ConfigError(
            "The keyring package is not installed.",
            hint=f"pip install keyring, or set {env_var(server)} instead.",
        ) from None
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_name(server, user), password)
    except (KeyringError, RuntimeError) as exc:
        raise ConfigError(
            f"The system keyring cannot store the password ({type(exc).__name__}).",
            hint=f"set {env_var(server)} in the environment instead.",
        ) from None
