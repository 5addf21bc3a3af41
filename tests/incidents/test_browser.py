"""In Chromium: a teacher reports an incident with a screenshot, the DSL exports it; axe on each page."""

import pytest
from django.test import Client
from playwright.sync_api import expect

from incidents import services
from incidents.models import Incident
from people.roles import Role
from tests import factories
from tests.conftest import axe_violations, sign_in
from tests.factories import PASSWORD
from tests.vault.files import png
from vault import keys
from vault.bundle import verify_bundle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def signed_in_as_dsl(browser, live_server, dsl):
    """A browser context carrying a session that has passed the second factor."""
    client = Client()
    sign_in(client, dsl)
    context = browser.new_context(accept_downloads=True)
    host = live_server.url.split("//")[1].split(":")[0]
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )
    return context


def test_report_with_a_screenshot_then_export(page, browser, live_server, tmp_path) -> None:
    setting = factories.SettingFactory()
    teacher = factories.staff(Role.TEACHER, setting)
    dsl = factories.staff(Role.DSL, setting)

    page.goto(f"{live_server.url}/accounts/sign-in/")
    page.get_by_label("Username").fill(teacher.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/")
    page.get_by_role("link", name="Report cyber bullying").click()
    expect(page.get_by_role("heading", name="Report cyber bullying")).to_be_visible()
    assert axe_violations(page) == []

    page.get_by_label("When did it happen, or when did it start?").fill("2026-01-12T19:40")
    page.get_by_label("How were the messages sent?").select_option(label="Social network")
    page.get_by_label("What did the messages say?").fill("Nobody wants you here")
    page.get_by_label("Who sent them? (optional)").fill("@throwaway_account")
    page.get_by_label("Full web address of the page (optional)").fill("https://social.example/p/77?share=1")
    page.get_by_label("Who was targeted?").select_option(label="Me")
    page.get_by_label("Add an evidence file (optional)").set_input_files(
        {"name": "screenshot.png", "mimeType": "image/png", "buffer": png(42)}
    )
    page.get_by_role("button", name="Send report").click()
    incident = Incident.objects.get()
    page.wait_for_url(f"{live_server.url}/incidents/reports/{incident.pk}/")
    expect(page.get_by_text(f"Report {incident.reference} sent")).to_be_visible()
    assert axe_violations(page) == []

    dsl_context = signed_in_as_dsl(browser, live_server, dsl)
    dsl_page = dsl_context.new_page()
    dsl_page.goto(f"{live_server.url}/")
    dsl_page.get_by_role("link", name="1 new report waiting for triage").click()
    assert axe_violations(dsl_page) == []
    dsl_page.get_by_role("link", name=incident.reference).click()
    expect(dsl_page.get_by_role("heading", name=f"Case {incident.reference}")).to_be_visible()
    assert axe_violations(dsl_page) == []
    dsl_page.get_by_label("Who is the export for?").select_option(label="Police or court")
    with dsl_page.expect_download() as download_info:
        dsl_page.get_by_role("button", name="Download export").click()
    bundle = tmp_path / "export.zip"
    download_info.value.save_as(bundle)
    report = verify_bundle(bundle, keys.signing_key().verifier.encode())
    assert report.ok and report.evidence_checked == 2

    allegation = services.open_allegation(
        setting=setting,
        about_staff=teacher,
        summary="Messaged a pupil privately",
        raised_by=dsl,
        source="other",
    )
    for path in (
        "/",
        f"/incidents/allegations/{allegation.pk}/",
        f"/incidents/settings/{setting.pk}/retention/",
    ):
        dsl_page.goto(f"{live_server.url}{path}")
        assert axe_violations(dsl_page) == [], path
    dsl_page.goto(f"{live_server.url}/incidents/allegations/{allegation.pk}/")
    dsl_page.get_by_label("First Response Team reference").fill("FRT-2026-17")
    dsl_page.get_by_role("button", name="Record referral").click()
    expect(dsl_page.get_by_text("There is a problem")).to_be_visible()  # the time is required
    assert axe_violations(dsl_page) == []
    dsl_context.close()
