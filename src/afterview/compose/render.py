"""Rendering a note: the built-in layout, or the Jinja2 template of a user who wrote one."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from afterview.errors import InputError

BUNDLED = Path(__file__).parent / "templates"
_SPACES = re.compile(r"[ \t]+")


def day(value: date) -> str:
    """'Friday 20 November': unambiguous in every English-speaking country."""
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
    in memory as usual.
    """
    import jinja2

    from afterview.settings import cache_dir

    folder = cache_dir() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


@lru_cache(maxsize=8)
def environment(user_dir: str | None) -> Any:
    """A Jinja2 environment looking in ``user_dir`` first, then the bundled templates."""
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
    env = jinja2.Environment(
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
    """Render the first template of ``names`` that exists (the user's, then the bundled)."""
    import jinja2

    env = environment(user_dir)
    try:
        template = env.select_template(names)
        return tidy(template.render(**context))
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(
            f"{exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}"
        ) from None
    except jinja2.UndefinedError as exc:
        raise InputError(
            f"template {names[0]}: {exc.message}",
            hint="the values a template can use are listed in docs/templates.md.",
        ) from None
