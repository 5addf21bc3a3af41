"""Benchmark: this screening engine against alt-profanity-check and better-profanity.

Runs all tools in one process on the same labelled data, one comment per call, and prints per
tool and data set: macro-F1, precision, recall, comments per second, p50/p99 latency, memory
(resident-set growth while loading and running the tool, and the process peak), and this
engine's ratio to each other tool.

    .venv/bin/python benchmarks/bench_screening.py                       # dev splits of the shared sets
    .venv/bin/python benchmarks/bench_screening.py --limit 500 --json out.json
    .venv/bin/python benchmarks/bench_screening.py --file x.csv --text-column text \
        --label-column label --positive 1

Not a test: it needs the shared datasets (or a file) and takes minutes.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def load_sets(args) -> dict[str, list[tuple[str, int]]]:
    if args.file:
        from screening.evaluate import open_table

        pos = {p.strip() for p in args.positive.split(",")}
        rows = [
            (r[args.text_column] or "", int((r[args.label_column] or "").strip() in pos))
            for r in open_table(Path(args.file))
        ]
        return {Path(args.file).name: rows[: args.limit] if args.limit else rows}
    from screening_data import load_all, split

    data = load_all()
    out = {}
    for name in ("olid", "formspring", "suicidal"):
        _, dev = split(data[name])
        rows = [(e.text, e.label) for e in dev]
        out[name] = rows[: args.limit] if args.limit else rows
    return out


def make_tools(which: list[str]):
    tools = {}
    if "esafety" in which:

        def load_esafety():
            from screening import load_models, screen

            load_models()
            return lambda t: screen(t).action != "allow"

        tools["esafety"] = load_esafety
    if "esafety-fast" in which:

        def load_fast():
            from screening import screen

            screen("warm up", fast=True)
            return lambda t: screen(t, fast=True).action != "allow"

        tools["esafety-fast"] = load_fast
    if "alt-profanity-check" in which:

        def load_apc():
            from profanity_check import predict

            predict(["warm up"])
            return lambda t: bool(predict([t])[0])

        tools["alt-profanity-check"] = load_apc
    if "better-profanity" in which:

        def load_bp():
            from better_profanity import profanity

            profanity.load_censor_words()
            return lambda t: profanity.contains_profanity(t)

        tools["better-profanity"] = load_bp
    return tools


def scores(labels, preds):
    from screening.evaluate import metrics

    return metrics(labels, preds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--file")
    ap.add_argument("--text-column", default="text")
    ap.add_argument("--label-column", default="label")
    ap.add_argument("--positive", default="1")
    ap.add_argument("--limit", type=int, default=None, help="rows per data set")
    ap.add_argument(
        "--tools",
        default="esafety,esafety-fast,alt-profanity-check,better-profanity",
        help="comma-separated",
    )
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    sets = load_sets(args)
    results: dict[str, dict] = {}
    for name, loader in make_tools(args.tools.split(",")).items():
        gc.collect()
        before = rss_mb()
        t0 = time.perf_counter()
        try:
            fn = loader()
        except ImportError as exc:
            print(f"{name}: not installed ({exc})", file=sys.stderr)
            continue
        load_s = time.perf_counter() - t0
        per_set = {}
        for set_name, rows in sets.items():
            times, preds = [], []
            for text, _ in rows:
                s = time.perf_counter()
                preds.append(int(fn(text)))
                times.append(time.perf_counter() - s)
            labels = [y for _, y in rows]
            m = scores(labels, preds)
            st = sorted(times)
            per_set[set_name] = {
                "n": len(rows),
                "macro_f1": round(m["macro_f1"], 4),
                "precision": round(m["precision"], 4),
                "recall": round(m["recall"], 4),
                "comments_per_s": round(len(times) / sum(times), 1),
                "p50_ms": round(statistics.median(st) * 1000, 3),
                "p99_ms": round(st[min(len(st) - 1, int(0.99 * (len(st) - 1)))] * 1000, 3),
            }
        results[name] = {
            "load_s": round(load_s, 2),
            "rss_growth_mb": round(rss_mb() - before, 1),
            "process_peak_mb": round(peak_mb(), 1),
            "sets": per_set,
        }
        print(f"== {name} (load {load_s:.2f}s, +{results[name]['rss_growth_mb']} MB RSS)")
        for set_name, m in per_set.items():
            print(
                f"  {set_name:12s} n={m['n']:5d} macroF1={m['macro_f1']:.3f} P={m['precision']:.3f} "
                f"R={m['recall']:.3f} {m['comments_per_s']:8.1f}/s p50={m['p50_ms']:.2f}ms "
                f"p99={m['p99_ms']:.2f}ms"
            )
    if "esafety" in results:
        print("== ratios (esafety / other): macro-F1, speed")
        ours = results["esafety"]["sets"]
        for other, r in results.items():
            if other.startswith("esafety"):
                continue
            for set_name, m in r["sets"].items():
                o = ours[set_name]
                f1r = o["macro_f1"] / m["macro_f1"] if m["macro_f1"] else float("inf")
                spr = o["comments_per_s"] / m["comments_per_s"] if m["comments_per_s"] else float("inf")
                print(f"  vs {other:20s} {set_name:12s} macro-F1 x{f1r:.2f}  speed x{spr:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
