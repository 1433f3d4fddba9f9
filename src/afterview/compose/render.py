"""Rendering a note: the built-in layout, or the Jinja2 template of a user who wrote one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from afterview.errors import InputError

BUNDLED = Path(__file__).parent / "templates"
OUTPUT_LIMIT = 64 * 1024  # characters a template may write: a note is a few hundred words
_SPACES = re.compile(r"[ \t]+")


# Countries whose readers write the month first ("November 20"), by ISO 3166 code.
_MONTH_FIRST = frozenset("US PR GU VI AS MP UM PH".split())


def day(value: date, country: str | None = None) -> str:
    """'Friday 20 November', as most English-speaking countries write it; 'November 20' for a
    reader in the United States or the Philippines (with its weekday, mid-sentence, that date
    would need a comma on each side)."""
    if country and country.split("-")[0].strip().upper() in _MONTH_FIRST:
        return f"{value:%B} {value.day}"
    return f"{value:%A} {value.day} {value:%B}"


def tidy(text: str) -> str:
    """Turn rendered template text into a clean message.

    Blank lines separate paragraphs; the lines of one paragraph are joined
    with a space, except after a line ending in a comma (a greeting or a
    sign-off keeps its line break). Empty paragraphs and stray spaces vanish.
    """
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_SPACES.sub(" ", ln).strip() for ln in block.splitlines()]
        lines = [ln for ln in lines if ln]
        if not lines:
            continue
        out = lines[0]
        for ln in lines[1:]:
            out += ("\n" if out.endswith(",") else " ") + ln
        paragraphs.append(out)
    return "\n\n".join(paragraphs)


def _bytecode_cache() -> Any:
    """Compiled templates kept between runs (compiling them is most of a first draft's time).

    Jinja keys each entry on the template's source, so an edited template is
    compiled again; without a writable cache folder, templates are compiled
    in memory as usual. The folder is the sandbox's own: code compiled for an
    environment that is not sandboxed calls functions directly, and must never
    be loaded into the sandbox.
    """
    import jinja2

    from afterview.settings import cache_dir

    folder = cache_dir() / "templates-sandboxed"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


@lru_cache(maxsize=8)
def environment(user_dir: str | None) -> Any:
    """A sandboxed Jinja2 environment looking in ``user_dir`` first, then the bundled templates.

    A template is code the user may have copied from anywhere: it runs in Jinja's
    immutable sandbox, where it can read the values it is given but reach no
    attribute that leads out of them (``__class__``, ``__globals__``, ...), call no
    function it was not given, and change nothing.
    """
    import jinja2

    loaders: list[jinja2.BaseLoader] = []
    if user_dir:
        path = Path(user_dir)
        if not path.is_dir():
            raise InputError(
                f"{user_dir}: the templates folder does not exist.",
                hint="give a folder holding files such as thank_you.j2 (see docs/templates.md).",
            )
        loaders.append(jinja2.FileSystemLoader(str(path)))
    loaders.append(jinja2.FileSystemLoader(str(BUNDLED)))
    env = _sandbox()(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,  # a missing value is an error, never a gap
        autoescape=False,  # plain text, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["day"] = day
    return env


def _sandbox() -> type:
    """Jinja's immutable sandbox, with ``*`` and ``**`` kept to the sizes of a note."""
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Sandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**"])

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and isinstance(right, int) and abs(right) > 64:
                raise SecurityError(f"a power of {right} is larger than a note needs")
            if operator == "*":
                for seq, times in ((left, right), (right, left)):
                    if (
                        isinstance(seq, str | list | tuple)
                        and isinstance(times, int)
                        and len(seq) * times > OUTPUT_LIMIT
                    ):
                        raise SecurityError("a repeated text longer than a note")
            return super().call_binop(context, operator, left, right)

    return Sandbox


def user_template(user_dir: str | None, names: list[str]) -> str | None:
    """The first of ``names`` that the user's templates folder holds, if any."""
    if not user_dir:
        return None
    folder = Path(user_dir)
    if not folder.is_dir():
        raise InputError(
            f"{user_dir}: the templates folder does not exist.",
            hint="give a folder holding files such as thank_you.j2 (see docs/templates.md).",
        )
    return next((name for name in names if (folder / name).is_file()), None)


def render(
    user_dir: str | None, names: list[str], context: dict[str, Any], built_in: Callable[[], str]
) -> str:
    """A note from the user's own template when there is one (Jinja2), else laid out as the
    bundled wording says (``built_in``); tidied either way. Jinja is imported only for a
    user's template: it costs more than composing a whole plan."""
    if user_template(user_dir, names) is None:
        return tidy(built_in())
    return render_template(user_dir, names, context)


def render_template(user_dir: str | None, names: list[str], context: dict[str, Any]) -> str:
    """Render the first template of ``names`` that exists (the user's, then the bundled).

    Whatever goes wrong in a template (its syntax, a value it lacks, something the
    sandbox forbids, an error in an expression) is one :class:`InputError` naming
    the template and, where known, its line.
    """
    import jinja2
    from jinja2.exceptions import SecurityError

    env = environment(user_dir)
    name = names[0]
    try:
        template = env.select_template(names)
        name = template.filename or template.name or name
        return tidy(_bounded(template.generate(**context), name))
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(
            f"{exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}",
            hint="see docs/templates.md.",
        ) from None
    except jinja2.UndefinedError as exc:
        raise InputError(
            f"{_where(name, exc)}: {exc.message}",
            hint="the values a template can use are listed in docs/templates.md.",
        ) from None
    except SecurityError as exc:
        raise InputError(
            f"{_where(name, exc)}: the template tried something templates may not do: "
            f"{str(exc).rstrip('.')}.",
            hint="a template can use the values it is given (docs/templates.md), "
            "not reach into Python.",
        ) from None
    except jinja2.TemplateError as exc:
        raise InputError(f"{_where(name, exc)}: {exc}", hint="see docs/templates.md.") from None
    except InputError:
        raise
    except RecursionError:
        raise InputError(
            f"template {name}: it includes or calls itself without end.",
            hint="see docs/templates.md.",
        ) from None
    except Exception as exc:  # an expression that fails: 1/0, a filter on the wrong value
        raise InputError(
            f"{_where(name, exc)}: the template failed: {type(exc).__name__}: {exc}",
            hint="see docs/templates.md.",
        ) from None


def _bounded(parts: Iterator[str], name: str) -> str:
    """The template's output, refused once it is longer than any note."""
    out: list[str] = []
    size = 0
    for part in parts:
        size += len(part)
        if size > OUTPUT_LIMIT:
            raise InputError(
                f"template {name}: it writes more than {OUTPUT_LIMIT // 1024} KB; "
                "a note is a few hundred words.",
                hint="look for a loop that never ends or a text repeated many times.",
            )
        out.append(part)
    return "".join(out)


def _where(name: str, exc: BaseException) -> str:
    """``template NAME`` with the line of the template where ``exc`` happened, if known."""
    line = None
    tb = exc.__traceback__
    while tb is not None:  # Jinja maps the template's frames back to its lines
        if tb.tb_frame.f_code.co_filename == name:
            line = tb.tb_lineno
        tb = tb.tb_next
    return f"template {name}" + (f", line {line}" if line else "")
