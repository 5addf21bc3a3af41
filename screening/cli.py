"""``esafety-screen``: screen a comment, or evaluate the engine on a labelled file.

esafety-screen "some text"
esafety-screen evaluate FILE --text-column C --label-column L --positive P[,P2...]
               [--category NAME | --alert] [--fast] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .lexicon import CATEGORIES


def _screen_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="esafety-screen", description="Screen one comment and print the verdict as JSON."
    )
    ap.add_argument("text", help="the comment (use - to read it from standard input)")
    ap.add_argument("--fast", action="store_true", help="fast path only (no transformer)")
    args = ap.parse_args(argv)
    from .engine import screen

    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        verdict = screen(text, fast=args.fast)
    except (TypeError, ValueError) as exc:
        print(f"esafety-screen: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(verdict.to_dict(), ensure_ascii=False))
    return 0


def _evaluate_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="esafety-screen evaluate",
        description="Measure the engine on a labelled CSV/TSV file (.gz allowed). A row is "
        "predicted positive when the action is not 'allow', with --category when that "
        "category is found, or with --alert when the DSL is alerted.",
    )
    ap.add_argument("file", type=Path)
    ap.add_argument("--text-column", required=True)
    ap.add_argument("--label-column", required=True)
    ap.add_argument(
        "--positive", required=True, help="label value(s) meaning 'should be flagged', comma-separated"
    )
    flag = ap.add_mutually_exclusive_group()
    flag.add_argument(
        "--category", choices=CATEGORIES, help="count a row as flagged only when this category is found"
    )
    flag.add_argument(
        "--alert", action="store_true", help="count a row as flagged only when the DSL is alerted"
    )
    ap.add_argument("--fast", action="store_true", help="time and use the fast path alone")
    ap.add_argument("--limit", type=int, default=None, help="only the first N rows")
    args = ap.parse_args(argv)
    from .engine import screen
    from .evaluate import evaluate

    if not args.file.exists():
        print(f"esafety-screen: no such file: {args.file}", file=sys.stderr)
        return 2
    positive = {p.strip() for p in args.positive.split(",") if p.strip()}
    from .engine import load_models

    load_models(fast=args.fast)  # load models before timing

    def fn(text: str):
        return screen(text, fast=args.fast)

    try:
        result = evaluate(
            args.file,
            args.text_column,
            args.label_column,
            positive,
            fn,
            args.category,
            args.limit,
            args.alert,
        )
    except ValueError as exc:
        print(f"esafety-screen: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "evaluate":
        return _evaluate_main(argv[1:])
    return _screen_main(argv)


if __name__ == "__main__":
    sys.exit(main())
