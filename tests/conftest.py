"""Shared test helpers.

A test that needs a real server (PostgreSQL, Dovecot, SMTP, Chromium) calls
:func:`need` when the server cannot start: on a laptop it skips with the
reason, under CI (``CI=true``) it fails, so a green CI means it really ran.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(reason: str) -> None:
    """Skip (laptop) or fail (CI) a test whose real component is missing."""
    if IN_CI:
        pytest.fail(f"required under CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the user's real config and data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("AFTERVIEW_CONFIG", str(home / "config" / "afterview" / "config.toml"))
    for var in list(os.environ):
        if var.startswith("AFTERVIEW_") and var not in (
            "AFTERVIEW_CONFIG",
            "AFTERVIEW_TEST_PG_URL",
        ):
            monkeypatch.delenv(var)
