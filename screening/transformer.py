"""Optional second-stage model: a small fine-tuned transformer run through ONNX Runtime.

It only runs where the fast path is unsure (see ``engine.screen``). It needs ``onnxruntime`` and
``tokenizers`` (both runtime dependencies of the project) and the exported files under
``screening/data/`` (``transformer.int8.onnx``, ``transformer-tokenizer.json``,
``transformer.json``). When any of them is missing, ``load()`` returns ``None`` and the engine
uses the fast path alone. No PyTorch, no network.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"
HEADS = ("offensive", "bullying", "hate", "self_harm")
MAX_LEN = 64

_BR = re.compile(r"<br\s*/?>", re.I)
_WS = re.compile(r"\s+")


def prepare_text(text: str) -> str:
    """The same light clean-up at training and at run time."""
    text = html.unescape(_BR.sub(" \n ", text[:2000]))
    return _WS.sub(" ", text).strip()


# A word (text between spaces) with a letter, digit or underscore in it: the tokenizer makes at
# least one token of each. Matched only from a word's start, so a long run of symbols is passed
# over once.
_WORD_WITH_TOKEN = re.compile(r"(?<!\S)[^\s\w]*+\w\S*")


def within_reach(text: str, max_len: int) -> str:
    """The start of text that holds all the tokens truncation keeps: text after the first
    max_len words with a token each is cut off anyway. Tokenising a long post whole cost more
    than a millisecond; the tokens are the same."""
    for i, word in enumerate(_WORD_WITH_TOKEN.finditer(text)):
        if i == max_len:
            return text[: word.start()]
    return text


class TransformerModel:
    def __init__(self, onnx_path: Path, tokenizer_path: Path, meta: dict) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(onnx_path), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.max_len = meta.get("max_len", MAX_LEN)
        self.tokenizer.enable_truncation(max_length=self.max_len)
        self.tokenizer.no_padding()
        self.heads = tuple(meta.get("heads", HEADS))
        self.input_names = {i.name for i in self.session.get_inputs()}

    def token_ids(self, text: str) -> list[int]:
        """The tokens the model reads of a text (the first ``max_len``)."""
        return self.tokenizer.encode(within_reach(prepare_text(text), self.max_len) or ".").ids

    def predict(self, text: str) -> dict[str, float]:
        return self.predict_ids(self.token_ids(text))

    def predict_ids(self, token_ids: list[int]) -> dict[str, float]:
        ids = np.asarray([token_ids], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        logits = self.session.run(None, feeds)[0][0]
        probs = 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))
        return {h: float(p) for h, p in zip(self.heads, probs, strict=False)}


@lru_cache(maxsize=1)
def load() -> TransformerModel | None:
    onnx_path = DATA / "transformer.int8.onnx"
    tok_path = DATA / "transformer-tokenizer.json"
    meta_path = DATA / "transformer.json"
    if not (onnx_path.exists() and tok_path.exists() and meta_path.exists()):
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return TransformerModel(onnx_path, tok_path, meta)
    except Exception:  # noqa: BLE001 - a broken optional model must not break screening
        return None
