"""Afterview: everything a job candidate should do after an interview.

The library is the product; the ``afterview`` command is a thin layer over it::

    import afterview

    interview = afterview.load_interview("examples/panel.toml")
    plan = afterview.plan(interview)
    for message in plan.messages:
        print(message.send_by, message.recipient, message.subject)

Heavy modules are imported on first use, so ``import afterview`` is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from afterview.errors import AfterviewError as AfterviewError
    from afterview.errors import InputError as InputError
    from afterview.model import Interview as Interview
    from afterview.model import Plan as Plan
    from afterview.model import PlannedMessage as PlannedMessage
    from afterview.model import load_interview as load_interview
    from afterview.model import parse_interview as parse_interview
    from afterview.planner import plan as plan

_LAZY = {
    "Interview": "afterview.model",
    "Plan": "afterview.model",
    "PlannedMessage": "afterview.model",
    "load_interview": "afterview.model",
    "parse_interview": "afterview.model",
    "plan": "afterview.planner",
    "AfterviewError": "afterview.errors",
    "InputError": "afterview.errors",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'afterview' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
