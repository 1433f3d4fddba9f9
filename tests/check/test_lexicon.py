"""The cached word list: binary search over the sorted text, and the cache itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.check import lexicon as lex


@given(
    words=st.sets(st.text(alphabet="abcé'", min_size=1, max_size=6), max_size=60),
    probes=st.lists(st.text(alphabet="abcé'", min_size=1, max_size=6), max_size=30),
)
def test_search_finds_exactly_the_words(words: set[str], probes: list[str]) -> None:
    ordered = sorted(words)
    found = lex.Lexicon([], ("\n" + "\n".join(ordered) + "\n").encode("utf-8"))
    for word in [*probes, *ordered]:
        assert (word in found) == (word in words)


def test_cache_is_built_once_and_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lex.lexicon.cache_clear()
    try:
        words = lex.lexicon()
        assert "believe" in words and "zymurgy" in words and "beleive" not in words
        assert words.common("the") and not words.common("zymurgy")
        (folder,) = (tmp_path / "afterview").iterdir()
        assert {p.name for p in folder.iterdir()} == {"common.txt", "all.txt"}
        # A second process reads the files: prove it by planting a word in them.
        (folder / "all.txt").write_text("\nflurbix\n", encoding="utf-8")
        lex.lexicon.cache_clear()
        assert "flurbix" in lex.lexicon()
    finally:
        lex.lexicon.cache_clear()
