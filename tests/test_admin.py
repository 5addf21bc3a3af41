from django.urls import reverse

from audit.models import AuditEvent
from people.roles import Role
from tests import factories
from tests.conftest import sign_in


def test_council_admin_sees_only_their_councils_settings(client, setting, other_setting) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    sign_in(client, admin)
    page = client.get(reverse("admin:people_setting_changelist")).content.decode()
    assert setting.name in page
    assert other_setting.name not in page
    assert client.get(reverse("admin:people_setting_change", args=[other_setting.pk])).status_code == 302


def test_teacher_and_unverified_admin_are_kept_out(client, setting) -> None:
    teacher = factories.staff(Role.TEACHER, setting)
    sign_in(client, teacher)
    assert client.get(reverse("admin:index")).status_code == 302
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    sign_in(client, admin, verified=False)
    assert client.get(reverse("admin:index"))["Location"] == reverse("accounts:two_factor_setup")


def test_audit_rows_cannot_be_deleted_or_changed_in_the_admin(client, setting) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    sign_in(client, admin)
    row = AuditEvent.objects.filter(setting_id=setting.pk).first()
    response = client.post(reverse("admin:audit_auditevent_delete", args=[row.pk]), {"post": "yes"})
    assert response.status_code in (302, 403)
    assert AuditEvent.objects.filter(pk=row.pk).exists()
    response = client.post(reverse("admin:audit_auditevent_change", args=[row.pk]), {"action": "view"})
    assert AuditEvent.objects.get(pk=row.pk).action == row.action
