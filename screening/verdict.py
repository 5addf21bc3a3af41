"""The result of screening one comment."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CategoryResult:
    score: float  # 0..1
    spans: tuple[tuple[int, int], ...]  # character spans of the original text

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(self.score, 4), "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True)
class Verdict:
    action: str  # allow | hold | block
    alert: bool  # tell the designated safeguarding lead
    categories: dict[str, CategoryResult]
    severity: int  # 1 (log only) .. 5 (act now)
    reason: str  # child-friendly, never repeats the words
    allowed: tuple[tuple[int, int, str], ...] = ()  # innocent phrases recognised, with reasons
    stage: str = "fast"  # fast | full (the heavier model was consulted)
    # what a pupil tells was read by the told heads from pupils' words, no lexicon line matching
    told_by_model: bool = False
    details: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "alert": self.alert,
            "severity": self.severity,
            "reason": self.reason,
            "categories": {k: v.to_dict() for k, v in self.categories.items()},
            "allowed": [{"span": [s, e], "reason": r} for s, e, r in self.allowed],
            "stage": self.stage,
            "told_by_model": self.told_by_model,
        }
