"""The linear model's feature ids are what its weights were trained on: they must not change."""

import random
import zlib

import numpy as np
import pytest

from screening import engine, model
from screening.native import native


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (model.DIM - 1)


def _reference_feature_ids(words: list[str]) -> list[int]:
    """The feature definition written out plainly: word, character 3-5-grams of " word "
    (only the word for a known word), then word bigrams."""
    words = words[: model.MAX_TOKENS]
    ids = []
    for w in words:
        ids.append(_h("w:" + w))
        if model.is_known(w):
            continue
        p = f" {w} "
        ids.extend(_h(p[i : i + k]) for k in (3, 4, 5) for i in range(len(p) - k + 1))
    ids.extend(_h("b:" + a + " " + b) for a, b in zip(words, words[1:], strict=False))
    if not words:
        ids.append(_h("<empty>"))
    return ids


def _word_lists() -> list[list[str]]:
    rng = random.Random(7)
    vocab = ["you", "are", "so", "stupid", "kill", "myself", "assessment", "scunthorpe", "caf\u00e9",
             "\u20acuro", "\u00a35", "na\u00efve", "a", "i", "b4", "gr8", "lol", "x" * 40, "x" * 300,
             "\u65e5\u672c", "\U0001f642ok", "running", "dogs", "played", "e\u0301", ""]  # fmt: skip
    lists = [[], ["a"], ["caf\u00e9"], ["kill", "myself"]]
    lists += [[rng.choice(vocab) for _ in range(rng.randint(1, 500))] for _ in range(50)]
    return lists


@pytest.mark.parametrize("words", _word_lists())
def test_feature_ids_follow_the_trained_definition(words):
    model.load()  # known words come with the model
    assert model.feature_ids(list(words)) == _reference_feature_ids(words)


def test_the_package_counts_feature_ids_in_c():
    assert native is not None  # built by the package's set-up (a C compiler)


@pytest.mark.parametrize("words", _word_lists())
def test_feature_ids_counted_in_c_are_those_of_the_definition(words):
    model.load()
    ids, counts = np.unique(
        np.asarray(_reference_feature_ids(words), dtype=model.FEATURE_ID), return_counts=True
    )
    native_ids, native_counts = model.counted_ids(list(words))
    assert native_ids.tolist() == ids.tolist()
    assert native_counts.tolist() == counts.tolist()


def test_the_model_reads_alike_with_and_without_the_c_counting(monkeypatch):
    lm = model.load()
    lists = _word_lists()
    with_c = [lm.decision(list(words)) for words in lists]
    monkeypatch.setattr(model, "native", None)
    assert all(np.array_equal(lm.decision(list(words)), z) for words, z in zip(lists, with_c, strict=True))


@pytest.mark.parametrize("late", [False, True])
def test_an_allowed_phrase_lowers_the_linear_logits_to_the_lower_of_two_readings(late):
    """The model reads a comment as written and with its allowed phrase replaced, and the lower
    logit of each head counts; where the phrase lies beyond the words the model reads (late in
    a long post) the two readings are the same and one is enough."""
    filler = "we walked to the park and played football " * 60  # 480 words
    phrase = "this game is killing me"
    text = filler + phrase if late else phrase + " " + filler
    fr = engine.fast_parts(text)
    words, masked = engine.model_words(fr.analysis)
    assert fr.analysis.allowed and masked is not None and masked != words
    assert model.reads_alike(words, masked) is late
    lm = model.load()
    lower = np.minimum(lm.decision(words), lm.decision(masked)) - lm.shift
    assert [fr.logits[h] for h in lm.heads] == pytest.approx(lower.tolist(), abs=1e-6)
