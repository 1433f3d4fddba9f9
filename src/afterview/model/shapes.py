"""pydantic-core schemas written as the plain dicts they are.

pydantic-core takes a schema as a dict of a documented shape; its
``core_schema`` module has a helper for each, but importing it costs more than
validating a whole interview file (see :mod:`afterview.model.engine`). These
are the few shapes the interview file needs, with the helpers' names and
arguments; ``tests/model/test_shapes.py`` checks that each gives the same dict
as pydantic-core's own helper.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from pydantic_core.core_schema import CoreSchema
else:
    CoreSchema = dict

__all__ = ["CoreSchema"]


def _shape(kind: str, **parts: Any) -> CoreSchema:
    """A schema of type ``kind``; parts left as None are left out, as the helpers do."""
    return cast("CoreSchema", {"type": kind, **{k: v for k, v in parts.items() if v is not None}})


def str_schema(
    *,
    strip_whitespace: bool | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> CoreSchema:
    return _shape(
        "str",
        pattern=pattern,
        max_length=max_length,
        min_length=min_length,
        strip_whitespace=strip_whitespace,
    )


def bool_schema(*, strict: bool | None = None) -> CoreSchema:
    return _shape("bool", strict=strict)


def date_schema() -> CoreSchema:
    return _shape("date")


def datetime_schema() -> CoreSchema:
    return _shape("datetime", microseconds_precision="truncate")


def list_schema(items: CoreSchema, *, min_length: int | None = None) -> CoreSchema:
    return _shape("list", items_schema=items, min_length=min_length)


def literal_schema(expected: list[Any]) -> CoreSchema:
    return _shape("literal", expected=expected)


def enum_schema(cls: type, members: list[Any], *, sub_type: str | None = None) -> CoreSchema:
    return _shape("enum", cls=cls, members=members, sub_type=sub_type)


def nullable_schema(schema: CoreSchema) -> CoreSchema:
    return _shape("nullable", schema=schema)


def union_schema(choices: list[CoreSchema]) -> CoreSchema:
    return _shape("union", choices=choices)


def no_info_before_validator_function(
    function: Callable[[Any], Any], schema: CoreSchema
) -> CoreSchema:
    return _shape(
        "function-before", function={"type": "no-info", "function": function}, schema=schema
    )


def no_info_after_validator_function(
    function: Callable[[Any], Any], schema: CoreSchema
) -> CoreSchema:
    return _shape(
        "function-after", function={"type": "no-info", "function": function}, schema=schema
    )


_NOT_GIVEN: Any = object()


def with_default_schema(
    schema: CoreSchema,
    *,
    default: Any = _NOT_GIVEN,
    default_factory: Callable[[], Any] | None = None,
) -> CoreSchema:
    given = {} if default is _NOT_GIVEN else {"default": default}  # None is a default too
    return cast(
        "CoreSchema",
        {"type": "default", "schema": schema, **given}
        | ({"default_factory": default_factory} if default_factory else {}),
    )


def dataclass_field(name: str, schema: CoreSchema, *, kw_only: bool | None = None) -> Any:
    return _shape("dataclass-field", name=name, schema=schema, kw_only=kw_only)


def dataclass_args_schema(
    dataclass_name: str, fields: list[Any], *, extra_behavior: str | None = None
) -> CoreSchema:
    return _shape(
        "dataclass-args",
        dataclass_name=dataclass_name,
        fields=fields,
        extra_behavior=extra_behavior,
    )


def dataclass_schema(
    cls: type, schema: CoreSchema, fields: list[str], *, frozen: bool | None = None
) -> CoreSchema:
    return _shape("dataclass", cls=cls, schema=schema, fields=fields, frozen=frozen)
