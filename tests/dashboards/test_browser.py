"""In Chromium: the council dashboard with every figure drawn, checked by axe and used by keyboard."""

import pytest
from playwright.sync_api import expect

from people.roles import Role
from tests import factories
from tests.conftest import axe_violations
from tests.incidents.factories import figures_world
from tests.incidents.test_browser import signed_in_as_dsl as signed_in_with_second_factor
from tests.learning.factories import alerts_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_council_dashboard_passes_axe_with_every_figure(browser, live_server) -> None:
    world = figures_world()
    alerts_world(world.north, world.south, world.far)
    admin = factories.staff(Role.COUNCIL_ADMIN, world.north, council_wide=True)
    page = signed_in_with_second_factor(browser, live_server, admin).new_page()
    page.goto(
        f"{live_server.url}/dashboards/councils/{world.north.council.pk}/?start=2026-01-01&end=2026-03-31"
    )
    expect(page.get_by_role("heading", name="LADO referral clocks")).to_be_visible()
    assert page.get_by_role("img", name="Screening alerts by category").count() == 1
    assert axe_violations(page) == []
    summary = page.locator("#figure-lado_clocks ~ details summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("table", name="LADO referral clocks")).to_be_visible()
    assert axe_violations(page) == []
