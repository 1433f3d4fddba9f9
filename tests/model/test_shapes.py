"""The interview file's schemas as plain dicts: the same as pydantic-core's helpers make them,
validated by pydantic-core's compiled engine, loaded without its Python layer."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from enum import StrEnum
from typing import Any

import pytest
from pydantic_core import core_schema as helpers

from afterview.model import engine, shapes


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


def check(value: Any) -> Any:
    return value


TEXT = shapes.str_schema(strip_whitespace=True, min_length=1)

# (our shape, pydantic-core's helper called the same way)
CASES = [
    (
        lambda m: m.str_schema(strip_whitespace=True, min_length=1, max_length=200),
        "str, every constraint",
    ),
    (lambda m: m.str_schema(strip_whitespace=True, pattern=r"^\S+$"), "str, a pattern"),
    (lambda m: m.bool_schema(strict=True), "bool"),
    (lambda m: m.date_schema(), "date"),
    (lambda m: m.datetime_schema(), "datetime"),
    (lambda m: m.list_schema(TEXT), "list"),
    (lambda m: m.list_schema(TEXT, min_length=1), "list, at least one"),
    (lambda m: m.literal_schema(["phone", "video"]), "literal"),
    (lambda m: m.enum_schema(Colour, list(Colour), sub_type="str"), "enum"),
    (lambda m: m.nullable_schema(TEXT), "nullable"),
    (lambda m: m.union_schema([m.datetime_schema(), m.date_schema()]), "union"),
    (lambda m: m.no_info_before_validator_function(check, TEXT), "before"),
    (lambda m: m.no_info_after_validator_function(check, TEXT), "after"),
    (lambda m: m.with_default_schema(TEXT, default=None), "default None"),
    (lambda m: m.with_default_schema(TEXT, default=Colour.RED), "default"),
    (lambda m: m.with_default_schema(TEXT, default_factory=list), "default factory"),
    (lambda m: m.dataclass_field("name", TEXT, kw_only=True), "dataclass field"),
    (
        lambda m: m.dataclass_args_schema(
            "Thing", [m.dataclass_field("name", TEXT, kw_only=True)], extra_behavior="forbid"
        ),
        "dataclass args",
    ),
    (
        lambda m: m.dataclass_schema(
            Colour, m.dataclass_args_schema("Thing", []), ["name"], frozen=True
        ),
        "dataclass",
    ),
]


@pytest.mark.parametrize(("build", "what"), CASES, ids=[what for _, what in CASES])
def test_each_shape_is_the_dict_pydantic_cores_helper_makes(build: Any, what: str) -> None:
    assert build(shapes) == build(helpers), what


def test_the_engine_is_the_package_s_own() -> None:
    import pydantic_core

    assert engine.SchemaValidator is pydantic_core.SchemaValidator
    assert engine.SchemaSerializer is pydantic_core.SchemaSerializer
    assert engine.ValidationError is pydantic_core.ValidationError


def test_the_engine_validates_a_plain_dict_schema() -> None:
    validator = engine.SchemaValidator(shapes.nullable_schema(shapes.date_schema()))
    assert validator.validate_python("2026-12-02") == date(2026, 12, 2)
    with pytest.raises(engine.ValidationError):
        validator.validate_python("the second of December")


def test_loading_an_interview_file_leaves_pydantic_cores_python_layer_unloaded() -> None:
    code = (
        "import sys\n"
        "from afterview.model import load_interview\n"
        "from pathlib import Path\n"
        "load_interview(Path(sys.argv[1]))\n"
        "print(sorted(m for m in sys.modules if m.startswith('pydantic')))\n"
    )
    from conftest import EXAMPLES

    done = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLES / "panel.toml")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "['pydantic_core._pydantic_core']"


def test_a_mistake_in_a_file_still_reads_as_one_clear_message() -> None:
    # The error path may load the package (pydantic-core imports it to word errors).
    from afterview.errors import InputError
    from afterview.model import parse_interview

    with pytest.raises(InputError, match=r"interview\.at"):
        parse_interview(
            '[candidate]\nname = "A"\n[application]\ncompany = "B"\nposition = "C"\n'
            '[interview]\nat = "soon"\n[[interviewers]]\nname = "D"\n',
            "x.toml",
        )
