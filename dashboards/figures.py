"""The registry every app uses to put a figure on the setting and council dashboards.

An app writes, in its own `figures.py` (imported from its AppConfig.ready()):

    from dashboards.figures import Scope, Series, figure, month_labels

    @figure("open_cases", title="Open cases", order=20)
    def open_cases(scope: Scope) -> Series:
        ...  # count within scope.settings, between scope.start and scope.end
        return Series(name="Open cases", unit="cases", points=[("Brook Lane", 3)],
                      headers=["setting", "open cases"], rows=[["Brook Lane", 3]])

Each figure is drawn as a bar chart of `points`; `headers` and `rows` are its table and CSV.
A figure returns None when it has nothing to say for that scope (it is then left out).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from django.utils import timezone

from people.models import Council, Setting


@dataclass(frozen=True)
class Scope:
    """What the dashboard is looking at: some settings of one council, between two dates."""

    council: Council
    settings: tuple[Setting, ...]
    start: date
    end: date

    @property
    def setting_ids(self) -> list[int]:
        return [s.pk for s in self.settings]

    @property
    def start_at(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def end_at(self) -> datetime:
        """The end of the last day, so records on `end` count."""
        return timezone.make_aware(datetime.combine(self.end, time.max))


@dataclass
class Series:
    name: str
    points: list[tuple[str, float]]
    headers: list[str]
    rows: list[list[Any]]
    unit: str = ""
    summary: str = ""
    maximum: float | None = None  # e.g. 100 for percentages; otherwise the largest point


@dataclass
class Figure:
    key: str
    title: str
    order: int
    series: Series
    notes: str = ""


Maker = Callable[[Scope], Series | None]


@dataclass
class Registered:
    key: str
    title: str
    order: int
    make: Maker
    notes: str = field(default="")


_FIGURES: dict[str, Registered] = {}


def figure(key: str, *, title: str, order: int = 50, notes: str = "") -> Callable[[Maker], Maker]:
    def register(make: Maker) -> Maker:
        if key in _FIGURES:
            raise ValueError(f"A dashboard figure {key!r} is registered twice")
        _FIGURES[key] = Registered(key, title, order, make, notes)
        return make

    return register


def registered_keys() -> list[str]:
    return sorted(_FIGURES)


def build(key: str, scope: Scope) -> Figure | None:
    registered = _FIGURES.get(key)
    if registered is None:
        return None
    series = registered.make(scope)
    if series is None:
        return None
    return Figure(registered.key, registered.title, registered.order, series, registered.notes)


def figures_for(scope: Scope) -> list[Figure]:
    made = (build(key, scope) for key in _FIGURES)
    return sorted((f for f in made if f is not None), key=lambda f: (f.order, f.title))


def month_labels(start: date, end: date) -> list[str]:
    """Every month from start to end as 'YYYY-MM', so empty months still show as zero."""
    labels = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        labels.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return labels
