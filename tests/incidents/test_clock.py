"""The one-working-day LADO clock: weekends and English bank holidays stop it."""

from datetime import datetime, timedelta

import pytest

from incidents.clock import LONDON, clock_state, is_working_day, referral_due


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LONDON)


def test_a_weekday_gives_the_same_time_next_day() -> None:
    assert referral_due(at(2026, 3, 10, 11, 30)) == at(2026, 3, 11, 11, 30)


def test_friday_afternoon_runs_out_on_monday() -> None:
    assert referral_due(at(2026, 3, 13, 15, 0)) == at(2026, 3, 16, 15, 0)


def test_friday_before_a_bank_holiday_monday_runs_out_on_tuesday() -> None:
    # 4 May 2026 is the Early May bank holiday.
    assert not is_working_day(at(2026, 5, 4, 0, 0).date())
    assert referral_due(at(2026, 5, 1, 15, 0)) == at(2026, 5, 5, 15, 0)


def test_easter_weekend_skips_good_friday_and_easter_monday() -> None:
    assert referral_due(at(2026, 4, 2, 16, 0)) == at(2026, 4, 7, 16, 0)


def test_opened_on_a_saturday_runs_out_at_the_end_of_monday() -> None:
    assert referral_due(at(2026, 3, 14, 10, 0)) == at(2026, 3, 17, 0, 0)


def test_utc_input_is_counted_in_london_time() -> None:
    utc = datetime(2026, 7, 3, 14, 0, tzinfo=LONDON).astimezone(tz=None)
    assert referral_due(utc) == at(2026, 7, 6, 14, 0)


@pytest.mark.parametrize(
    ("hours_left", "referred", "expected"),
    [
        (10, None, "running"),
        (3, None, "due_soon"),
        (-1, None, "overdue"),
        (5, -2, "referred_in_time"),
        (-3, -1, "referred_late"),
    ],
)
def test_clock_states(hours_left, referred, expected, settings) -> None:
    settings.LADO_WARNING_HOURS = 4
    now = at(2026, 3, 10, 12, 0)
    due = now + timedelta(hours=hours_left)
    referred_at = now + timedelta(hours=referred) if referred is not None else None
    assert clock_state(due_at=due, referred_at=referred_at, now=now) == expected
