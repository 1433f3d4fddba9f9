"""The English word list for the spelling rule, from pyspellchecker's dictionary.

pyspellchecker ships its dictionary inside the wheel as gzipped JSON (word ->
frequency). Decoding it takes about 0.2 s, too slow for a command that should
answer in a tenth of that, so the first use writes two plain files to the
user's cache dir and later runs read those instead:

* ``common.txt``: the 20 000 most frequent words, most frequent first. Most
  words of any note are here; a set of them loads in a few milliseconds.
* ``all.txt``: every word, sorted, one per line. Rarer words are found by a
  binary search over the file's bytes, so it is never decoded, split or
  hashed (UTF-8 bytes sort in the order of the text they encode).

Nothing is downloaded: the cache is derived from the installed package and
rebuilt when that package changes.
"""

from __future__ import annotations

import os
from functools import cached_property, lru_cache
from pathlib import Path

COMMON = 20_000
_FORMAT = "2"  # bump when the cache layout changes


def _source() -> Path:
    # Found without importing pyspellchecker itself: its import is the slower part. The path
    # finder (already loaded by the import system) looks where ``import`` would; importlib.util
    # costs more to import than the whole lookup, so it is only the fallback.
    from importlib.machinery import PathFinder

    spec = PathFinder.find_spec("spellchecker")
    if spec is None:
        from importlib.util import find_spec

        spec = find_spec("spellchecker")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pyspellchecker is not installed (pip install pyspellchecker)")
    return Path(spec.origin).parent / "resources" / "en.json.gz"


def _cache_dir(source: Path) -> Path:
    from afterview.settings import cache_dir

    stat = source.stat()
    return cache_dir() / f"lexicon-{_FORMAT}-{stat.st_size}-{int(stat.st_mtime)}"


def _build(source: Path) -> tuple[list[str], str]:
    import gzip
    import json

    freq: dict[str, int] = json.loads(gzip.decompress(source.read_bytes()))
    ranked = sorted(freq, key=lambda w: (-freq[w], w))
    return ranked[:COMMON], "\n" + "\n".join(sorted(freq)) + "\n"


def _write(folder: Path, common: list[str], blob: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in (("common.txt", "\n".join(common)), ("all.txt", blob)):
            tmp = folder / f".{name}.{os.getpid()}"
            tmp.write_text(
                text, encoding="utf-8", newline="\n"
            )  # searched as bytes: no "\r" on Windows
            os.replace(tmp, folder / name)  # readers never see half a file
    except OSError:
        pass  # a read-only home: keep working from memory


class Lexicon:
    """Membership and frequency rank of lower-case English words."""

    def __init__(self, common: list[str], blob: bytes) -> None:
        self._ranked = common
        self._common = frozenset(common)
        # The same set, public: a rule can compare a whole note's words with it in one operation.
        self.common_words = self._common
        self._blob = blob
        self._memo: dict[str, bool] = {}

    @cached_property
    def _rank(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self._ranked)}  # built only when a ranking is asked for

    def __contains__(self, word: str) -> bool:
        if word in self._common:
            return True
        known = self._memo.get(word)
        if known is None:
            known = self._memo[word] = self._search(word)
        return known

    def common(self, word: str) -> bool:
        """Among the 20 000 most frequent words: an everyday word, not a rare one or a name."""
        return word in self._common

    def rank(self, word: str) -> int:
        """Smaller is more frequent; words outside the common list rank last."""
        return self._rank.get(word, COMMON) if word in self._common else COMMON

    def _search(self, word: str) -> bool:
        # Lines whose start lies in [lo, hi) are candidates; blob[lo - 1] and
        # blob[hi] are always line breaks, so every probe reads a whole line.
        blob, key = self._blob, word.encode("utf-8")
        lo, hi = 1, len(blob) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            start = blob.rfind(b"\n", 0, mid) + 1
            end = blob.find(b"\n", start)
            here = blob[start:end]
            if here == key:
                return True
            if here < key:
                lo = end + 1
            else:
                hi = start - 1
        return False


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    source = _source()
    folder = _cache_dir(source)
    try:
        common = (folder / "common.txt").read_text(encoding="utf-8").split("\n")
        blob = (folder / "all.txt").read_bytes()
    except (OSError, UnicodeDecodeError):
        common, text = _build(source)
        _write(folder, common, text)
        blob = text.encode("utf-8")
    return Lexicon(common, blob)
