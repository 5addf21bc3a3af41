"""The one-working-day clock for referring an allegation to the LADO.

The clock runs only on working days in England (weekends and English bank holidays stop it),
counted in local time: opened at 15:00 on a Friday, it runs out at 15:00 on Monday, or on
Tuesday when Monday is a bank holiday; opened on a Saturday, it runs out at the end of Monday.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django.conf import settings

LONDON = ZoneInfo("Europe/London")
ONE_WORKING_DAY = timedelta(days=1)


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def referral_due(opened_at: datetime) -> datetime:
    """When one working day has passed since `opened_at` (an aware datetime)."""
    cursor = opened_at.astimezone(LONDON).replace(tzinfo=None)
    remaining = ONE_WORKING_DAY
    while True:
        next_midnight = datetime.combine(cursor.date() + timedelta(days=1), time())
        if is_working_day(cursor.date()):
            available = next_midnight - cursor
            if available >= remaining:
                return (cursor + remaining).replace(tzinfo=LONDON)
            remaining -= available
        cursor = next_midnight


def clock_state(*, due_at: datetime, referred_at: datetime | None, now: datetime) -> str:
    """running, due_soon, overdue, referred_in_time or referred_late."""
    if referred_at is not None:
        return "referred_in_time" if referred_at <= due_at else "referred_late"
    if now > due_at:
        return "overdue"
    if due_at - now <= timedelta(hours=settings.LADO_WARNING_HOURS):
        return "due_soon"
    return "running"


CLOCK_LABELS = {
    "running": "Clock running",
    "due_soon": "Due soon",
    "overdue": "Overdue",
    "referred_in_time": "Referred in time",
    "referred_late": "Referred late",
}
