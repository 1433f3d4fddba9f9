"""Passwords: the environment first, then the system keyring; never anywhere else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from afterview.deliver.secrets import env_var, keyring_name, password_for, store_password
from afterview.errors import ConfigError


@pytest.fixture
def failing_keyring() -> Iterator[None]:
    keyring = pytest.importorskip("keyring")
    from keyring.backends.fail import Keyring as Fail

    previous = keyring.get_keyring()
    keyring.set_keyring(Fail())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_the_environment_comes_first(plaintext_keyring: Path) -> None:
    store_password("smtp", "priya@example.com", "from-keyring", plaintext_ok=True)
    assert (
        password_for("smtp", "priya@example.com", {"AFTERVIEW_SMTP_PASSWORD": "from-env"})
        == "from-env"
    )
    assert password_for("smtp", "priya@example.com", {}) == "from-keyring"


def test_each_server_and_user_has_its_own_entry(plaintext_keyring: Path) -> None:
    store_password("smtp", "a@example.com", "one", plaintext_ok=True)
    store_password("imap", "a@example.com", "two", plaintext_ok=True)
    assert password_for("smtp", "a@example.com", {}) == "one"
    assert password_for("imap", "a@example.com", {}) == "two"
    assert password_for("smtp", "b@example.com", {}) is None
    assert keyring_name("smtp", "a@example.com") == "smtp:a@example.com"
    assert env_var("imap") == "AFTERVIEW_IMAP_PASSWORD"


def test_no_usable_keyring_means_not_set(failing_keyring: None) -> None:
    assert password_for("smtp", "priya@example.com", {}) is None
    with pytest.raises(ConfigError, match="AFTERVIEW_SMTP_PASSWORD"):
        store_password("smtp", "priya@example.com", "x")


def test_no_user_no_keyring_lookup() -> None:
    assert password_for("smtp", "", {}) is None


def test_a_plaintext_keyring_is_refused_unless_asked_for(plaintext_keyring: Path) -> None:
    with pytest.raises(ConfigError, match="plain text") as caught:
        store_password("smtp", "priya@example.com", "secret")
    assert str(plaintext_keyring) in caught.value.message
    assert "--plaintext" in (caught.value.hint or "")
    assert not plaintext_keyring.exists() or "secret" not in plaintext_keyring.read_text()
    where = store_password("smtp", "priya@example.com", "secret", plaintext_ok=True)
    assert "PlaintextKeyring" in where and str(plaintext_keyring) in where


@pytest.fixture
def null_keyring() -> Iterator[None]:
    keyring = pytest.importorskip("keyring")
    from keyring.backends.null import Keyring as Null

    previous = keyring.get_keyring()
    keyring.set_keyring(Null())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("plaintext_ok", [False, True])
def test_a_keyring_that_keeps_nothing_is_refused_even_when_plain_text_is_accepted(
    null_keyring: None, plaintext_ok: bool
) -> None:
    with pytest.raises(ConfigError, match="keeps no password") as caught:
        store_password("smtp", "priya@example.com", "secret", plaintext_ok=plaintext_ok)
    assert "AFTERVIEW_SMTP_PASSWORD" in (caught.value.hint or "")
    assert "plain text" not in caught.value.message
