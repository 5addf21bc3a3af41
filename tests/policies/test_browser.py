"""A new employee acknowledges the policies and files a declaration; the manager sees both."""

import pytest
from playwright.sync_api import expect

from people.roles import Role
from tests import factories
from tests.conftest import axe_violations
from tests.factories import PASSWORD
from tests.policies.factories import policy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/accounts/sign-in/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/")


def test_new_employee_acknowledges_and_declares_and_the_manager_sees_both(page, live_server) -> None:
    setting = factories.SettingFactory(name="Little Acorns")
    manager = factories.staff(Role.SETTING_MANAGER, setting, first_name="Nia", last_name="Morgan")
    employee = factories.staff(
        Role.TEACHER, setting, first_name="Pat", last_name="Newcomer", line_manager=manager
    )
    policy(setting.council, "Code of conduct")
    policy(setting.council, "ICT acceptable use")
    csp_errors: list[str] = []
    page.on("console", lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None)

    sign_in(page, live_server, employee.username)
    banner = page.get_by_role("region", name="Policies to acknowledge")
    expect(banner).to_be_visible()
    assert axe_violations(page) == []
    for title in ("Code of conduct", "ICT acceptable use"):
        page.get_by_role("region", name="Policies to acknowledge").get_by_role("link", name=title).click()
        expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
        assert axe_violations(page) == []
        page.get_by_role("button", name=f"I have read and understood {title}").click()
        expect(page.get_by_text(f"You have acknowledged {title}.")).to_be_visible()
    assert page.get_by_role("region", name="Policies to acknowledge").count() == 0

    page.goto(f"{live_server.url}/declarations/new/")
    assert axe_violations(page) == []
    page.get_by_label("I accepted a request by mistake and have removed them").check()
    page.get_by_label("Social network").check()
    page.get_by_label("A former service user").check()
    page.get_by_label("Initials or a short description of the person").fill("J.S., left in 2024")
    page.get_by_label("Date of the contact").fill("2026-01-05")
    page.get_by_label("What happened").fill("Accepted a friend request without recognising the name.")
    page.get_by_label("What you did").fill("Removed the contact the next morning.")
    page.get_by_role("button", name="Send declaration").click()
    expect(page.get_by_text("Your declaration has been sent to your line manager.")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, live_server, manager.username)
    page.goto(f"{live_server.url}/policies/compliance/{setting.pk}/")
    row = page.get_by_role("row", name="Code of conduct")
    assert "1 of 2" in row.inner_text()  # the employee has; the manager has not yet
    assert axe_violations(page) == []
    page.goto(f"{live_server.url}/declarations/")
    page.get_by_role("link", name="Pat Newcomer").click()
    expect(page.get_by_text("J.S., left in 2024")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_label("Action taken (optional)").fill("Talked it through; no further action.")
    page.get_by_role("button", name="Acknowledge declaration").click()
    expect(page.get_by_text("You have acknowledged the declaration.")).to_be_visible()
    assert csp_errors == []
