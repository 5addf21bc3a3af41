import csv
import io
import re

from django.urls import reverse

from audit.models import AuditEvent
from people.roles import Role
from tests import factories
from tests.conftest import sign_in
from tests.incidents.factories import figures_world
from tests.learning.factories import alerts_world
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


INCIDENT_AND_LEARNING_FIGURES = (
    "incidents_by_month",
    "open_cases",
    "overdue_actions",
    "lado_clocks",
    "screening_alerts_by_month",
    "screening_alerts_by_category",
)


def csv_rows(client, url: str, period: dict) -> list[list[str]]:
    response = client.get(url, period)
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_incident_and_alert_figures_on_both_dashboards(client, db) -> None:
    world = figures_world()
    alerts_world(world.north, world.south, world.far)
    period = {"start": "2026-01-01", "end": "2026-03-31"}
    manager = factories.staff(Role.SETTING_MANAGER, world.north)
    sign_in(client, manager)
    page = client.get(reverse("dashboards:setting", args=[world.north.pk]), period).content.decode()
    for key in INCIDENT_AND_LEARNING_FIGURES:
        assert reverse("dashboards:setting_csv", args=[world.north.pk, key]) in page
    assert "Incidents reported by month" in page and "LADO referral clocks" in page
    assert "INC-" not in page and "ALG-" not in page  # counts, never references
    north_csv = reverse("dashboards:setting_csv", args=[world.north.pk, "lado_clocks"])
    assert csv_rows(client, north_csv, period) == [
        ["setting", "due", "overdue", "met", "referred late"],
        ["North", "0", "1", "1", "1"],
    ]
    alerts_csv = reverse("dashboards:setting_csv", args=[world.north.pk, "screening_alerts_by_category"])
    assert csv_rows(client, alerts_csv, period)[1:] == [
        ["grooming", "1"],
        ["self-harm", "1"],
        ["threat", "2"],
    ]

    admin = factories.staff(Role.COUNCIL_ADMIN, world.north, council_wide=True)
    sign_in(client, admin)
    council = world.north.council.pk
    page = client.get(reverse("dashboards:council", args=[council]), period).content.decode()
    for key in INCIDENT_AND_LEARNING_FIGURES:
        assert reverse("dashboards:council_csv", args=[council, key]) in page
    assert csv_rows(
        client, reverse("dashboards:council_csv", args=[council, "incidents_by_month"]), period
    ) == [
        ["month", "cyber-bullying", "allegation against staff", "total"],
        ["2026-01", "2", "0", "2"],
        ["2026-02", "1", "1", "2"],
        ["2026-03", "1", "0", "1"],
    ]
    assert csv_rows(client, reverse("dashboards:council_csv", args=[council, "open_cases"]), period)[1:] == [
        ["North", "4", "3"],  # December's case is still open
        ["South", "1", "1"],
    ]
    overdue = csv_rows(client, reverse("dashboards:council_csv", args=[council, "overdue_actions"]), period)
    assert overdue[1:] == [["North", "1"], ["South", "1"]]
    by_month = reverse("dashboards:council_csv", args=[council, "screening_alerts_by_month"])
    assert csv_rows(client, by_month, period)[1:] == [
        ["2026-01", "2", "1"],
        ["2026-02", "1", "0"],
        ["2026-03", "1", "1"],
    ]


def test_a_manager_of_another_setting_sees_none_of_them(client, db) -> None:
    world = figures_world()
    alerts_world(world.north, world.south, world.far)
    period = {"start": "2026-01-01", "end": "2026-03-31"}
    neighbour = factories.SettingFactory(name="Neighbour", council=world.north.council)
    manager = factories.staff(Role.SETTING_MANAGER, neighbour)
    sign_in(client, manager)
    for key in INCIDENT_AND_LEARNING_FIGURES:
        assert (
            client.get(reverse("dashboards:setting_csv", args=[world.north.pk, key]), period).status_code
            == 403
        )
        rows = csv_rows(client, reverse("dashboards:setting_csv", args=[neighbour.pk, key]), period)
        assert {cell for row in rows[1:] for cell in row[1:]} == {"0"}, key
        assert not {"North", "South", "Far"} & {row[0] for row in rows}
    assert client.get(reverse("dashboards:setting", args=[world.north.pk])).status_code == 403
