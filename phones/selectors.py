from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet

from people.models import Setting, User
from phones.models import Device, LowLevelConcern, Observation, Outing


def register_of(setting: Setting) -> QuerySet[Device]:
    return Device.objects.filter(setting=setting, withdrawn_at__isnull=True)


def phones_of(setting: Setting) -> QuerySet[Device]:
    return register_of(setting).filter(kind=Device.Kind.PHONE)


def outings_of(setting: Setting) -> QuerySet[Outing]:
    return Outing.objects.filter(setting=setting).select_related("phone").prefetch_related("staff")


def observations_of(setting: Setting) -> QuerySet[Observation]:
    return Observation.objects.filter(setting=setting).select_related("recorded_by", "about_staff")


def awaiting_response(settings: list[Setting]) -> QuerySet[Observation]:
    return Observation.objects.filter(setting__in=settings, responded_at__isnull=True)


def concerns_of(setting: Setting) -> QuerySet[LowLevelConcern]:
    return LowLevelConcern.objects.filter(setting=setting).select_related("about_staff", "recorded_by")


@dataclass
class Pattern:
    """Concerns about one person over time: how many, since when, and month by month."""

    person: User
    concerns: list[LowLevelConcern] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.concerns)

    @property
    def first(self) -> date:
        return min(c.occurred_on for c in self.concerns)

    @property
    def last(self) -> date:
        return max(c.occurred_on for c in self.concerns)

    @property
    def by_month(self) -> list[tuple[str, int]]:
        months: dict[str, int] = defaultdict(int)
        for concern in self.concerns:
            months[concern.occurred_on.strftime("%Y-%m")] += 1
        return sorted(months.items())


def patterns_in(setting: Setting) -> list[Pattern]:
    by_person: dict[int, Pattern] = {}
    for concern in concerns_of(setting):
        by_person.setdefault(concern.about_staff_id, Pattern(concern.about_staff)).concerns.append(concern)
    return sorted(by_person.values(), key=lambda p: (-p.count, str(p.person)))
