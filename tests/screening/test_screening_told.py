"""The told heads (``screening.model.TOLD_HEADS``) read what a pupil tells of harm, grooming or
self-harm in words no lexicon line knows. They learn from comments written in pupils' voices
(``scripts/pupil_voice/``): the files are the project's own, labelled, and kept apart from the
tests and from the held-out measure."""

import ast
import csv
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from screening import screen
from screening.engine import REASON_SUPPORT, TOLD_MIN_WORDS, fast_parts, is_told_by_model
from screening.lexicon import listed_lines
from screening.model import TOLD_HEADS

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT = ROOT / "benchmarks" / "data" / "pupil_voice_heldout.csv"
SHORT_HELD_OUT = ROOT / "benchmarks" / "data" / "short_comments_heldout.csv"
SHORT_LOOKALIKES = ROOT / "benchmarks" / "data" / "short_lookalikes.csv"
SHORT_REPLIES_HELD_OUT = ROOT / "benchmarks" / "data" / "short_checkin_textspeak_heldout.csv"
SHORT_LOOKALIKES_HOME_ONLINE = ROOT / "benchmarks" / "data" / "short_lookalikes_home_online.csv"
MEASURES = (HELD_OUT, SHORT_HELD_OUT, SHORT_LOOKALIKES, SHORT_REPLIES_HELD_OUT, SHORT_LOOKALIKES_HOME_ONLINE)


def _screening_data():
    spec = importlib.util.spec_from_file_location("screening_data", ROOT / "scripts" / "screening_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


DATA = _screening_data()


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def held_out(path: Path = HELD_OUT) -> list[tuple[bool, str]]:
    """A held-out measure's rows: (whether the DSL should be alerted, comment)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [(row["alert"] == "1", row["text"]) for row in csv.DictReader(fh)]


def screened(path: Path = HELD_OUT) -> tuple[list, list]:
    """The verdicts on a held-out measure's comments that should alert, and on the others."""
    rows = [(is_told, screen(text)) for is_told, text in held_out(path)]
    return [v for is_told, v in rows if is_told], [v for is_told, v in rows if not is_told]


# written for these tests, in no training file: no lexicon line knows their words
TOLD_ONLY = [
    ("when mum goes out for the night she leaves us with no tea and no one to look after us", "threat"),
    ("i wrote my goodbye letters and put them in my drawer", "self_harm"),
    ("he says if i tell anyone about the videos he will post them everywhere", "grooming"),
    ("the man on the game said im really mature for my age and wants my snap", "grooming"),
    # a pupil's self-harm in a long comment: the self-harm head, which learnt from adults' posts,
    # reads it as nothing, and does not overrule the told heads
    (
        "for my diary i wrote that i only eat one apple a day now so i can be thin like the girls at school",
        "self_harm",
    ),
]


def test_the_files_are_labelled_comments_in_every_kind():
    train, tune = DATA.pupil_voice("train"), DATA.pupil_voice("tune")
    assert len(train) >= 8000 and len(tune) >= 800
    for rows in (train, tune):
        labels = Counter(label for label, _ in rows)
        assert set(labels) <= set(DATA.TOLD_LABELS + DATA.NOT_TOLD_LABELS)
        assert all(labels[label] * 20 >= len(rows) for label in (*DATA.TOLD_LABELS, "none")), labels
    assert len(DATA.TOLD_LABELS) == len(TOLD_HEADS)


def strings_in_the_tests() -> list[str]:
    """Every string written in the screening tests' modules and data files."""
    here = Path(__file__).parent
    found = [
        node.value
        for path in sorted(here.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    for path in sorted((here / "data").glob("*.txt")):
        found += listed_lines(path)
    return found


def test_no_comment_is_repeated_or_taken_from_a_test_or_the_held_out_measure():
    keys = [_key(text) for _, text in DATA.pupil_voice("train") + DATA.pupil_voice("tune")]
    repeated = [k for k, n in Counter(keys).items() if n > 1]
    assert not repeated
    tested = [text for path in MEASURES for _, text in held_out(path)] + strings_in_the_tests()
    for kind in ("ordinary", "unkind"):
        tested += DATA.pupil_chat(kind)
    assert not set(keys) & {_key(text) for text in tested}


@pytest.mark.parametrize(("text", "category"), TOLD_ONLY)
def test_a_disclosure_no_line_knows_alerts_on_the_told_heads(text, category):
    verdict = screen(text)
    assert verdict.told_by_model, verdict.to_dict()
    assert category in verdict.categories and verdict.alert
    assert verdict.action == "hold" and verdict.reason == REASON_SUPPORT
    for start, end in verdict.categories[category].spans:
        assert 0 <= start < end <= len(text) and text[start:end].strip()


def test_under_the_alert_line_the_told_heads_hold_for_a_teacher():
    verdict = screen("my stepdad looks at me funny when i get out of the shower")
    assert verdict.told_by_model and not verdict.alert, verdict.to_dict()
    assert verdict.action == "hold" and verdict.reason == REASON_SUPPORT


@pytest.mark.parametrize("text", ["no tea again tonight", "dad hurts my sister", "he touches me"])
def test_the_told_heads_leave_a_comment_of_few_words_to_the_lines(text):
    fr = fast_parts(text)
    assert len(fr.model_words) < TOLD_MIN_WORDS
    assert max(fr.logits[head] for head in TOLD_HEADS) > 0  # they would hold it
    assert not [hit for hit in fr.hits if is_told_by_model(hit)]


def test_a_line_that_alerts_leaves_nothing_to_the_told_heads():
    verdict = screen("my dad hits me with his belt when he gets drunk and i am scared to go home")
    assert verdict.alert and not verdict.told_by_model, verdict.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "my little sister says she hates herself and she hit her own face with her fists",
        "my cousin keeps saying he hates himself and he punched his own head at school",
    ],
)
def test_a_self_harm_line_read_in_the_childs_own_words_leaves_nothing_to_the_told_heads(text):
    """The line is weighed in the words the other child would say ("i hate myself"), which the
    whole comment's self-harm reading cannot overrule; the told heads, asked only where no line
    alerts, would have filed the child hitting themselves as harm done by someone (a threat)."""
    verdict = screen(text)
    assert verdict.alert and "self_harm" in verdict.categories, verdict.to_dict()
    assert "threat" not in verdict.categories and not verdict.told_by_model


def test_an_allowed_phrase_leaves_too_few_words_for_the_told_heads():
    verdict = screen("my dad says we will go back to our home country for the holidays")
    assert verdict.action == "allow" and not verdict.told_by_model, verdict.to_dict()


def test_disclosures_written_apart_from_the_files_and_the_lines_alert():
    """The held-out measure (``benchmarks/data/pupil_voice_heldout.csv``, 150 disclosures and 150
    ordinary look-alikes by a writer who saw neither the lexicon nor the training files). The
    lines alone alerted on 72 of the disclosures (0.48) and 4 ordinary comments; with the told
    heads, 112 (0.75) and the same 4, and 142 held or alerting (0.95) against 23 ordinary ones
    (21 before). At least 0.70 and 0.90, at most 6 ordinary comments alerting."""
    told, ordinary = screened()
    assert len(told) == len(ordinary) == 150
    assert sum(v.alert for v in told) >= 0.70 * len(told)
    assert sum(v.alert or v.action != "allow" for v in told) >= 0.90 * len(told)
    assert sum(v.alert for v in ordinary) <= 6
