"""One clear message, never a traceback, and never the SQL or its parameters (issue 13, item 5).

Through the CLI, on SQLite and PostgreSQL where the store is involved: a damaged
database page; a malformed database URL; ids past 2^63; an import with a
non-text company, deep nesting, the year 9999, ids past 2^63 or a refused
character; a read-only database, which can still be listed and exported; and
readers, which do not wait behind a writer. A hostile 48 MB import is read in
bounded memory.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from afterview.cli import main
from afterview.errors import StoreError
from afterview.records.export import dumps, export_data
from afterview.records.service import add_file
from afterview.store import Store

from conftest import need

SECRET = "Kafka-7f3e-streams"  # a value written in a draft: it must never be printed back


def afterview(*args: str, prefix: tuple[str, ...] = (), timeout: float = 60) -> Any:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "afterview", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def clean(text: str) -> None:
    """What a user must never see: a traceback, SQL, its parameters, or their data."""
    assert "Traceback" not in text
    assert "[SQL" not in text and "parameters" not in text.lower()
    assert "SELECT " not in text and "UPDATE " not in text and "INSERT " not in text
    assert SECRET not in text


@pytest.fixture
def filled(db_url: str, write_interview: Callable[..., Path]) -> str:
    with Store.open(db_url) as store:
        add_file(store, write_interview())
        add_file(store, write_interview(company="Globex", reference=None))
        first = store.messages_of(1)[0]
        store.update_draft(first.id, "Thank you", f"Dear Jane,\n\nAbout {SECRET}.\n")
    return db_url


# -- a damaged database ------------------------------------------------------------------


def test_a_damaged_page_is_one_clear_message(
    tmp_path: Path, write_interview, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "records.db"
    with Store.open(f"sqlite:///{db}") as store:
        for n in range(6):
            add_file(store, write_interview(company=f"Company {n}"))
        store.update_draft(1, "Thank you", f"Dear Jane,\n\nAbout {SECRET}.\n")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    said = set()
    for page in range(2, pages):  # each page in turn: the tables and the indexes
        broken = tmp_path / f"broken-{page}.db"
        data = bytearray(db.read_bytes())
        data[page * size + 8 : (page + 1) * size] = bytes(
            (i * 37 + page) % 256 for i in range(size - 8)
        )
        broken.write_bytes(bytes(data))
        for args in (["list"], ["due"], ["show", "1"], ["export"], ["approve", "2"]):
            code = main([*args, "--db", str(broken)])  # an exception here would fail the test
            err = capsys.readouterr().err
            clean(err)
            assert code in (0, 1, 2), err
            if code == 1:
                assert err.count("error:") == 1, err
                said.add(err.split("\n")[0].split(": ", 2)[-1])
    assert "database disk image is malformed." in said  # pages were hit


def test_a_store_error_never_prints_the_sql_or_its_parameters(filled: str) -> None:
    """A Message-ID given twice breaks a unique index: the error says so, without the values."""
    with Store.open(filled) as store:
        first, second = (m.id for m in store.messages_of(1)[:2])
        for id in (first, second):
            store.approve(id)
        store.mark_sending(first, f"<{SECRET}@afterview.test>")
        with pytest.raises(StoreError) as caught:
            store.mark_sending(second, f"<{SECRET}@afterview.test>")
        clean(str(caught.value))
        assert "refused a change that breaks one of its rules" in str(caught.value)
        assert store.get_message(second).state == "approved"


# -- malformed URLs and ids --------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u@host:notaport/db",
        "postgresql://u:hunter2@[::1/db",
        "mysql://u@host/db",
        "sqlite:///%00",
        "just-a-name",
        "sqlite:///a\x01b.db",
    ],
)
def test_a_malformed_database_url_is_one_clear_message(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("error:") == 1, err
    assert "hunter2" not in err


def test_a_percent_escape_in_the_url_names_the_file_sqlite_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    examples = Path(__file__).resolve().parents[2] / "examples" / "panel.toml"
    assert main(["add", str(examples), "--db", "sqlite:///my%20records.db"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["my records.db"]  # no "my%20records.db"
    assert (tmp_path / "my records.db").stat().st_mode & 0o777 == 0o600
    assert main(["add", str(examples), "--db", "sqlite:///%00"]) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["my records.db"]  # nothing made


@pytest.mark.parametrize("id", ["9223372036854775808", "99999999999999999999999", "0", "-3"])
@pytest.mark.parametrize(
    "command",
    [
        ["show"],
        ["draft"],
        ["approve"],
        ["log", "{id}", "sent"],
        ["send"],
        ["card", "{id}", "-o", "c.pdf"],
    ],
)
def test_ids_past_2_63_are_refused_by_the_command(
    db_url: str, id: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.replace("{id}", id) for a in command]
    if "{id}" not in command:
        args.append(id)
    assert main([*args, "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "is not an id" in err or "No such option" in err  # -3 reads as an option
    assert "Traceback" not in err


# -- imports --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """An export of a few applications, made once (on SQLite)."""
    from store.conftest import interview_toml

    folder = tmp_path_factory.mktemp("sample")
    with Store.open(f"sqlite:///{folder / 'r.db'}") as store:
        for company in ("Acme Robotics", "Globex"):
            path = folder / f"{company}.toml"
            path.write_text(interview_toml(company=company), encoding="utf-8")
            add_file(store, path)
        store.record_reply(None, 1, datetime.now(UTC), "jane@acme.example", "Thanks!")
        return json.loads(dumps(export_data(store)))


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        (
            lambda d: d["applications"][0].update(company=5),
            "applications[0].company: should be text",
        ),
        (
            lambda d: d["applications"][0].update(company=["a", "b"]),
            "applications[0].company: should be text",
        ),
        (
            lambda d: d["applications"][0]["interviews"][0].update(
                document={"a": json.loads("[" * 200 + "]" * 200)}
            ),
            "applications[0].interviews[0].document: is nested more than 32 deep",
        ),
        (
            lambda d: d["applications"][0]["interviews"][0].update(at="9999-12-31T23:00:00+00:00"),
            "applications[0].interviews[0].at: 9999-12-31T23:00:00+00:00 is outside the years",
        ),
        (
            lambda d: d["applications"][0].update(postponed_until="9999-12-31"),
            "applications[0].postponed_until: 9999-12-31 is outside the years",
        ),
        (
            lambda d: d["applications"][1]["messages"][0].update(id=2**63),
            "applications[1].messages[0].id: 9223372036854775808 is too large",
        ),
        (
            lambda d: d["applications"][0]["messages"][0].update(subject="Hi\u2028Bcc: x@y"),
            "applications[0].messages[0].subject: holds a line separator (U+2028)",
        ),
        (
            lambda d: d["applications"][0]["events"][0].update(data={"x": "a\x0bb"}),
            "applications[0].events[0].data: holds a vertical tab",
        ),
    ],
)
def test_a_hostile_import_is_refused_with_the_place_named(
    sample: dict[str, Any],
    db_url: str,
    tmp_path: Path,
    damage: Callable[[dict[str, Any]], None],
    says: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = json.loads(json.dumps(sample))
    damage(data)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(path), "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert says in " ".join(err.split()), err
    assert "nothing was imported" in err
    clean(err)
    with Store.open(db_url) as store:
        assert export_data(store)["applications"] == []
    # The same file undamaged goes in whole.
    path.write_text(json.dumps(sample), encoding="utf-8")
    assert main(["import", str(path), "--db", db_url]) == 0


def test_a_refused_import_into_a_new_file_leaves_no_file(
    sample: dict[str, Any], tmp_path: Path
) -> None:
    data = json.loads(json.dumps(sample))
    data["applications"][0]["company"] = 7  # found after the first rows are written
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new" / "records.db"
    assert main(["import", str(path), "--db", f"sqlite:///{target}"]) == 2
    assert not target.exists() and list(target.parent.iterdir()) == []
    path.write_text(json.dumps(sample), encoding="utf-8")
    assert main(["import", str(path), "--db", f"sqlite:///{target}"]) == 0
    assert target.exists()


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"afterview_export": 1, "deep": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"afterview_export": 1, "candidates": ' + "{" * 50_000,
        '{"afterview_export": 1, "n": 1' + "0" * 5000 + "}",
    ],
    ids=["deep list", "deep unknown field", "cut inside", "huge number"],
)
def test_deep_or_broken_json_is_one_clear_message(
    db_url: str, tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    assert main(["import", str(path), "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("error:") == 1, err


def test_a_hostile_48_mb_import_is_read_in_bounded_memory(tmp_path: Path) -> None:
    head = '{"afterview_export": 1, "schema": "0003_due_index", "candidates": [], "applications": ['
    size = 48 * 1024 * 1024
    path = tmp_path / "hostile.json"
    path.write_text(head + "{}," * ((size - len(head)) // 3) + "{}]}", encoding="utf-8")
    measure = (
        "import resource, subprocess, sys;"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
        "print(done.stderr)"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            measure,
            sys.executable,
            "-m",
            "afterview",
            "import",
            str(path),
            "--db",
            f"sqlite:///{tmp_path / 'new.db'}",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    first, _, stderr = done.stdout.partition("\n")
    code, peak_kb = (int(x) for x in first.split())
    assert code == 2, stderr
    assert "nothing was imported" in stderr and "Traceback" not in stderr
    assert peak_kb < 400 * 1024, f"peak {peak_kb / 1024:.0f} MB"  # json.loads took 1.2 GB


# -- read-only, and readers while a writer works ----------------------------------------


def _without_root_powers() -> tuple[str, ...]:
    """A prefix that makes even root obey file permissions (for the read-only tests)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        need("setpriv (util-linux) is needed to drop root's power over file permissions")
    drop = "-dac_override,-dac_read_search"
    return (str(setpriv), f"--bounding-set={drop}", f"--inh-caps={drop}", "--")


@pytest.mark.parametrize("folder_writable", [True, False])
def test_a_read_only_database_can_still_be_listed_and_exported(
    tmp_path: Path, write_interview, folder_writable: bool
) -> None:
    prefix = _without_root_powers()
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "records.db"
    with Store.open(f"sqlite:///{db}") as store:
        add_file(store, write_interview())
    for side in folder.glob("records.db-*"):
        side.unlink()
    db.chmod(0o444)
    if not folder_writable:
        folder.chmod(0o555)
    try:
        for args in (["list"], ["due"], ["show", "1"], ["draft", "1"], ["export"]):
            done = afterview(*args, "--db", str(db), prefix=prefix)
            assert done.returncode == 0, f"{args}: {done.stderr}"
        assert "Acme Robotics" in afterview("list", "--db", str(db), prefix=prefix).stdout
        exported = json.loads(afterview("export", "--db", str(db), prefix=prefix).stdout)
        assert len(exported["applications"]) == 1
        done = afterview("approve", "1", "--db", str(db), prefix=prefix)
        assert done.returncode == 1 and done.stderr.count("error:") == 1
        assert "read-only here: reading works" in " ".join(done.stderr.split())
        clean(done.stderr)
    finally:
        folder.chmod(0o755)


def test_readers_do_not_wait_behind_a_writer(filled: str) -> None:
    """A writer holds the writers' lock (30 s busy timeout); readers answer meanwhile."""
    with Store.open(filled) as store, store.writing():
        for args in (["list"], ["due"], ["show", "1"], ["draft", "1"], ["export"]):
            done = afterview(*args, "--db", filled, timeout=20)  # well under the 30 s wait
            assert done.returncode == 0, f"{args}: {done.stderr}"
