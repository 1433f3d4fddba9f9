"""A printable card for a handwritten note, with its envelope address block.

Page one is the note, set in a serif font with full Unicode (DejaVu Serif by
default) at the largest size that fits the card; the user copies it out by
hand, or signs the printed card. Page two is the envelope's address block.
Sizes: A6 (105 x 148 mm) and 4 x 6 in, portrait.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afterview.deliver.ready import refuse_unfilled
from afterview.errors import ConfigError, InputError, UsageError
from afterview.files import write_private
from afterview.store.messages import StoredMessage

MM = 72 / 25.4
INCH = 72.0
SIZES = {"a6": (105 * MM, 148 * MM), "4x6": (4 * INCH, 6 * INCH)}
MARGIN = 11 * MM
LARGEST, SMALLEST = 14.0, 7.5  # points; below 7.5 a card is no longer readable
LEADING = 1.4  # line height, as a multiple of the font size
FONT_NAME = "AfterviewSerif"
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/dejavu/DejaVuSerif.ttf",
    "/usr/local/share/fonts/DejaVuSerif.ttf",
    "/Library/Fonts/DejaVuSerif.ttf",
    "C:/Windows/Fonts/DejaVuSerif.ttf",
)


@dataclass(frozen=True)
class CardText:
    note: str
    sender: str  # the candidate's name, for the return address
    recipient: str
    company: str
    address: tuple[str, ...] = ()  # postal address lines, where the user gave them

    @classmethod
    def of(cls, m: StoredMessage, address: tuple[str, ...] = ()) -> CardText:
        """The card of a stored handwritten note; refused while its greeting is a slot."""
        if m.medium != "handwritten":
            raise UsageError(f"Message {m.id} is a {m.medium} note, not a handwritten one.")
        refuse_unfilled(m.body, m.id)
        return cls(m.body, m.candidate_name, m.recipient, m.company, address)


@dataclass(frozen=True)
class Layout:
    size: float
    lines: tuple[tuple[str, ...], ...]  # paragraphs, each as its wrapped lines


def find_font(explicit: str = "") -> Path:
    """The serif font file: the one configured, else DejaVu Serif where it is installed."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"card.font: {path} is not a file.", hint="give a .ttf font file.")
        return path
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    if shutil.which("fc-match"):
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", "DejaVu Serif"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        if found.lower().endswith(".ttf") and Path(found).is_file():
            return Path(found)
    raise ConfigError(
        "No serif font with full Unicode was found for the card.",
        hint="install DejaVu (apt-get install fonts-dejavu-core) or set card.font to a .ttf file.",
    )


def _register(font: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(font)))
    except TTFError as exc:
        raise ConfigError(f"card.font: {font} cannot be used ({exc}).") from None


def _paragraphs(note: str) -> list[str]:
    # Blank lines separate paragraphs; single line breaks (a sign-off) are kept.
    return [p.strip("\n") for p in note.strip().split("\n\n") if p.strip()]


def fit(note: str, width: float, height: float) -> Layout:
    """The largest font size at which the whole note fits the box."""
    from reportlab.lib.utils import simpleSplit

    size = LARGEST
    while size >= SMALLEST:
        paragraphs = []
        for para in _paragraphs(note):
            lines: list[str] = []
            for line in para.split("\n"):
                lines.extend(simpleSplit(line.strip(), FONT_NAME, size, width) or [""])
            paragraphs.append(tuple(lines))
        count = sum(len(p) for p in paragraphs)
        needed = count * size * LEADING + (len(paragraphs) - 1) * size * LEADING * 0.5
        if needed <= height:
            return Layout(size, tuple(paragraphs))
        size -= 0.5
    raise InputError(
        f"The note is too long for a card even at {SMALLEST} pt.",
        hint="shorten it with `afterview edit` (a handwritten note reads best under 150 words).",
    )


def render_card(card: CardText, out: Path, *, size: str = "a6", font: str = "") -> Layout:
    """Write the card as a two-page PDF; returns the layout used."""
    if size not in SIZES:
        raise InputError(f"Unknown card size {size!r}; use one of {', '.join(SIZES)}.")
    from reportlab.pdfgen.canvas import Canvas

    _register(find_font(font))
    width, height = SIZES[size]
    box_w, box_h = width - 2 * MARGIN, height - 2 * MARGIN
    layout = fit(card.note, box_w, box_h)
    pdf = io.BytesIO()
    canvas = Canvas(pdf, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(f"Note to {card.recipient}")
    canvas.setAuthor(card.sender)
    _note_page(canvas, layout, height)
    canvas.showPage()
    _envelope_page(canvas, card, width, height)
    canvas.showPage()
    canvas.save()
    write_private(out, pdf.getvalue())  # whole, 0600, never through a planted link
    return layout


def _note_page(canvas: Any, layout: Layout, height: float) -> None:
    step = layout.size * LEADING
    y = height - MARGIN - layout.size
    canvas.setFont(FONT_NAME, layout.size)
    for para in layout.lines:
        for line in para:
            canvas.drawString(MARGIN, y, line)
            y -= step
        y -= step * 0.5


def _envelope_page(canvas: Any, card: CardText, width: float, height: float) -> None:
    small, big = 8.5, 11.0
    canvas.setFont(FONT_NAME, small)
    canvas.drawString(MARGIN, height - MARGIN - small, card.sender)
    lines: Sequence[str] = (card.recipient, card.company, *card.address)
    x = width * 0.22
    y = height * 0.55
    canvas.setFont(FONT_NAME, big)
    for line in lines:
        canvas.drawString(x, y, line)
        y -= big * LEADING
    if not card.address:
        # No postal address known: ruled lines to write it on.
        canvas.setLineWidth(0.4)
        for _ in range(3):
            y -= 2
            canvas.line(x, y, width - MARGIN, y)
            y -= big * LEADING
