"""The one place the learning platform calls the screening engine, with the setting's own context."""

from __future__ import annotations

from typing import Any

from learning.models import ScreeningPolicy
from learning.selectors import allowed_phrases_in_force
from people.models import Setting, User
from screening import screen


def context_for(setting: Setting) -> dict[str, Any]:
    """The setting's tightened lines, the allowed phrases in force, each with its reason, and the
    first names of its people (so that an unkind comment about a pupil with a less common name
    is read as being about someone)."""
    policy = ScreeningPolicy.objects.filter(setting=setting).first()
    allowed = [(p.phrase, p.reason) for p in allowed_phrases_in_force(setting)]
    people = User.objects.filter(setting=setting).exclude(first_name="")
    names = sorted(set(people.values_list("first_name", flat=True)))
    return {"policy": {"tighten": policy.tighten if policy else {}}, "allowed": allowed, "names": names}


def screen_for(setting: Setting, text: str):
    """The engine's verdict on `text` under `setting`'s rules."""
    return screen(text, context=context_for(setting))
