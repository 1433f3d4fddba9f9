"""wrong-company from the records store: another stored application's company named in a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.check.applications import other_companies
from afterview.cli import main

INTERVIEW = """
[candidate]
name = "Priya Raman"
email = "priya@example.com"
[application]
company = "{company}"
position = "Senior Data Engineer"
[interview]
at = 2026-11-20T14:00:00-05:00
[[interviewers]]
name = "Jane Okafor"
email = "jane@example.com"
topics = ["moving nightly batch ETL to Kafka streams"]
"""


def _store_application(db: Path, tmp_path: Path, company: str) -> None:
    from afterview.model import load_interview
    from afterview.planner import plan
    from afterview.store import Store

    source = tmp_path / f"{company}.toml"
    source.write_text(INTERVIEW.format(company=company), encoding="utf-8")
    interview = load_interview(source)
    with Store.open(f"sqlite:///{db}") as store:
        store.add_interview(interview, plan(interview), source=str(source))


def test_no_database_means_no_other_companies(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    assert other_companies("Priya Raman", "Acme Robotics", f"sqlite:///{db}") == []
    assert not db.exists()  # a check never creates the records


def test_stored_applications_feed_wrong_company(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "records.db"
    _store_application(db, tmp_path, "Globex Analytics")
    _store_application(db, tmp_path, "Acme Robotics")
    assert other_companies("Priya Raman", "acme  robotics", f"sqlite:///{db}") == [
        "Globex Analytics"
    ]
    assert other_companies("Someone Else", "Acme Robotics", f"sqlite:///{db}") == []

    monkeypatch.setenv("AFTERVIEW_DB", f"sqlite:///{db}")
    interview = tmp_path / "acme.toml"
    interview.write_text(INTERVIEW.format(company="Acme Robotics"), encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text(
        "Subject: Thank you\n\nDear Jane,\n\nThank you for today. Moving the nightly batch ETL to "
        "Kafka "
        "streams is work I would love to do at Globex Analytics.\n\nBest regards,\nPriya Raman",
        encoding="utf-8",
    )
    args = [
        "check",
        str(note),
        "--interview",
        str(interview),
        "--to",
        "Jane Okafor",
        "--send-at",
        "2026-11-21T09:00:00-05:00",
    ]
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "company.other" in out and "Globex Analytics" in out
