from datetime import date

from incidents.retention import add_years, allegation_review, child_record_review, staff_complaint_review


def test_child_records_are_kept_until_25_years_after_birth() -> None:
    assert child_record_review(date(2015, 6, 1), date(2026, 3, 1)) == date(2040, 6, 1)


def test_without_a_date_of_birth_the_report_date_keeps_the_record_longer() -> None:
    assert child_record_review(None, date(2026, 3, 1)) == date(2051, 3, 1)


def test_allegations_until_retirement_or_ten_years_whichever_is_later() -> None:
    assert allegation_review(date(1990, 1, 1), date(2026, 3, 1)) == date(2057, 1, 1)
    assert allegation_review(date(1962, 1, 1), date(2026, 3, 1)) == date(2036, 3, 1)
    assert allegation_review(None, date(2026, 3, 1)) == date(2036, 3, 1)


def test_staff_complaints_and_leap_days() -> None:
    assert staff_complaint_review(date(2026, 3, 1)) == date(2032, 3, 1)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
