"""What every generator of a data file under src/afterview/compose/data/ does with its text:
write it, or with --check say whether the committed file is still what it would write
(tests/compose/test_lexicon.py runs each with --check, as flake8 keeps its generated code)."""

from __future__ import annotations

from pathlib import Path


def write_or_check(out: Path, text: str, argv: list[str], script: str) -> int:
    """0 when written, or when --check finds ``out`` fresh; 1 when --check finds it stale."""
    if "--check" in argv:
        fresh = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out.name} is up to date" if fresh else f"{out.name} is stale: run {script}")
        return 0 if fresh else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10))} lines)")
    return 0
