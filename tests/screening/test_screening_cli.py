"""The esafety-screen command line."""

import gzip
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from screening.cli import main
from tests.conftest import unavailable

DATA = Path(__file__).parent / "data" / "labelled.csv"


def test_screen_prints_verdict_json(capsys):
    assert main(["nobody likes you, you fat loser"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["action"] in ("hold", "block")
    assert "insult" in out["categories"]


def run_eval(capsys, *args):
    assert main(["evaluate", *map(str, args)]) == 0
    return json.loads(capsys.readouterr().out)


def test_evaluate_small_labelled_file(capsys):
    out = run_eval(capsys, DATA, "--text-column", "text", "--label-column", "label", "--positive", "yes")
    for key in (
        "n",
        "accuracy",
        "precision",
        "recall",
        "f1",
        "macro_f1",
        "comments_per_s",
        "p50_ms",
        "p99_ms",
    ):
        assert key in out
    assert out["n"] == 10
    assert out["macro_f1"] >= 0.8


def test_evaluate_category_fast_tsv_gz(tmp_path, capsys):
    tsv = tmp_path / "labelled.tsv.gz"
    import csv

    with open(DATA, encoding="utf-8") as fh, gzip.open(tsv, "wt", encoding="utf-8", newline="") as out:
        w = csv.writer(out, delimiter="\t")
        for row in csv.reader(fh):
            w.writerow(row)
    out = run_eval(
        capsys,
        tsv,
        "--text-column",
        "text",
        "--label-column",
        "label",
        "--positive",
        "yes,YES",
        "--category",
        "personal_info",
        "--fast",
    )
    assert out["n"] == 10
    assert out["precision"] == 1.0


def test_evaluate_missing_column_is_a_clear_error(tmp_path, capsys):
    shutil.copy(DATA, tmp_path / "x.csv")
    assert (
        main(
            [
                "evaluate",
                str(tmp_path / "x.csv"),
                "--text-column",
                "nope",
                "--label-column",
                "label",
                "--positive",
                "yes",
            ]
        )
        == 2
    )
    assert "no column" in capsys.readouterr().err


def test_evaluate_unknown_extension(tmp_path, capsys):
    p = tmp_path / "x.json"
    p.write_text("{}")
    assert main(["evaluate", str(p), "--text-column", "t", "--label-column", "l", "--positive", "1"]) == 2


def console_script() -> str | None:
    """The installed esafety-screen: next to the interpreter running the tests (CI runs
    ``.venv/bin/python -m pytest`` without the venv's bin folder on PATH), else on PATH."""
    beside = Path(sys.executable).parent / "esafety-screen"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("esafety-screen")


def test_console_script_installed():
    import subprocess

    script = console_script()
    if script is None:
        unavailable("package not installed: no esafety-screen script next to the interpreter or on PATH")
    r = subprocess.run([script, "hello there"], capture_output=True, text=True, check=True)
    assert json.loads(r.stdout)["action"] == "allow"


def test_evaluate_counts_alerts_with_alert(tmp_path, capsys):
    rows = [
        ("my dad hits me when he is drunk", "1"),
        ("a man online asked for my address", "1"),
        ("we made a volcano in science", "0"),
        ("this game is killing me lol", "0"),
    ]
    path = tmp_path / "alerts.csv"
    path.write_text("text,alert\n" + "".join(f"{t},{a}\n" for t, a in rows), encoding="utf-8")
    out = run_eval(
        capsys, path, "--text-column", "text", "--label-column", "alert", "--positive", "1", "--alert"
    )
    assert out["n"] == 4
    assert out["recall"] == 1.0
    assert out["precision"] == 1.0


def test_evaluate_takes_alert_or_category_not_both(capsys):
    args = ["evaluate", str(DATA), "--text-column", "text", "--label-column", "label", "--positive", "yes"]
    with pytest.raises(SystemExit) as exc:
        main([*args, "--alert", "--category", "threat"])
    assert exc.value.code == 2
    assert "not allowed with" in capsys.readouterr().err
