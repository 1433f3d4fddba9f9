#!/usr/bin/env python3
"""Write src/afterview/compose/data/given_names.txt from nomquamgender's name data.

A greeting by a given name must greet a name. Read from a name as typed, the word
greeted is sometimes a post in the language of the place ("Hotellsjef Trine Bakke"), a
label ("Sysadmin - Taras") or a family name typed alone ("Verhage"); no list of posts can
hold them all. A list of given names can say the opposite: this word is not known as
anyone's given name, so the plan asks how to greet them (afterview.names).

The source is the name data of nomquamgender 0.1.4 (PyPI; MIT licence, Copyright (c) 2022
Ian Van Buskirk): about 720,000 given names, folded to ASCII in lower case, each with the
number of the 36 public name sets it was found in. A name found in one set only is often a
family name or a word a form put in the wrong box ("quiros", "manager"), so only names of
two sets or more are kept: about 160,000.

The package is read, never imported (it would load pandas): scripts/install-test-deps
installs it without its dependencies, for tests/compose/test_lexicon.py, which fails when the
committed file differs from what this script writes.

Line format: lines starting with "#" say where the list comes from; then one name per line,
lower case, sorted.

Usage: scripts/gen_given_names.py [--check]   (--check: exit 1 if the file is stale)
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

from generated import write_or_check

OUT = Path(__file__).resolve().parent.parent / "src/afterview/compose/data/given_names.txt"
SOURCE_VERSION = "0.1.4"
FEWEST_SETS = 2
# Letters, and an apostrophe inside ("o'neal" is no given name, but "d'andre" is).
A_NAME = re.compile(r"[a-z]+(?:'[a-z]+)?")

HEADER = f"""\
# Given names found in {FEWEST_SETS} or more of the public name sets gathered by nomquamgender
# {SOURCE_VERSION} (https://github.com/ianvanbuskirk/nomquamgender), folded to ASCII in lower
# case. Written by scripts/gen_given_names.py; used by afterview.names to tell a given name
# from a post, a label or a family name typed alone. The data is under this licence:
#
# Copyright (c) 2022 Ian Van Buskirk
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
"""


def source() -> Path:
    spec = importlib.util.find_spec("nomquamgender")  # finds the folder, runs nothing
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"needs nomquamgender=={SOURCE_VERSION}: pip install --no-deps nomquamgender")
    return Path(next(iter(spec.submodule_search_locations))) / "name_data.json"


def main(argv: list[str]) -> int:
    # each entry: [how many sets hold the name, how many people, share female, ...]
    data = json.loads(source().read_text(encoding="utf-8"))
    kept = sorted(
        name for name, (sets, *_) in data.items() if sets >= FEWEST_SETS and A_NAME.fullmatch(name)
    )
    text = HEADER + "".join(f"{name}\n" for name in kept)
    return write_or_check(OUT, text, argv, "scripts/gen_given_names.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
