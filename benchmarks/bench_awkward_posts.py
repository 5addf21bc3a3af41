"""Benchmark: how long one comment takes when it is built to be awkward.

Each shape repeats a fragment that a part of the engine reads specially (an address read out,
letters split by spaces or dots, look-alike characters, entities, digits, phrase words) up to
100,000 and 1,000,000 characters, the most a comment may hold, and prints the milliseconds
`screen()` takes on it, the fast path alone and the whole pipeline. Time that grows faster
than the length (ten times the text, far more than ten times the time) shows a pattern that
backtracks; every shape should stay linear.

    .venv/bin/python benchmarks/bench_awkward_posts.py
    .venv/bin/python benchmarks/bench_awkward_posts.py --sizes 10000,100000

Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SHAPES = {
    "address read out": "ab dot ",
    "address endings": "a at co dot ",
    "provider names": "x at gmail dot ",
    "split letters": "k i l l ",
    "dotted letters": "f.u.c.k.",
    "bracketed letters": "(k)(i)(l)(l) ",
    "look-alikes": "ƒυ¢к уσυ ",
    "entities": "&amp;&#107;&#x69; ",
    "spaced digits": "0 7 7 ",
    "digits and dashes": "07-",
    "at signs": "@a@",
    "phrase words": "i want to ",
    "retold words": "my friend said she ",
    "repeated letters": "stuuuuuupid ",
    "zero-width": "k\u200bi\u200bl\u200bl ",
    "one long word": "a",
}


def timed(screen, text: str, fast: bool) -> float:
    start = time.perf_counter()
    screen(text, fast=fast)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000", help="comma-separated lengths in characters")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    from screening import load_models, screen

    load_models()
    print(f"{'shape':20} " + " ".join(f"{f'fast {n:,}':>16} {f'whole {n:,}':>16}" for n in sizes))
    for name, fragment in SHAPES.items():
        cells = []
        for n in sizes:
            text = (fragment * (n // len(fragment) + 1))[:n]
            cells.append(f"{timed(screen, text, True):13.1f} ms {timed(screen, text, False):13.1f} ms")
        print(f"{name:20} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
