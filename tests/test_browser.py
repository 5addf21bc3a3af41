"""Signing in as a teacher and as a pupil in headless Chromium, with an accessibility check."""

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.conftest import axe_violations
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in_through_the_form(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/accounts/sign-in/")
    assert axe_violations(page) == []
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/")


def csp_errors(page) -> list[str]:
    errors: list[str] = []
    page.on(
        "console",
        lambda message: errors.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return errors


def test_teacher_signs_in_and_sees_their_class(page, live_server) -> None:
    group = factories.GroupFactory(name="Class 4 Oak")
    teacher = factories.teacher_of(group)
    factories.pupil(group)
    blocked = csp_errors(page)
    sign_in_through_the_form(page, live_server, teacher.username)
    expect(page.get_by_role("heading", name="Your classes")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Class 4 Oak").click()
    expect(page.get_by_role("heading", name="Class 4 Oak")).to_be_visible()
    assert axe_violations(page) == []
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    assert blocked == []


def test_pupil_signs_in_by_keyboard_alone(page, live_server) -> None:
    group = factories.GroupFactory(name="Class 2 Ash")
    pupil = factories.pupil(group)
    page.goto(f"{live_server.url}/accounts/sign-in/")
    assert page.evaluate("document.activeElement.name") == "username"
    page.keyboard.type(pupil.username)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/")
    assert "You are in Class 2 Ash" in page.content()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    assert axe_violations(page) == []


def test_wrong_password_shows_an_accessible_error(page, live_server) -> None:
    teacher = factories.teacher_of(factories.GroupFactory())
    page.goto(f"{live_server.url}/accounts/sign-in/")
    page.get_by_label("Username").fill(teacher.username)
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert axe_violations(page) == []
