"""Loading and splitting the shared labelled sets for the screening models.

Used by ``train_screening.py`` and ``benchmarks/bench_screening.py``. The datasets live outside
the repository (``../shared/datasets`` next to the work tree) and are never committed.

The dev split is our own: every set is cut 85/15 by a hash of the normalised text and a fixed
salt, so identical texts always fall on the same side and the split never changes between runs.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from screening.lexicon import listed_lines

csv.field_size_limit(sys.maxsize)

SALT = "esafety-screening-dev-2026"
DEV_PERCENT = 15


def default_data_dir() -> Path:
    env = os.environ.get("ESAFETY_DATASETS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent.parent  # the work tree
    for candidate in (here.parent / "shared" / "datasets", Path("/work/shared/datasets")):
        if candidate.is_dir():
            return candidate
    raise SystemExit("datasets not found: set ESAFETY_DATASETS to the shared/datasets folder")


@dataclass
class Example:
    text: str
    label: int
    task: str  # offensive | bullying | hate | self_harm


def is_dev(text: str) -> bool:
    key = " ".join(text.lower().split())
    digest = hashlib.sha1((SALT + key).encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:4], "big") % 100 < DEV_PERCENT


def _rows(path: Path, delimiter: str):
    with open(path, encoding="utf-8", newline="") as fh:
        if delimiter == "\t" and path.name.startswith("olid"):
            # OLID is tab-separated without quoting
            header = fh.readline().rstrip("\n").split("\t")
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                yield dict(zip(header, parts, strict=False))
        else:
            yield from csv.DictReader(fh, delimiter=delimiter)


def load_olid(d: Path) -> list[Example]:
    out = []
    for r in _rows(d / "olid" / "olid-training-v1.0.tsv", "\t"):
        out.append(Example(r["tweet"], int(r["subtask_a"] == "OFF"), "offensive"))
    return out


def load_davidson(d: Path) -> tuple[list[Example], list[Example]]:
    off, hate = [], []
    for r in _rows(d / "davidson" / "train.csv", ","):
        cls = int(r["class"])
        off.append(Example(r["tweet"], int(cls in (0, 1)), "offensive"))
        hate.append(Example(r["tweet"], int(cls == 0), "hate"))
    return off, hate


def formspring_label(r: dict) -> int:
    yes = sum(1 for k in ("ans1", "ans2", "ans3") if (r.get(k) or "").strip().lower() == "yes")
    return int(yes >= 2)


def load_formspring(d: Path) -> list[Example]:
    return [
        Example(r["post"], formspring_label(r), "bullying")
        for r in _rows(d / "formspring" / "train.tsv", "\t")
    ]


def load_suicidal(d: Path) -> list[Example]:
    return [
        Example(r["tweet"], int(r["intention"]), "self_harm")
        for r in _rows(d / "twitter-suicidal" / "train.csv", ",")
    ]


SCRIPTS = Path(__file__).resolve().parent
_PUPIL_CHAT = {kind: SCRIPTS / f"{kind}_pupil_chat.txt" for kind in ("ordinary", "unkind")}
PUPIL_VOICE = SCRIPTS / "pupil_voice"
TOLD_LABELS = ("harm", "grooming", "self_harm")  # what a pupil tells of, to alert the DSL
# what is not: an ordinary comment, or unkindness between pupils that a teacher deals with
NOT_TOLD_LABELS = ("none", "bullied")


def pupil_chat(kind: str) -> list[str]:
    """The project's own comments in pupils' voices for the linear model, ``ordinary``
    (negatives for every head) or ``unkind`` (positives for the abuse head)."""
    return listed_lines(_PUPIL_CHAT[kind])


def pupil_voice(part: str) -> list[tuple[str, str]]:
    """The project's own comments in pupils' voices, as (label, text): ``tune`` (the files
    named ``tune*.tsv``, by writers of their own, for the decision lines) or ``train`` (every
    other file). See ``pupil_voice/README.md``."""
    files = sorted(PUPIL_VOICE.glob("*.tsv"))
    files = [f for f in files if f.name.startswith("tune") == (part == "tune")]
    rows = []
    for f in files:
        for line in listed_lines(f):
            label, _, text = line.partition("\t")
            if label not in TOLD_LABELS + NOT_TOLD_LABELS or not text.strip():
                raise SystemExit(f"{f.name}: not a label and a comment: {line!r}")
            rows.append((label, text.strip()))
    return rows


def load_all(d: Path | None = None) -> dict[str, list[Example]]:
    d = d or default_data_dir()
    dav_off, dav_hate = load_davidson(d)
    return {
        "olid": load_olid(d),
        "davidson": dav_off,
        "davidson_hate": dav_hate,
        "formspring": load_formspring(d),
        "suicidal": load_suicidal(d),
    }


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    train, dev = [], []
    for e in examples:
        (dev if is_dev(e.text) else train).append(e)
    return train, dev


def write_dev_files(out_dir: Path, d: Path | None = None) -> None:
    """Write each set's dev part as a small CSV (text,label) for the evaluate CLI."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, exs in load_all(d).items():
        if name == "davidson_hate":
            continue
        _, dev = split(exs)
        with open(out_dir / f"{name}_dev.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["text", "label"])
            for e in dev:
                w.writerow([e.text, e.label])
