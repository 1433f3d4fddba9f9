#!/usr/bin/env python3
"""A blind read of drafts, as a hiring manager would read them: the stops' measure of issue 9.

Three steps, each a subcommand:

  dump SETDIR OUT.json     plan every interview file of SETDIR with the afterview on the
                           Python path (PYTHONPATH=<a worktree>/src for an older commit) and
                           write each draft, and each file's advice, as JSON
  mix A.json B.json OUT    two readers' files, OUT/r1.md and OUT/r2.md: each reader sees half
                           the interview files drafted by A and half by B, never both versions
                           of one file, and never which is which (OUT/key.json knows)
  tally OUT [-v]           reads OUT/VERDICTS_r1.md and VERDICTS_r2.md, lines of the shape
                           "D012 | SEND|FIX|EMBARRASS | quote - why", and counts the verdicts
                           by version and kind (thank-you notes, and every other kind)
  pair A.json B.json OUT   only the drafts whose text differs, each as two versions in random
                           order: OUT/pairs.md for the readers (pair_reader.md), OUT/key.json
  pairtally OUT [-v]       reads OUT/PAIRS_r1.md and PAIRS_r2.md, lines of the shape
                           "P012 | 1|2|SAME | verdict on 1 | verdict on 2 | quote - why", and
                           counts which version was preferred and each version's verdicts

A whole-set read cannot show a change that touches a tenth of the drafts: two reads of the
same text differ by more (8-10 drafts in 300). A pair read shows only what changed, side by
side, so a reader's strictness falls on both versions alike.

The interview files are written by helpers who read only docs/interview-file.md (writer.md
beside this script), and the readers are given reader.md. A set is read once, before any
change made for it; it is then kept as a regression set under tests/compose/.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any


def dump(folder: Path, out: Path) -> None:
    import afterview

    rows: list[dict[str, object]] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name == "expected.toml":
            continue
        try:
            plan = afterview.plan(afterview.load_interview(path))
        except Exception as exc:  # an older commit may fail on a newer file: counted, not fatal
            rows.append({"file": path.name, "error": str(exc)})
            continue
        for m in plan.messages:
            rows.append(
                {
                    "file": path.name,
                    "recipient": m.recipient,
                    "kind": m.kind.value,
                    "medium": m.medium.value,
                    "subject": m.subject,
                    "body": m.body,
                }
            )
        rows.append({"file": path.name, "notes": list(plan.notes)})
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{out}: {sum('body' in r for r in rows)} drafts")


def _heading(id_: str, row: dict[str, str]) -> str:
    """A draft's heading for the readers: its id, kind, medium and recipient."""
    kind = row["kind"].replace("_", " ")
    return f"\n## {id_} · {kind} · {row['medium']} · to: {row['recipient']}\n"


def _verdicts(out: Path, prefix: str, pattern: re.Pattern[str], key: dict[str, Any]):
    """Each reader's lines of OUT/{prefix}_r1.md and _r2.md that match ``pattern`` and name a
    draft of ``key``, as (reader, match)."""
    for reader in ("r1", "r2"):
        path = out / f"{prefix}_{reader}.md"
        if not path.exists():
            print(f"missing {path}")
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found = pattern.match(line)
            if found and found.group(1) in key:
                yield reader, found


def mix(a: Path, b: Path, out: Path, seed: int = 0) -> None:
    versions = {
        "A": json.loads(a.read_text(encoding="utf-8")),
        "B": json.loads(b.read_text(encoding="utf-8")),
    }
    files = sorted({r["file"] for r in versions["A"]})
    rng = random.Random(seed)
    rng.shuffle(files)
    half = set(files[: len(files) // 2])
    out.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict[str, str]] = {}
    n = 0
    for reader in ("r1", "r2"):
        order = files[:]
        rng.shuffle(order)
        parts = []
        for number, name in enumerate(order, 1):
            first = (name in half) == (reader == "r1")
            version = "A" if first else "B"
            parts.append(f"\n# Candidate file {number}\n")
            for r in versions[version]:
                if r["file"] != name or "body" not in r:
                    continue
                n += 1
                did = f"D{n:03d}"
                key[did] = {"file": name, "version": version, "reader": reader, "kind": r["kind"]}
                key[did].update(recipient=r["recipient"], medium=r["medium"])
                parts.append(f"{_heading(did, r)}\nSubject: {r['subject']}\n\n{r['body']}\n")
        (out / f"{reader}.md").write_text("".join(parts), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{out}: {n} drafts")


def pair(a: Path, b: Path, out: Path, seed: int = 0) -> None:
    versions = {
        v: {
            (r["file"], r["recipient"], r["kind"], r["medium"]): r
            for r in json.loads(path.read_text(encoding="utf-8"))
            if "body" in r
        }
        for v, path in (("A", a), ("B", b))
    }
    changed = [
        (k, row, versions["B"][k])
        for k, row in versions["A"].items()
        if k in versions["B"]
        and (row["body"], row["subject"]) != (versions["B"][k]["body"], versions["B"][k]["subject"])
    ]
    rng = random.Random(seed)
    rng.shuffle(changed)
    out.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict[str, str]] = {}
    parts = []
    for n, (k, in_a, in_b) in enumerate(changed, 1):
        pid = f"P{n:03d}"
        a_first = rng.random() < 0.5
        one, two = (in_a, in_b) if a_first else (in_b, in_a)
        key[pid] = {"file": k[0], "recipient": k[1], "kind": k[2], "one": "A" if a_first else "B"}
        parts.append(
            f"{_heading(pid, in_a)}"
            f"\n### Version 1\n\nSubject: {one['subject']}\n\n{one['body']}\n"
            f"\n### Version 2\n\nSubject: {two['subject']}\n\n{two['body']}\n"
        )
    (out / "pairs.md").write_text("".join(parts), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{out}: {len(changed)} pairs of {len(versions['A'])} drafts")


_PAIR = re.compile(
    r"\W*(P\d{3})\W+\s*(1|2|SAME)\W+\s*(SEND|FIX|EMBARRASS)\W+\s*(SEND|FIX|EMBARRASS)\W*(.*)"
)


def pairtally(out: Path, verbose: bool = False) -> None:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    preferred: Counter[str] = Counter()
    verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    for reader, found in _verdicts(out, "PAIRS", _PAIR, key):
        pid, pick, on_one, on_two, why = found.groups()
        one = key[pid]["one"]
        two = "B" if one == "A" else "A"
        chosen = {"1": one, "2": two}.get(pick, "same")
        preferred[chosen] += 1
        verdicts[one][on_one] += 1
        verdicts[two][on_two] += 1
        if verbose and chosen != "same":
            print(f"{reader} {pid} prefers {chosen}: {key[pid]['recipient']}: {why}")
    print(f"preferred: A {preferred['A']}, B {preferred['B']}, same {preferred['same']}")
    for version in ("A", "B"):
        c = verdicts[version]
        print(f"{version} send/fix/embarrass {c['SEND']}/{c['FIX']}/{c['EMBARRASS']}")


_VERDICT = re.compile(r"\W*(D\d{3})\W+\s*(SEND|FIX|EMBARRASS)\b\W*(.*)")


def tally(out: Path, verbose: bool = False) -> None:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    seen: dict[str, dict[str, str]] = {}
    for _, found in _verdicts(out, "VERDICTS", _VERDICT, key):
        did, verdict, why = found.groups()
        row = key[did]
        group = "thank_you" if row["kind"] == "thank_you" else "other"
        counts[(row["version"], group)][verdict] += 1
        seen[did] = {**row, "verdict": verdict, "why": why}
    for (version, group), c in sorted(counts.items()):
        total = sum(c.values())
        print(
            f"{version} {group:9} send/fix/embarrass {c['SEND']}/{c['FIX']}/{c['EMBARRASS']} of {total}"
        )
    if verbose:
        for row in sorted(seen.values(), key=lambda r: (r["file"], r["recipient"], r["version"])):
            if row["verdict"] != "SEND":
                print(
                    f"{row['version']} {row['verdict'][:4]} {row['file']} → {row['recipient']}: {row['why']}"
                )


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "dump":
        dump(Path(argv[1]), Path(argv[2]))
    elif len(argv) >= 4 and argv[0] == "mix":
        mix(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    elif len(argv) >= 2 and argv[0] == "tally":
        tally(Path(argv[1]), "-v" in argv)
    elif len(argv) >= 4 and argv[0] == "pair":
        pair(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    elif len(argv) >= 2 and argv[0] == "pairtally":
        pairtally(Path(argv[1]), "-v" in argv)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
