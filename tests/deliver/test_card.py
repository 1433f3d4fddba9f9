"""The printable card: rendered to PNG (pdftoppm), its text read back (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.deliver.card import LARGEST, SIZES, SMALLEST, CardText, find_font, fit, render_card
from afterview.errors import ConfigError, InputError
from deliver.samples import CARD_BODY

from conftest import need


@pytest.fixture
def poppler() -> None:
    if not (shutil.which("pdftoppm") and shutil.which("pdftotext")):
        need("poppler-utils is not installed (apt-get install poppler-utils)")


@pytest.fixture(scope="module")
def font() -> Path:
    try:
        return find_font()
    except ConfigError:
        need("DejaVu Serif is not installed (apt-get install fonts-dejavu-core)")
        raise


def card(note: str = CARD_BODY, address: tuple[str, ...] = ()) -> CardText:
    return CardText(note, "Priya Ramán", "Zoë Faßbender", "Acme Robotics", address)


def words(text: str) -> list[str]:
    return text.split()


def pdf_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode("utf-8")


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_card_text_reads_back_exactly_with_its_accents(
    size: str, tmp_path: Path, poppler: None, font: Path
) -> None:
    pdf = tmp_path / "card.pdf"
    layout = render_card(
        card(address=("Domkloster 4", "50667 Köln", "Deutschland")), pdf, size=size
    )
    assert SMALLEST <= layout.size <= LARGEST
    assert words(pdf_text(pdf, 1)) == words(CARD_BODY)
    envelope = pdf_text(pdf, 2)
    for line in ("Zoë Faßbender", "Acme Robotics", "50667 Köln", "Priya Ramán"):
        assert line in envelope
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_card_renders_to_an_image_of_the_right_size(
    size: str, tmp_path: Path, poppler: None, font: Path
) -> None:
    pdf = tmp_path / "card.pdf"
    render_card(card(), pdf, size=size)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    [png] = list(tmp_path.glob("page*.png"))
    from PIL import Image

    with Image.open(png) as image:
        width, height = image.size
        expected = SIZES[size]
        assert abs(width - expected[0]) <= 2 and abs(height - expected[1]) <= 2
        # Ink on the page: not blank.
        assert image.convert("L").getextrema()[0] < 100


def test_a_longer_note_gets_a_smaller_font(font: Path) -> None:
    from afterview.deliver.card import _register

    _register(font)
    width, height = SIZES["a6"]
    short = fit("Thank you, Zoë.", width - 60, height - 60)
    long = fit(CARD_BODY * 3, width - 60, height - 60)
    assert short.size == LARGEST and long.size < short.size


def test_a_note_too_long_for_any_card_is_refused(tmp_path: Path, font: Path) -> None:
    with pytest.raises(InputError, match="too long for a card"):
        render_card(card("Thank you so much. " * 400), tmp_path / "card.pdf")
    assert not (tmp_path / "card.pdf").exists()


@settings(max_examples=30, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("abcdéfghîjklmñoöpqrsßtuüvwxyz ÆŒ,.\n")),
        min_size=1,
        max_size=600,
    )
)
def test_every_line_fits_inside_the_margins(font: Path, note: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from afterview.deliver.card import FONT_NAME, _register

    _register(font)
    width, height = SIZES["4x6"]
    layout = fit(note, width - 60, height - 60)
    for para in layout.lines:
        for line in para:
            if " " in line.strip():  # a single over-long word cannot be split
                assert stringWidth(line, FONT_NAME, layout.size) <= width - 60 + 0.01


def test_unknown_size_and_missing_font_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Unknown card size"):
        render_card(card(), tmp_path / "c.pdf", size="a4")
    with pytest.raises(ConfigError, match="is not a file"):
        render_card(card(), tmp_path / "c.pdf", font=str(tmp_path / "nope.ttf"))
