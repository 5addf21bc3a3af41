"""The one place the learning platform calls the screening engine, with the setting's own context."""

from __future__ import annotations

from typing import Any

from learning.models import ScreeningPolicy
from learning.selectors import allowed_phrases_in_force
from people.models import Setting
from screening import screen


def context_for(setting: Setting) -> dict[str, Any]:
    """The setting's tightened lines and the allowed phrases in force, each with its reason."""
    policy = ScreeningPolicy.objects.filter(setting=setting).first()
    allowed = [(p.phrase, p.reason) for p in allowed_phrases_in_force(setting)]
    return {"policy": {"tighten": policy.tighten if policy else {}}, "allowed": allowed}


def screen_for(setting: Setting, text: str):
    """The engine's verdict on `text` under `setting`'s rules."""
    return screen(text, context=context_for(setting))
