"""The documentation of the interview file and the plan JSON cannot drift from the code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from afterview.errors import InputError
from afterview.model import Interview, parse_interview
from afterview.model.message import Plan, PlannedMessage
from afterview.model.schema import TABLES

from .conftest import VALID

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _sections(text: str) -> dict[str, str]:
    """Level-2 sections by heading."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _tables(table: type = Interview, path: str = ""):
    """(key path of the table, its class) for every table of the file, nested ones too."""
    for name, key in TABLES[table].items():
        if key.table is not None:
            yield f"{path}{name}", key.table
            yield from _tables(key.table, f"{path}{name}.")


FILE_TABLES = list(_tables())


def test_every_table_has_its_section():
    headings = _sections(_doc("interview-file.md"))
    for table, _ in FILE_TABLES:
        assert any(f"`[{table}]`" in h or f"`[[{table}]]`" in h for h in headings), table


@pytest.mark.parametrize(("table", "model"), FILE_TABLES, ids=[t for t, _ in FILE_TABLES])
def test_every_key_is_documented_in_its_table_section(table, model):
    sections = _sections(_doc("interview-file.md"))
    (section,) = [body for h, body in sections.items() if f"[{table}]" in h]
    rows = {
        m.group(1): m.group(0)
        for m in re.finditer(r"^\| `(\w+)` \|.*$", section, flags=re.MULTILINE)
    }
    for name, key in TABLES[model].items():
        assert name in rows, f"{table}.{name} is not in the table of docs/interview-file.md"
        required = "**yes**" in rows[name]
        assert required == key.required, f"{table}.{name}: 'required' column is wrong"
        for value in key.choices:
            assert f"`{value}`" in rows[name], f"{table}.{name}: the value {value!r} is not listed"
    assert set(rows) == set(TABLES[model]), "the docs list a key the model does not have"


def test_the_example_is_a_valid_file_with_unicode_names():
    example = re.search(r"```toml\n(.*?)```", _doc("interview-file.md"), flags=re.DOTALL)
    assert example is not None
    interview = parse_interview(example.group(1), "docs/interview-file.md")
    assert [p.name for p in interview.interviewers] == [
        "Zoë Martin",
        "Łukasz Nowak",
        "Nguyễn Thị Mai",
    ]


def test_plan_json_documents_every_field_the_plan_writes():
    text = _doc("plan-json.md")
    example = json.loads(re.search(r"```json\n(.*?)```", text, flags=re.DOTALL).group(1))  # type: ignore[union-attr]
    messages = [m.to_json() for m in _sample_plan().messages]
    plan = _sample_plan().to_json()
    assert set(example) == set(plan)
    assert set(example["interview"]) == set(plan["interview"])
    for message in example["messages"]:
        assert set(message) == set(messages[0])
    for key in messages[0]:
        assert f"| `{key}` |" in text, key


def _sample_plan() -> Plan:
    from datetime import datetime, timedelta, timezone

    from afterview.model import Kind, Medium

    at = datetime(2026, 11, 20, 14, tzinfo=timezone(timedelta(hours=-5)))
    message = PlannedMessage(Kind.THANK_YOU, "Zoë", Medium.EMAIL, at, at, "why")
    return Plan("Acme", "Engineer", at, (message,))


def test_errors_doc_lists_every_error_class_and_its_exit_code():
    import afterview.errors as errors

    text = _doc("errors.md")
    for name in dir(errors):
        cls = getattr(errors, name)
        if isinstance(cls, type) and issubclass(cls, errors.AfterviewError):
            assert re.search(rf"\| `{name}` \| {cls.exit_code} \|", text), name


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('company = "Acme Robotics"', 'company = "Acme Robotics'),
        ('title = "Staff Engineer"\n', "title = 42\n"),
    ],
)
def test_errors_doc_shows_messages_as_the_loader_writes_them(old, new):
    broken = VALID.replace(old, new)
    if "42" in new:
        broken = broken.replace("salutation =", "salutaion =")
    with pytest.raises(InputError) as caught:
        parse_interview(broken, "acme.toml")
    shown = "error: " + str(caught.value)
    assert f"```\n{shown}\n```" in _doc("errors.md"), shown
