"""Nothing lost: killed commands leave all-before or all-after; parallel writers never clash.

Each command runs as a real process (``python -m afterview``) and is killed
with SIGKILL at a random moment, most of them while it is writing.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from afterview.store import Store
from afterview.store.schema import applications, events, interviewers, interviews, messages

pytestmark = pytest.mark.slow

FILES = 25
SHAPE = {"interviews": 1, "interviewers": 2, "messages": 4}


def _afterview(*args: str) -> list[str]:
    return [sys.executable, "-m", "afterview", *args]


def _write_files(folder: Path, write_interview, count: int, prefix: str) -> list[Path]:
    # Each a different interview: the same time and panel under a similar name would be
    # the one interview with its company's name corrected.
    first = sum(map(ord, prefix)) * count  # another hour for each file of each batch
    return [
        write_interview(
            name=f"{prefix}{i}.toml",
            company=f"{prefix.title()} Company {i}",
            reference=None,
            at=(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=first + i)).isoformat(),
        )
        for i in range(count)
    ]


def _per_application(store: Store) -> dict[int, dict[str, int]]:
    """Rows hanging off each application: a half-written one shows up as a wrong shape."""
    out: dict[int, dict[str, int]] = {}
    with store.engine.connect() as conn:
        for app_id in conn.execute(select(applications.c.id)).scalars():
            out[app_id] = {
                "interviews": conn.execute(
                    select(func.count())
                    .select_from(interviews)
                    .where(interviews.c.application_id == app_id)
                ).scalar_one(),
                "interviewers": conn.execute(
                    select(func.count())
                    .select_from(interviewers)
                    .join(interviews, interviews.c.id == interviewers.c.interview_id)
                    .where(interviews.c.application_id == app_id)
                ).scalar_one(),
                "messages": conn.execute(
                    select(func.count())
                    .select_from(messages)
                    .where(messages.c.application_id == app_id)
                ).scalar_one(),
            }
    return out


def _integrity(store: Store) -> None:
    if store.url.startswith("sqlite"):
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def _run_and_kill(cmd: list[str], delay: float) -> int | None:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None
    return proc.returncode


def _startup_seconds(db_url: str, tmp_path: Path, write_interview) -> float:
    """How long a command takes before it writes: the kills aim after that."""
    started = time.monotonic()
    subprocess.run(_afterview("list", "--db", db_url), check=True, capture_output=True)
    return time.monotonic() - started


def _count_applications(store: Store) -> int:
    with store.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(applications)).scalar_one())


def _kill_once_writing(cmd: list[str], store: Store, before: int, extra: float) -> int | None:
    """Start ``cmd``, wait until its first file is committed, then SIGKILL it ``extra`` s later."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while proc.poll() is None and _count_applications(store) <= before:
        assert time.monotonic() < deadline, "afterview add never wrote anything"
        time.sleep(0.005)
    time.sleep(extra)
    if proc.poll() is not None:
        return proc.returncode
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return None


def test_killed_add_leaves_each_file_all_or_nothing(
    db_url: str, tmp_path: Path, write_interview
) -> None:
    rng = random.Random(4)
    Store.open(db_url).close()
    start = _startup_seconds(db_url, tmp_path, write_interview)
    batches, added, stored = [], [], 0
    with Store.open(db_url) as watcher:
        for round_ in range(6):
            files = _write_files(tmp_path, write_interview, FILES, f"k{round_}x")
            batches.append(files)
            cmd = _afterview("add", *map(str, files), "--db", db_url)
            if round_ % 2:  # anywhere, start-up included
                code = _run_and_kill(cmd, rng.uniform(0, start * 2))
            else:  # surely in the middle of the writing
                code = _kill_once_writing(cmd, watcher, stored, rng.uniform(0, 0.1))
            assert code in (None, 0)
            with Store.open(db_url) as store:
                _integrity(store)
                shapes = _per_application(store)
                assert all(shape == SHAPE for shape in shapes.values()), shapes
            added.append(len(shapes) - stored)
            stored = len(shapes)
    # The kills really interrupted the writing: some rounds stored only part of their files.
    assert any(0 < n < FILES for n in added), added
    every = [str(p) for batch in batches for p in batch]
    subprocess.run(_afterview("add", *every, "--db", db_url), check=True, capture_output=True)
    with Store.open(db_url) as store:
        assert len(_per_application(store)) == len(every)  # nothing duplicated, nothing missing


def _log_state(store: Store, message_id: int) -> tuple[str, int]:
    with store.engine.connect() as conn:
        sent_events = conn.execute(
            select(func.count())
            .select_from(events)
            .where(events.c.message_id == message_id, events.c.kind == "sent")
        ).scalar_one()
    return store.get_message(message_id).state, sent_events


def test_killed_log_is_before_or_after(db_url: str, tmp_path: Path, write_interview) -> None:
    rng = random.Random(7)
    from afterview.records.service import add_file

    with Store.open(db_url) as store:
        for path in _write_files(tmp_path, write_interview, 4, "l"):
            add_file(store, path)
        ids = [m.id for app in (1, 2, 3, 4) for m in store.messages_of(app)]
    start = _startup_seconds(db_url, tmp_path, write_interview)
    outcomes = set()
    for tries, message_id in enumerate(ids):
        # every other try kills early and the others late, and the later tries wait longer:
        # a machine slowed or sped up by other work still sees kills land on both sides of the
        # commit (under load every kill once landed after it: "list", timed first, was slow)
        early = rng.uniform(start * 0.05, start * 0.6)
        late = rng.uniform(start, start * (2 + tries))
        code = _run_and_kill(
            _afterview("log", str(message_id), "sent", "--db", db_url),
            early if tries % 2 == 0 else late,
        )
        assert code in (None, 0)
        with Store.open(db_url) as store:
            _integrity(store)
            state = _log_state(store, message_id)
        assert state in (("planned", 0), ("sent", 1)), state  # never sent without its event
        outcomes.add(state)
        if len(outcomes) == 2:
            break
    # Kills landed on both sides of the commit, so the check above saw both states.
    assert outcomes == {("planned", 0), ("sent", 1)}


def test_two_processes_adding_at_once_neither_corrupt_nor_duplicate(
    db_url: str, tmp_path: Path, write_interview
) -> None:
    shared = _write_files(tmp_path, write_interview, 15, "s")
    mine = _write_files(tmp_path, write_interview, 5, "a")
    theirs = _write_files(tmp_path, write_interview, 5, "b")
    procs = [
        subprocess.Popen(
            _afterview("add", *map(str, shared + files), "--db", db_url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for files in (mine, theirs)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    with Store.open(db_url) as store:
        _integrity(store)
        shapes = _per_application(store)
        assert len(shapes) == 25
        assert all(shape == SHAPE for shape in shapes.values())
