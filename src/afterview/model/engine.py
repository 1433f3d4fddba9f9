"""pydantic-core's compiled validator, loaded without the package's Python layer.

``import pydantic_core`` also runs ``pydantic_core.core_schema``: hundreds of
TypedDicts that help write schemas, about 30 ms of CPU here, a tenth of
``afterview plan``. Our schemas are plain dicts in pydantic-core's documented
shape (:mod:`afterview.model.schema`), so that module is never needed: the
compiled extension, which holds the validator, the serializer and the error
type, is loaded by itself and registered under its own name, where the
package finds it should anything import ``pydantic_core`` later (an error
message does). Any surprise, such as another layout in a future release,
falls back to the ordinary import.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING

__all__ = ["SchemaSerializer", "SchemaValidator", "ValidationError"]

_NAME = "pydantic_core._pydantic_core"


def compiled() -> ModuleType:
    """pydantic-core's extension module (its package's ``_pydantic_core``)."""
    found = sys.modules.get(_NAME)
    if found is not None:
        return found
    try:
        return _load_alone()
    except Exception:
        # Any surprise (another layout, a loader refusing): the package's own way.
        import pydantic_core  # noqa: F401

        return sys.modules[_NAME]


def _load_alone() -> ModuleType:
    from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec, PathFinder
    from pathlib import Path

    package = PathFinder.find_spec("pydantic_core")
    if package is None or not package.submodule_search_locations:
        raise ImportError("pydantic_core is not installed")
    folder = Path(next(iter(package.submodule_search_locations)))
    path = next(
        p for suffix in EXTENSION_SUFFIXES if (p := folder / f"_pydantic_core{suffix}").is_file()
    )
    loader = ExtensionFileLoader(_NAME, str(path))
    spec = ModuleSpec(_NAME, loader, origin=str(path))
    module = loader.create_module(spec)
    module.__spec__ = spec
    sys.modules[_NAME] = module
    try:
        loader.exec_module(module)
    except BaseException:
        del sys.modules[_NAME]
        raise
    return module


if TYPE_CHECKING:
    from pydantic_core import SchemaSerializer, SchemaValidator, ValidationError
else:
    _compiled = compiled()
    SchemaSerializer = _compiled.SchemaSerializer
    SchemaValidator = _compiled.SchemaValidator
    ValidationError = _compiled.ValidationError
