"""The policy table: category score -> action, per setting.

Each category has a *hold* line (a teacher looks first) and a *block* line (the comment is not
posted). ``Policy.primary()`` is the default and suits a primary school. A setting can only
tighten it (lower a line, never raise one) and can add allowed words and phrases, each with a
reason, for example a pupil's name or a topic being taught.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from .lexicon import CATEGORIES

ALLOW, HOLD, BLOCK = "allow", "hold", "block"
ALERT_CATEGORIES = frozenset({"self_harm", "grooming", "threat"})


@dataclass(frozen=True)
class Rule:
    hold: float
    block: float | None  # None: never blocked, only held (so a pupil asking for help is seen)

    def __post_init__(self) -> None:
        if not 0.0 <= self.hold <= 1.0:
            raise ValueError("hold line must be between 0 and 1")
        if self.block is not None and not self.hold <= self.block <= 1.0:
            raise ValueError("block line must be between the hold line and 1")

    def action(self, score: float) -> str:
        if self.block is not None and score >= self.block:
            return BLOCK
        if score >= self.hold:
            return HOLD
        return ALLOW


_PRIMARY = {
    "profanity": Rule(0.5, 0.85),
    "insult": Rule(0.5, 0.9),
    "threat": Rule(0.5, 0.85),
    "sexual": Rule(0.5, 0.8),
    "hate": Rule(0.5, 0.8),
    "self_harm": Rule(0.5, None),
    "personal_info": Rule(0.5, 0.8),
    "grooming": Rule(0.5, 0.8),
    "extremism": Rule(0.5, 0.85),
}


@dataclass(frozen=True)
class Allowed:
    """A word or phrase a setting allows, with the reason recorded for the audit trail."""

    phrase: str
    reason: str

    def __post_init__(self) -> None:
        if not self.phrase.strip():
            raise ValueError("an allowed phrase cannot be empty")
        if not self.reason.strip():
            raise ValueError(f"allowed phrase {self.phrase!r} needs a reason")


@dataclass(frozen=True)
class Policy:
    rules: Mapping[str, Rule] = field(default_factory=lambda: MappingProxyType(dict(_PRIMARY)))
    allowed: tuple[Allowed, ...] = ()
    alert_categories: frozenset[str] = ALERT_CATEGORIES
    alert_line: float = 0.5
    name: str = "primary"

    @classmethod
    def primary(cls) -> Policy:
        return cls()

    def rule(self, category: str) -> Rule:
        return self.rules[category]

    def tightened(self, **lines: Mapping[str, float] | tuple[float, float | None]) -> Policy:
        """A stricter copy: ``policy.tightened(profanity=(0.3, 0.6))`` or a dict
        ``{"hold": 0.3, "block": 0.6}``. Raising a line is refused."""
        rules = dict(self.rules)
        for cat, value in lines.items():
            if cat not in rules:
                raise ValueError(f"unknown category {cat!r}; expected one of {', '.join(CATEGORIES)}")
            old = rules[cat]
            if isinstance(value, Mapping):
                hold = float(value.get("hold", old.hold))
                block = value.get("block", old.block)
            else:
                hold, block = value
            block = None if block is None else float(block)
            if hold > old.hold:
                raise ValueError(f"{cat}: a setting can only tighten the hold line ({old.hold})")
            if old.block is not None and (block is None or block > old.block):
                raise ValueError(f"{cat}: a setting can only tighten the block line ({old.block})")
            rules[cat] = Rule(hold, block)
        return replace(self, rules=MappingProxyType(rules), name=self.name + "+tightened")

    def with_allowed(self, items: Iterable[Allowed | tuple[str, str]]) -> Policy:
        extra = tuple(a if isinstance(a, Allowed) else Allowed(*a) for a in items)
        return replace(self, allowed=self.allowed + extra)

    @classmethod
    def from_settings(cls, settings: Mapping) -> Policy:
        """Build from a plain mapping, e.g. a Django setting:
        ``{"tighten": {"profanity": {"hold": 0.3}}, "allowed": [["Jo", "a pupil's name"]]}``."""
        policy = cls.primary()
        if settings.get("tighten"):
            policy = policy.tightened(**settings["tighten"])
        if settings.get("allowed"):
            policy = policy.with_allowed(
                a
                if isinstance(a, Allowed)
                else (a["phrase"], a["reason"])
                if isinstance(a, Mapping)
                else tuple(a)
                for a in settings["allowed"]
            )
        return policy

    def action(self, scores: Mapping[str, float]) -> str:
        order = {ALLOW: 0, HOLD: 1, BLOCK: 2}
        best = ALLOW
        for cat, score in scores.items():
            a = self.rules[cat].action(score)
            if order[a] > order[best]:
                best = a
        return best

    def alert(self, scores: Mapping[str, float]) -> bool:
        return any(
            scores.get(c, 0.0) >= min(self.alert_line, self.rules[c].hold) for c in self.alert_categories
        )
