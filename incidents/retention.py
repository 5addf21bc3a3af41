"""Retention dates, after the schools' records-management guidance.

Child-protection records: the child's date of birth plus 25 years. Allegations against staff:
the person's normal retirement age or 10 years from the allegation, whichever is later.
Complaints between staff: 6 years after the case closes. Each period is a setting; when a
date passes the record goes to a review list, it is never deleted by the system.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def child_record_review(date_of_birth: date | None, reported_on: date) -> date:
    """Without a date of birth the report date stands in, which can only keep the record longer."""
    return add_years(date_of_birth or reported_on, settings.RETENTION_CHILD_YEARS_FROM_BIRTH)


def allegation_review(accused_date_of_birth: date | None, opened_on: date) -> date:
    ten_years = add_years(opened_on, settings.RETENTION_ALLEGATION_MIN_YEARS)
    if accused_date_of_birth is None:
        return ten_years
    retirement = add_years(accused_date_of_birth, settings.RETENTION_NORMAL_RETIREMENT_AGE)
    return max(ten_years, retirement)


def staff_complaint_review(closed_or_reported_on: date) -> date:
    return add_years(closed_or_reported_on, settings.RETENTION_STAFF_COMPLAINT_YEARS)
