from __future__ import annotations

from datetime import date

from django.utils import timezone

from dashboards.figures import Scope
from people.models import Council, Setting


def default_period(today: date | None = None) -> tuple[date, date]:
    """The last twelve months, counted from the first day of the month a year ago."""
    today = today or timezone.localdate()
    year, month = (today.year - 1, today.month + 1) if today.month < 12 else (today.year, 1)
    return date(year, month, 1), today


def setting_scope(setting: Setting, start: date, end: date) -> Scope:
    return Scope(council=setting.council, settings=(setting,), start=start, end=end)


def council_scope(council: Council, start: date, end: date, only: Setting | None = None) -> Scope:
    settings = (only,) if only is not None else tuple(council.settings.all())
    return Scope(council=council, settings=settings, start=start, end=end)
