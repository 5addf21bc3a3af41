"""The home page is made of panels, one or more per role, each saying what the person has to do.

Apps register a function that takes the signed-in person and returns a panel, or None when
the panel does not concern them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Link:
    text: str
    url: str
    hint: str = ""


@dataclass
class Panel:
    title: str
    order: int = 50
    intro: str = ""
    links: list[Link] = field(default_factory=list)
    empty_text: str = ""


PanelMaker = Callable[[Any], Panel | None]
_PANEL_MAKERS: list[PanelMaker] = []


def panel(maker: PanelMaker) -> PanelMaker:
    _PANEL_MAKERS.append(maker)
    return maker


def panels_for(user: Any) -> list[Panel]:
    made = (maker(user) for maker in _PANEL_MAKERS)
    return sorted((p for p in made if p is not None), key=lambda p: p.order)
