"""Passwords for the mail servers: from the environment, else the system keyring.

Never from the config file or the database, and never printed: a password
only ever lives in memory, in the config objects whose ``repr`` hides it.
The keyring is optional (``pip install keyring``); without it, or without a
keyring backend (a headless server), the environment variable is the way.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Keyring:
    """The keyring a password would go to: its name, whether it keeps passwords readable
    on disk, and its file where it has one."""

    name: str
    plaintext: bool
    where: str = ""
    keeps_nothing: bool = False  # the null backend: it throws every password away


def keyring_in_use() -> Keyring | None:
    """The backend ``keyring`` would store a password in; None without the package."""
    try:
        import keyring
    except ImportError:
        return None
    backend = keyring.get_keyring()
    # A chain stores in the first of its backends that takes the password.
    first = next(iter(getattr(backend, "backends", ()) or ()), backend)
    kind = type(first)
    name = f"{kind.__module__}.{kind.__qualname__}"
    return Keyring(
        name=name,
        plaintext="plaintext" in kind.__name__.lower() or name in PLAINTEXT_BACKENDS,
        where=str(getattr(first, "file_path", "") or ""),
        keeps_nothing=name in DISCARDING_BACKENDS,
    )


#: Backends that keep passwords in a file anyone who reads your files can read.
PLAINTEXT_BACKENDS = frozenset({"keyrings.alt.file.PlaintextKeyring"})
#: Backends that keep no password at all (``keyring.backends.null``: keyring turned off).
DISCARDING_BACKENDS = frozenset({"keyring.backends.null.Keyring"})


def store_password(server: str, user: str, password: str, *, plaintext_ok: bool = False) -> str:
    """Save a password in the system keyring (``afterview password``); says where it went.

    A keyring that keeps passwords in plain text is refused unless ``plaintext_ok``.
    """
    from afterview.errors import ConfigError

    backend = keyring_in_use()
    if backend is None:
        raise ConfigError(
            "The keyring package is not installed.",
            hint=f"pip install keyring, or set {env_var(server)} instead.",
        )
    refuse_plaintext(backend, server, plaintext_ok=plaintext_ok)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_name(server, user), password)
    except (KeyringError, RuntimeError) as exc:
        raise ConfigError(
            f"The system keyring cannot store the password ({type(exc).__name__}).",
            hint=f"set {env_var(server)} in the environment instead.",
        ) from None
    return backend.name + (f", in {backend.where}" if backend.where else "")


def refuse_plaintext(backend: Keyring, server: str, *, plaintext_ok: bool) -> None:
    """Refuse a keyring that writes passwords readable on disk, unless asked for it,
    and one that keeps nothing, always."""
    from afterview.errors import ConfigError

    if backend.keeps_nothing:
        raise ConfigError(
            f"The keyring here, {backend.name}, keeps no password: one stored there is "
            "thrown away. Nothing was stored.",
            hint=f"set {env_var(server)} in the environment instead, or use a system keyring "
            "(GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker).",
        )
    if backend.plaintext and not plaintext_ok:
        where = f" ({backend.where})" if backend.where else ""
        raise ConfigError(
            f"The keyring here, {backend.name}, keeps passwords in plain text{where}: "
            "anyone who can read your files could read it. Nothing was stored.",
            hint=f"set {env_var(server)} in the environment instead, use a system keyring "
            "(GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker), or accept "
            f"the plain-text file with `afterview password {server} --plaintext`.",
        )
