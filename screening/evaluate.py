"""Evaluate the engine on a labelled CSV or TSV file (optionally gzipped)."""

from __future__ import annotations

import csv
import gzip
import io
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .verdict import Verdict

csv.field_size_limit(sys.maxsize)


def open_table(path: Path) -> Iterator[dict[str, str]]:
    name = path.name.lower()
    raw = gzip.open(path, "rb") if name.endswith(".gz") else open(path, "rb")  # noqa: SIM115
    base = name[:-3] if name.endswith(".gz") else name
    if base.endswith(".tsv") or base.endswith(".tab"):
        delimiter = "\t"
    elif base.endswith(".csv"):
        delimiter = ","
    else:
        raise ValueError(f"{path}: expected a .csv or .tsv file (optionally .gz)")
    with raw, io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="") as fh:
        yield from csv.DictReader(fh, delimiter=delimiter)


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    k = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[k]


def metrics(labels: list[int], preds: list[int]) -> dict[str, float]:
    tp = sum(1 for y, p in zip(labels, preds, strict=True) if y and p)
    fp = sum(1 for y, p in zip(labels, preds, strict=True) if not y and p)
    fn = sum(1 for y, p in zip(labels, preds, strict=True) if y and not p)
    tn = len(labels) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # the negative class
    np_ = tn / (tn + fn) if tn + fn else 0.0
    nr = tn / (tn + fp) if tn + fp else 0.0
    nf1 = 2 * np_ * nr / (np_ + nr) if np_ + nr else 0.0
    return {
        "accuracy": (tp + tn) / len(labels) if labels else 0.0,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "macro_f1": (f1 + nf1) / 2,
    }


def flagged(verdict: Verdict, category: str | None = None, alert: bool = False) -> bool:
    """Whether a verdict counts as predicted positive: the DSL alerted (``alert``), the category
    found (``category``), or else any action but allow."""
    if alert:
        return verdict.alert
    if category:
        return category in verdict.categories
    return verdict.action != "allow"


def evaluate(
    path: Path,
    text_column: str,
    label_column: str,
    positive: set[str],
    screen_fn: Callable[[str], Verdict],
    category: str | None = None,
    limit: int | None = None,
    alert: bool = False,
) -> dict[str, float | int]:
    labels: list[int] = []
    preds: list[int] = []
    times: list[float] = []
    for i, row in enumerate(open_table(path)):
        if limit is not None and i >= limit:
            break
        if text_column not in row or label_column not in row:
            missing = text_column if text_column not in row else label_column
            raise ValueError(f"{path}: no column {missing!r}; columns are {', '.join(row)}")
        text = row[text_column] or ""
        t0 = time.perf_counter()
        v = screen_fn(text)
        times.append(time.perf_counter() - t0)
        pred = flagged(v, category, alert)
        labels.append(int((row[label_column] or "").strip() in positive))
        preds.append(int(pred))
    if not labels:
        raise ValueError(f"{path}: no rows")
    out: dict[str, float | int] = {"n": len(labels)}
    out.update({k: round(v, 4) for k, v in metrics(labels, preds).items()})
    total = sum(times)
    st = sorted(times)
    out["comments_per_s"] = round(len(times) / total, 1) if total else 0.0
    out["p50_ms"] = round(statistics.median(st) * 1000, 3)
    out["p99_ms"] = round(_percentile(st, 0.99) * 1000, 3)
    return out
