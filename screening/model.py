"""The fast linear model: hashed word and character n-grams scored with NumPy.

Features are taken from the *phrase text* of ``lexicon.analyse`` (tokens with leetspeak undone,
repeated letters squeezed and text-speak expanded), so the model sees through the same
obfuscations as the lexicons. Feature ids are CRC32 hashes folded into ``DIM`` buckets;
values are sublinear term frequency times IDF, L2-normalised. Each head is a logistic
regression trained by ``scripts/train_screening.py``; the weights ship in
``data/linear.npz`` and the tuned decision shifts in ``data/linear.json``. The ``told_*``
heads learnt from comments the project wrote in pupils' voices (``scripts/pupil_voice/``);
their two lines, where a teacher reads first and where the DSL is alerted, are ``told`` in
``linear.json``.
"""

from __future__ import annotations

import json
import math
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from .lexicon import word_list
from .native import native

DATA = Path(__file__).resolve().parent / "data"
DIM = 1 << 19
# heads for the models' categories (insult, hate, self-harm), blended with the transformer's
BLENDED_HEADS = ("abuse", "hate", "self_harm")
# heads that read what a pupil tells of harm, grooming or self-harm in pupils' own words, each
# with the category it alerts under (harm done or threatened by others, and neglect, is a threat)
TOLD_HEADS = {"told_harm": "threat", "told_grooming": "grooming", "told_self_harm": "self_harm"}
HEADS = BLENDED_HEADS + tuple(TOLD_HEADS)
MAX_TOKENS = 400  # long posts: the model reads the first 400 tokens (lexicons read everything)
# feature ids as 32-bit words: a CRC32 fits, and a post's few thousand sort faster than as 64
FEATURE_ID = np.uint32

_word_cache: dict[str, np.ndarray] = {}
# CRC32s of known, innocent dictionary words: these are read as whole words only, so that the
# character n-grams of "assessment" or "Scunthorpe" cannot look like the words inside them.
_known: frozenset[int] = frozenset()
_known_sorted = b""  # the same CRC32s, sorted, as native uint32 (for the C counting)


def identity_words() -> frozenset[str]:
    """Words that say who someone is (``data/identity_words.txt``, where the reason is given):
    neither model reads them."""
    return word_list("identity_words.txt")


def without_identity(words: list[str]) -> list[str]:
    ids = identity_words()
    return words if ids.isdisjoint(words) else [w for w in words if w not in ids]


def set_known(crcs) -> None:
    global _known, _known_sorted
    _known = frozenset(int(x) for x in crcs)
    _known_sorted = np.array(sorted(_known), dtype=np.uint32).tobytes()
    _word_cache.clear()
    is_known.cache_clear()


def word_crc(w: str) -> int:
    return zlib.crc32(w.encode("utf-8"))


def _is_known(w: str) -> bool:
    """A known word, or a plural / -ed / -ing / -er form of one."""
    if word_crc(w) in _known:
        return True
    for suffix in ("s", "es", "ed", "d", "ing", "er", "ers"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and word_crc(w[: -len(suffix)]) in _known:
            return True
    return False


@lru_cache(maxsize=100_000)
def is_known(w: str) -> bool:
    return bool(_known) and _is_known(w)


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (DIM - 1)


def _char_ngram_ids(w: str) -> list[int]:
    """Hashes of the 3-, 4- and 5-character n-grams of " w ", in that order."""
    p = f" {w} "
    if p.isascii():
        # one byte per character: hash slices of the word encoded once (a long post brings
        # hundreds of words not seen before, each with dozens of n-grams)
        b = p.encode()
        crc, mask = zlib.crc32, DIM - 1
        return [crc(b[i : i + k]) & mask for k in (3, 4, 5) for i in range(len(b) - k + 1)]
    return [_h(p[i : i + k]) for k in (3, 4, 5) for i in range(len(p) - k + 1)]


def _word_features(w: str) -> np.ndarray:
    """The word's own id, then its n-gram ids (kept as an array, ready to join with others)."""
    f = _word_cache.get(w)
    if f is not None:
        return f
    word_id = _h("w:" + w)
    # known words are read whole, so that "assessment" does not look like what is inside it
    ids = [word_id] if _known and _is_known(w) else [word_id, *_char_ngram_ids(w)]
    f = np.array(ids, dtype=FEATURE_ID)
    if len(_word_cache) < 200_000:
        _word_cache[w] = f
    return f


_bigram_lead_cache: dict[str, int] = {}


def _bigram_lead(a: str) -> int:
    """The CRC of "b:a ", which a bigram's CRC continues with its second word."""
    lead = _bigram_lead_cache.get(a)
    if lead is None:
        lead = zlib.crc32(f"b:{a} ".encode())
        if len(_bigram_lead_cache) < 200_000:
            _bigram_lead_cache[a] = lead
    return lead


def _bigram_ids(words: list[str]) -> np.ndarray:
    """``_h("b:" + a + " " + b)`` for each pair of neighbouring words."""
    firsts = words[:-1]
    leads = list(map(_bigram_lead_cache.get, firsts))
    if None in leads:  # words not seen before
        leads = [_bigram_lead(a) if lead is None else lead for a, lead in zip(firsts, leads, strict=True)]
    crcs = map(zlib.crc32, map(str.encode, words[1:]), leads)
    return np.fromiter(crcs, dtype=FEATURE_ID, count=len(firsts)) & FEATURE_ID(DIM - 1)


def feature_array(words: list[str]) -> np.ndarray:
    """The feature ids of the first MAX_TOKENS words: each word's, then the word bigrams'."""
    words = words[:MAX_TOKENS]
    if all(map(_word_cache.__contains__, words)):
        parts = list(map(_word_cache.__getitem__, words))
    else:  # words not seen before
        parts = list(map(_word_features, words))
    parts.append(_bigram_ids(words))
    if not words:
        parts.append(np.array([_h("<empty>")], dtype=FEATURE_ID))
    return np.concatenate(parts)


def reads_alike(words: list[str], other: list[str]) -> bool:
    """Whether the model reads the two word lists alike: they differ, if at all, only after
    the first MAX_TOKENS words (an allowed phrase late in a long post)."""
    return words[:MAX_TOKENS] == other[:MAX_TOKENS]


def feature_ids(words: list[str]) -> list[int]:
    return feature_array(words).tolist()


def _counted(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(ids, return_counts=True)`` without its general-purpose layers, which cost
    more than the sorting on a comment's few hundred ids."""
    ids = np.sort(ids)
    first = np.empty(len(ids) + 1, dtype=bool)  # where a new id starts, and the end
    first[0] = first[-1] = True
    np.not_equal(ids[1:], ids[:-1], out=first[1:-1])
    starts = np.flatnonzero(first)
    return ids[starts[:-1]], starts[1:] - starts[:-1]


def counted_ids(words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The distinct feature ids of the words (``feature_array``), sorted, and how often each
    occurs: counted in C where the package was built with it, else in Python (the same)."""
    if native is None:
        return _counted(feature_array(words))
    ids, counts = native.counted_features(words[:MAX_TOKENS], _known_sorted, DIM)
    return np.frombuffer(ids, dtype=FEATURE_ID), np.frombuffer(counts, dtype=np.uint32)


def vectorise(ids: list[int] | np.ndarray, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unique feature ids and their L2-normalised sublinear tf-idf values."""
    return weighted(*_counted(np.asarray(ids, dtype=FEATURE_ID)), idf)


def weighted(idx: np.ndarray, counts: np.ndarray, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct feature ids and their L2-normalised sublinear tf-idf values, from their counts."""
    vals = np.log(counts, dtype=np.float32)
    vals += 1.0
    vals *= idf[idx]
    vals /= math.sqrt(float(vals @ vals)) or 1.0
    return idx, vals


class LinearModel:
    def __init__(self, weights: np.ndarray, bias: np.ndarray, idf: np.ndarray, meta: dict):
        self.W = weights.astype(np.float32)  # (DIM, heads), shipped as float16
        self.b = bias.astype(np.float32)
        self.idf = idf.astype(np.float32)
        self.heads = tuple(meta.get("heads", HEADS))
        self.shift = np.asarray([meta.get("shift", {}).get(h, 0.0) for h in self.heads], np.float32)
        self.meta = meta

    def decision(self, words: list[str]) -> np.ndarray:
        """Raw logits per head (before the tuned shift)."""
        idx, vals = weighted(*counted_ids(words), self.idf)
        # ``take`` gathers the rows in half the time of ``W[idx]`` on a long post's thousands
        return vals @ np.take(self.W, idx, axis=0) + self.b

    def scores(self, words: list[str]) -> dict[str, float]:
        z = self.decision(words) - self.shift
        return {h: float(1.0 / (1.0 + math.exp(-float(v)))) for h, v in zip(self.heads, z, strict=True)}

    def weights_of_words(self, words: list[str], head: int) -> list[float]:
        """Each word's own weight (its whole-word feature, not its n-grams) for one head."""
        get = _word_cache.get
        ids = [_h("w:" + w) if (f := get(w)) is None else f[0] for w in words]
        return self.W[ids, head].tolist()


@lru_cache(maxsize=1)
def load() -> LinearModel | None:
    npz = DATA / "linear.npz"
    meta_path = DATA / "linear.json"
    if not npz.exists() or not meta_path.exists():
        return None
    with np.load(npz) as z:
        w, b, idf = z["W"], z["b"], z["idf"]
        if "known" in z.files:
            set_known(z["known"].tolist())
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return LinearModel(w, b, idf, meta)
