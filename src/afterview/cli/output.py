"""Everything the commands print for people goes through here.

- Colour only on a terminal, and never colour when ``NO_COLOR`` is set (bold
  and dim stay: https://no-color.org asks only for no colour).
- On a terminal Rich wraps lines at its width; anywhere else (a pipe, a file)
  nothing is wrapped: a line is as long as its text, and tables and boxes take
  their natural width. ``COLUMNS`` is not read for output that is not a terminal.
- User text (names, subjects, replies, file names) is hostile: a control
  character in it is shown as an escape, as Python writes it (``\\x1b``,
  ``\\n``, ``\\u202e``), and never reaches the terminal: C0 and C1 controls,
  DEL, the bidi embeddings, overrides and isolates that reorder what is seen,
  and the Unicode line and paragraph separators.

Machine output (``--json``, CSV, .ics, ``--format json``) is written directly
and does not come through here. Rich is imported only when something is
printed with it; :func:`say` and :func:`error` need no Rich at all.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

# Controls that reorder, hide or rewrite what the terminal shows.
_MOVES = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f{_MOVES}]")
_UNSAFE_IN_LINES = re.compile(f"[\x00-\x08\x0b-\x1f{_MOVES}]")  # keeps \t and \n

# Width given to Rich when the output is not a terminal: nothing wraps.
UNWRAPPED = 1 << 15

_SGR = {"bold": "1", "red": "31", "yellow": "33"}
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` with every control character shown as an escape.

    One-line fields (a name, a subject) show even a line break as ``\\n``;
    with ``lines`` (a note's body, a message of several lines) line breaks and
    tabs are kept, and a Windows line end becomes a plain one.
    """
    if lines:
        return _UNSAFE_IN_LINES.sub(_escape, text.replace("\r\n", "\n"))
    return _UNSAFE.sub(_escape, text)


def field(text: object, *, lines: bool = False) -> str:
    """User text for a Rich markup string: made visible, its brackets escaped."""
    from rich.markup import escape

    return escape(visible(str(text), lines=lines))


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a detached or closed stream
        return False


def _no_color() -> bool:
    return bool(os.environ.get("NO_COLOR"))


def colour_wanted(stream: IO[str]) -> bool:
    """Whether to colour what goes to ``stream``: a terminal, and no ``NO_COLOR``."""
    return _is_terminal(stream) and not _no_color()


def _paint(text: str, styles: tuple[str, ...], stream: IO[str]) -> str:
    if not _is_terminal(stream):
        return text
    codes = [_SGR[s] for s in styles if s == "bold" or not _no_color()]
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes else text


def _write(line: str, stream: IO[str]) -> None:
    stream.write(line + "\n")
    if stream is sys.stderr:  # messages on standard error show at once, as Rich's did
        stream.flush()


def say(text: str = "", *, err: bool = False) -> None:
    """Print a line of plain text (user text in it made visible), without Rich."""
    _write(visible(text, lines=True), sys.stderr if err else sys.stdout)


def error(message: str) -> None:
    """``error: message`` on standard error (red on a terminal): the form of docs/errors.md."""
    label = _paint("error:", ("bold", "red"), sys.stderr)
    _write(f"{label} {visible(message, lines=True)}", sys.stderr)


def note(message: str) -> None:
    """``note: message`` on standard output, the label bold yellow on a terminal."""
    label = _paint("note:", ("bold", "yellow"), sys.stdout)
    _write(f"{label} {visible(message, lines=True)}", sys.stdout)


def console(*, stderr: bool = False) -> Console:
    """A Rich console on standard output (or error) that follows the rules above."""
    stream = sys.stderr if stderr else sys.stdout
    terminal = _is_terminal(stream)
    return _console_class()(
        file=stream,
        force_terminal=terminal,
        force_interactive=terminal,
        force_jupyter=False,
        color_system="auto" if terminal else None,
        no_color=_no_color(),
        soft_wrap=not terminal,
        width=None if terminal else UNWRAPPED,
        highlight=False,
        emoji=False,
    )


@cache
def _console_class() -> type[Console]:
    """Rich's Console, with user text made visible before it is measured and drawn."""
    from rich.console import Console
    from rich.text import Text

    class VisibleConsole(Console):
        def render_str(self, text: str, **kwargs: Any) -> Text:
            # Every string printed, every table cell and prompt comes here first.
            return super().render_str(visible(text, lines=True), **kwargs)

        def render(self, renderable: Any, options: Any = None) -> Any:
            # A Text built by the caller: a last guard before the terminal.
            if isinstance(renderable, Text) and _UNSAFE_IN_LINES.search(renderable.plain):
                renderable = _visible_text(renderable, self)
            return super().render(renderable, options)

    return VisibleConsole


def _visible_text(text: Any, console: Console) -> Any:
    from rich.text import Text

    return Text.assemble(
        *((visible(s.text, lines=True), s.style) for s in text.render(console, end="")),
        justify=text.justify,
        overflow=text.overflow,
        no_wrap=text.no_wrap,
        end=text.end,
    )
