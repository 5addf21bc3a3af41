import csv
import io
import re

from django.urls import reverse

from audit.models import AuditEvent
from people.roles import Role
from tests import factories
from tests.conftest import sign_in
from tests.phones.factories import observation
from tests.policies.factories import policy


def test_setting_dashboard_draws_charts_with_a_table_and_csv(client, setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    policy(setting.council)
    observation(setting, manager)
    sign_in(client, manager)
    response = client.get(reverse("dashboards:setting", args=[setting.pk]))
    page = response.content.decode()
    assert page.count("<svg") >= 4
    assert 'role="img"' in page
    assert not re.search(r"<svg[^>]*\sstyle=|<rect[^>]*\sstyle=", page)  # the CSP forbids inline styles
    assert "Policy compliance" in page and "The figures behind this chart" in page
    csv_url = reverse("dashboards:setting_csv", args=[setting.pk, "policy_compliance"])
    assert csv_url in page
    rows = list(csv.reader(io.StringIO(client.get(csv_url).content.decode())))
    assert rows[0] == ["setting", "policy", "version", "acknowledged", "due", "percent"]
    assert rows[1][:5] == [setting.name, "Code of conduct", "1.0", "0", "1"]
    assert AuditEvent.objects.filter(
        action="export", detail__what="dashboard figure policy_compliance"
    ).exists()


def test_council_dashboard_filters_by_setting_and_date(client, setting) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    sibling = factories.SettingFactory(council=setting.council, name="Zeta school")
    sign_in(client, admin)
    url = reverse("dashboards:council", args=[setting.council.pk])
    everything = client.get(url).content.decode()
    assert "2 settings" in everything
    one = client.get(
        url, {"setting": sibling.pk, "start": "2026-01-01", "end": "2026-02-28"}
    ).content.decode()
    assert "1 January 2026 to 28 February 2026 for Zeta school" in one
    csv_response = client.get(
        reverse("dashboards:council_csv", args=[setting.council.pk, "phone_observations"]),
        {"start": "2026-01-01", "end": "2026-02-28"},
    )
    assert [r[0] for r in csv.reader(io.StringIO(csv_response.content.decode()))] == [
        "month",
        "2026-01",
        "2026-02",
    ]


def test_bad_filters_show_an_error(client, setting) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    sign_in(client, admin)
    url = reverse("dashboards:council", args=[setting.council.pk])
    page = client.get(url, {"start": "2026-05-01", "end": "2026-01-01"}).content.decode()
    assert "The end date must be on or after the start date." in page
    assert client.get(url, {"setting": "999999"}).status_code == 200  # unknown setting: an error, not a crash


def test_unknown_figure_is_404_and_others_are_refused(client, setting, other_setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    sign_in(client, manager)
    assert client.get(reverse("dashboards:setting_csv", args=[setting.pk, "nonsense"])).status_code == 404
    assert client.get(reverse("dashboards:setting", args=[other_setting.pk])).status_code == 403
    assert client.get(reverse("dashboards:council", args=[setting.council.pk])).status_code == 403
    teacher = factories.staff(Role.TEACHER, setting)
    sign_in(client, teacher)
    assert client.get(reverse("dashboards:setting", args=[setting.pk])).status_code == 403


def test_api_gives_the_same_figures(client, setting, other_setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    policy(setting.council)
    sign_in(client, manager)
    data = client.get(reverse("dashboards_api:setting", args=[setting.pk])).json()
    by_key = {f["key"]: f for f in data["figures"]}
    assert by_key["policy_compliance"]["series"]["points"] == [["Code of conduct", 0]]
    assert client.get(reverse("dashboards_api:setting", args=[other_setting.pk])).status_code == 403
    bad = client.get(reverse("dashboards_api:setting", args=[setting.pk]), {"start": "not-a-date"})
    assert bad.status_code == 400
