"""A greeting the composer could not know is a slot, and nothing goes out with it.

Family name first with no ``salutation``: the draft says "Dear [how to address
Kim Ji-hoon],". Approval waits, and every way out (SMTP, .eml, the LinkedIn
hand-over, the card) refuses it with exit 2, until the user writes the greeting
or sets the salutation and adds the file again.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from afterview.cli import main
from deliver.samples import INTERVIEW, INTERVIEW_AT
from deliver.servers import SmtpServer, ids_by_role

pytestmark = pytest.mark.smtp

FAMILY_FIRST = (
    INTERVIEW.replace("Jane Okafor", "Kim Ji-hoon")
    .replace("Tom Berg", "Tanaka Aiko")
    .replace("Zoë Faßbender", "Nguyen Thi Mai")
)
NOW = (INTERVIEW_AT + timedelta(hours=2)).isoformat()  # the notes are due


@pytest.fixture
def added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, Path, dict[str, int]]:
    from afterview.store import Store

    url = f"sqlite:///{tmp_path / 'afterview.db'}"
    file = tmp_path / "kim.toml"
    file.write_text(FAMILY_FIRST, encoding="utf-8")
    assert main(["add", str(file), "--now", NOW, "--db", url]) == 0
    capsys.readouterr()
    with Store.open(url, create=False) as store:
        ids = ids_by_role(store)
    return url, file, ids


def _body(url: str, id: int) -> str:
    from afterview.store import Store

    with Store.open(url, create=False) as store:
        return store.get_message(id).body


def test_the_draft_greets_with_a_slot_and_approval_waits(
    added: tuple[str, Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _, ids = added
    assert _body(url, ids["thank_you"]).startswith("Dear [how to address Kim Ji-hoon],\n")
    assert _body(url, ids["linkedin"]).startswith("Dear [how to address Tanaka Aiko],\n")
    assert main(["approve", str(ids["thank_you"]), "--now", NOW, "--db", url]) == 1  # a finding
    assert "nothing was approved" in capsys.readouterr().err


def test_nothing_goes_out_with_the_slot_even_when_forced(
    added: tuple[str, Path, dict[str, int]],
    smtp_env: SmtpServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, _, ids = added
    every = [str(ids[k]) for k in ("thank_you", "linkedin", "card")]
    assert main(["approve", *every, "--force", "--now", NOW, "--db", url]) == 0
    capsys.readouterr()
    attempts = [
        ["send", str(ids["thank_you"]), "--now", NOW],
        ["export-eml", str(ids["thank_you"]), str(tmp_path / "out.eml")],
        ["send", str(ids["linkedin"]), "--yes", "--now", NOW],
        ["card", str(ids["card"]), "--out", str(tmp_path / "card.pdf")],
    ]
    for args in attempts:
        assert main([*args, "--db", url]) == 2, args
        err = capsys.readouterr().err
        assert "greeting to fill in" in err and "afterview edit" in err, args
    assert smtp_env.messages == []
    assert not (tmp_path / "out.eml").exists() and not (tmp_path / "card.pdf").exists()
    assert main(["send", "--due", "--now", NOW, "--db", url]) == 1
    assert smtp_env.messages == []


def test_a_salutation_added_to_the_file_fills_it(
    added: tuple[str, Path, dict[str, int]],
    smtp_env: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, file, ids = added
    text = file.read_text(encoding="utf-8")
    file.write_text(
        text.replace('name = "Kim Ji-hoon"\n', 'name = "Kim Ji-hoon"\nsalutation = "Ms. Kim"\n'),
        encoding="utf-8",
    )
    assert main(["add", str(file), "--now", NOW, "--db", url]) == 0
    assert _body(url, ids["thank_you"]).startswith("Dear Ms. Kim,\n")
    assert main(["approve", str(ids["thank_you"]), "--now", NOW, "--db", url]) == 0
    assert main(["send", str(ids["thank_you"]), "--now", NOW, "--db", url]) == 0
    assert len(smtp_env.messages) == 1
