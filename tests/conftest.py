"""Shared test helpers.

A test that needs a real server (PostgreSQL, Dovecot, SMTP, Chromium) calls
:func:`need` when the server cannot start: on a laptop it skips with the
reason, under CI (``CI=true``) it fails, so a green CI means it really ran.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Under CI the property tests draw the same examples on every run, so a submission's verdict
# does not depend on luck; on a laptop they draw new ones each run, and "hunt" draws many
# (HYPOTHESIS_PROFILE=hunt) to look for what CI would never reach.
settings.register_profile("ci", derandomize=True)
settings.register_profile("hunt", max_examples=3000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if IN_CI else "default"))


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
