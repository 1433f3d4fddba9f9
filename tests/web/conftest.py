"""Fixtures of the web app's tests: the app on a real port, the browser, the mail servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from deliver.conftest import dovecot, smtp_server  # noqa: F401 (fixtures used by the life test)
from web.live import Live, chromium, running_app


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    """The app over an empty store."""
    with running_app(f"sqlite:///{tmp_path / 'afterview.db'}") as app:
        yield app


@pytest.fixture
def demo_live(tmp_path: Path) -> Iterator[Live]:
    """The app over a store holding the bundled examples (as ``--demo`` fills it)."""
    with running_app(f"sqlite:///{tmp_path / 'afterview.db'}", demo=True) as app:
        yield app


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as found:
        yield found
