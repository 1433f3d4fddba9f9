"""The schema of each table and its dataclass describe the same keys."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from afterview.model import parse_interview
from afterview.model.schema import TABLES, as_data, validator

from .conftest import VALID


@pytest.mark.parametrize("table", list(TABLES), ids=lambda t: t.__name__)
def test_every_key_is_a_field_and_required_keys_have_no_default(table: type) -> None:
    fields = {f.name: f for f in dataclasses.fields(table)}
    assert list(TABLES[table]) == list(fields), "keys and fields differ (or are in another order)"
    for name, key in TABLES[table].items():
        field = fields[name]
        has_default = (
            field.default is not dataclasses.MISSING
            or field.default_factory is not dataclasses.MISSING
        )
        assert key.required == (not has_default), f"{table.__name__}.{name}"


def test_tables_are_frozen() -> None:
    interview = parse_interview(VALID)
    with pytest.raises(dataclasses.FrozenInstanceError):
        interview.candidate.name = "Someone else"  # type: ignore[misc]


def test_as_data_leaves_out_keys_without_a_value_and_loads_back() -> None:
    interview = parse_interview(VALID)
    data = as_data(interview)
    assert None not in _values(data)
    assert isinstance(data["interview"]["at"], str)  # JSON-ready
    assert validator(type(interview)).validate_python(data) == interview


def test_a_table_validates_on_its_own() -> None:
    outcome = validator(TABLES_BY_NAME["Outcome"]).validate_python(
        {"result": "rejected", "at": "2026-12-01"}
    )
    assert outcome.at == date(2026, 12, 1)


TABLES_BY_NAME = {t.__name__: t for t in TABLES}


def _values(value: object) -> list[object]:
    if isinstance(value, dict):
        return [v for item in value.values() for v in [item, *_values(item)]]
    if isinstance(value, list):
        return [v for item in value for v in [item, *_values(item)]]
    return []


def test_an_empty_answer_keeps_the_place_of_a_concern_not_answered() -> None:
    # answers go with concerns by position: "" lets a later concern be answered alone
    text = VALID.replace(
        'concerns = ["limited Scala"]',
        'concerns = ["limited Scala", "no on-call"]\n'
        'answers = ["", "I carried the pager for two years"]',
        1,
    )
    assert text != VALID
    person = parse_interview(text).interviewers[0]
    assert person.answer_to(0) is None
    assert person.answer_to(1) == "I carried the pager for two years"
