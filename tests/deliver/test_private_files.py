"""The user's files are theirs alone, and never written through a planted link (issue 13, item 5).

Through the CLI: the database and its folder (0600/0700), an .eml draft, a card
and an export (0600); a link planted at the target's name, or at the name a
temporary file used to have, is replaced or left alone, never followed; a
failed write leaves no temporary file behind.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from afterview.cli import main
from afterview.deliver.card import find_font
from afterview.errors import ConfigError
from deliver.servers import Records

from conftest import EXAMPLES, need


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_new_database_and_its_folder_are_private(tmp_path: Path) -> None:
    data = Path(os.environ["XDG_DATA_HOME"])
    assert main(["add", str(EXAMPLES / "panel.toml")]) == 0
    folder = data / "afterview"
    db = folder / "afterview.db"
    assert mode(folder) == 0o700
    assert mode(db) == 0o600
    for side in folder.glob("afterview.db-*"):  # the WAL and its index take the file's mode
        assert mode(side) == 0o600, side


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file of the user's that a planted link points at (their shell profile, say)."""
    path = tmp_path / "victim" / ".bashrc"
    path.parent.mkdir()
    path.write_text("export PATH=$HOME/bin:$PATH\n", encoding="utf-8")
    return path


def planted(out: Path, victim: Path) -> None:
    """Links at the target's name and at the temporary names the writers used to use."""
    out.symlink_to(victim)
    (out.parent / (out.name + ".part")).symlink_to(victim)


def untouched(victim: Path) -> bool:
    return victim.read_text(encoding="utf-8") == "export PATH=$HOME/bin:$PATH\n"


def test_export_eml_is_private_and_never_written_through_a_link(
    records: Records, tmp_path: Path, victim: Path
) -> None:
    out = tmp_path / "out" / "draft.eml"
    out.parent.mkdir()
    planted(out, victim)
    assert main(["export-eml", str(records.ids["thank_you"]), str(out), "--db", records.url]) == 0
    assert untouched(victim)
    assert not out.is_symlink() and mode(out) == 0o600
    assert b"X-Unsent: 1" in out.read_bytes()
    assert [p.name for p in out.parent.iterdir() if p.name.endswith(".part")] == ["draft.eml.part"]


def test_a_card_is_private_and_never_written_through_a_link(
    records: Records, tmp_path: Path, victim: Path
) -> None:
    try:
        find_font()
    except ConfigError:
        need("DejaVu Serif is not installed (apt-get install fonts-dejavu-core)")
    out = tmp_path / "out" / "card.pdf"
    out.parent.mkdir()
    planted(out, victim)
    assert main(["card", str(records.ids["card"]), "--out", str(out), "--db", records.url]) == 0
    assert untouched(victim)
    assert not out.is_symlink() and mode(out) == 0o600
    assert out.read_bytes().startswith(b"%PDF")


def test_an_export_is_private_and_a_failed_one_leaves_no_temporary_file(
    records: Records, tmp_path: Path, victim: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "records.json"
    out.parent.mkdir()
    planted(out, victim)
    assert main(["export", "--out", str(out), "--db", records.url]) == 0
    assert untouched(victim)
    assert not out.is_symlink() and mode(out) == 0o600

    # The rename cannot happen (a folder has the name): exit 2, and nothing left behind.
    blocked = tmp_path / "blocked"
    (blocked / "records.json").mkdir(parents=True)
    (blocked / "records.json" / "keep").write_text("x", encoding="utf-8")
    assert main(["export", "--out", str(blocked / "records.json"), "--db", records.url]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert sorted(p.name for p in blocked.iterdir()) == ["records.json"]
    assert main(["calendar", "--out", str(blocked / "records.json"), "--db", records.url]) == 2
    assert sorted(p.name for p in blocked.iterdir()) == ["records.json"]
