import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.urls import reverse

from audit.models import AuditEvent
from audit.services import record
from audit.verify import verify_chain
from people.roles import Role
from tests import factories
from tests.conftest import sign_in

TABLE = AuditEvent._meta.db_table


def raw(sql: str, params: list) -> None:
    """Tamper as someone with direct database access would, switching off the guard trigger first."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER audit_auditevent_append_only")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER audit_auditevent_append_only")


@pytest.fixture
def chain(db):
    for n in range(5):
        record("view", None, note=f"row {n}")
    return list(AuditEvent.objects.order_by("seq"))


def test_every_change_to_a_record_is_audited(db) -> None:
    setting = factories.SettingFactory()
    setting.name = "Renamed"
    setting.save()
    rows = AuditEvent.objects.filter(object_type="people.setting", object_id=str(setting.pk))
    assert set(rows.values_list("action", flat=True)) == {"create", "update"}
    assert all(row.setting_id == setting.pk for row in rows)


def test_an_intact_chain_verifies(chain) -> None:
    report = verify_chain()
    assert report.intact
    assert report.rows_checked == AuditEvent.objects.count()


def test_altered_row_is_detected(chain) -> None:
    victim = chain[2]
    raw(f"UPDATE {TABLE} SET object_id = %s WHERE id = %s", ["tampered", victim.pk])  # noqa: S608
    report = verify_chain()
    assert not report.intact
    assert f"row {victim.seq} has been altered" in report.problem


def test_removed_row_is_detected(chain) -> None:
    victim = chain[1]
    raw(f"DELETE FROM {TABLE} WHERE id = %s", [victim.pk])  # noqa: S608
    report = verify_chain()
    assert f"row {victim.seq} is missing" in report.problem


def test_removed_last_row_is_detected(chain) -> None:
    raw(f"DELETE FROM {TABLE} WHERE id = %s", [chain[-1].pk])  # noqa: S608
    assert "rows at the end were removed" in verify_chain().problem


def test_rewritten_row_with_recomputed_hash_breaks_the_next_link(chain) -> None:
    victim = chain[1]
    victim.object_id = "forged"
    forged_hash = victim.compute_hash()
    raw(f"UPDATE {TABLE} SET object_id = %s, hash = %s WHERE id = %s", ["forged", forged_hash, victim.pk])  # noqa: S608
    assert f"row {chain[2].seq} does not follow" in verify_chain().problem


def test_verify_audit_command_reports_the_first_broken_link(chain, capsys) -> None:
    call_command("verify_audit")
    assert "intact" in capsys.readouterr().out
    raw(f"UPDATE {TABLE} SET action = %s WHERE id = %s", ["export", chain[3].pk])  # noqa: S608
    with pytest.raises(CommandError, match=f"row {chain[3].seq} has been altered"):
        call_command("verify_audit")


def test_rows_cannot_be_changed_or_deleted_through_the_code(chain) -> None:
    row = chain[0]
    row.action = "export"
    with pytest.raises(PermissionError):
        row.save()
    with pytest.raises(PermissionError):
        row.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.update(action="view")


def test_looking_at_a_person_is_recorded_with_who_and_where_from(client, setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    person = factories.staff(Role.TEACHER, setting)
    sign_in(client, manager)
    client.get(reverse("people:person", args=[person.pk]), REMOTE_ADDR="10.1.2.3")
    row = AuditEvent.objects.get(action="view", object_id=str(person.pk))
    assert row.actor == manager
    assert row.ip_address == "10.1.2.3"


def test_refused_access_is_recorded(client, setting, other_setting) -> None:
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    stranger = factories.staff(Role.TEACHER, other_setting)
    sign_in(client, manager)
    response = client.get(reverse("people:person", args=[stranger.pk]))
    assert response.status_code == 403
    row = AuditEvent.objects.get(action="denied", object_id=str(stranger.pk))
    assert row.detail == {"attempted": "people.view_person"}
    assert row.actor == manager


def test_council_admin_reads_the_log_and_a_teacher_cannot(client, setting) -> None:
    admin = factories.staff(Role.COUNCIL_ADMIN, setting, council_wide=True)
    teacher = factories.staff(Role.TEACHER, setting)
    url = reverse("audit:council_log", args=[setting.council.pk])
    sign_in(client, teacher)
    assert client.get(url).status_code == 403
    sign_in(client, admin)
    response = client.get(url)
    assert response.status_code == 200
    assert "Refused access" in response.content.decode()


def test_postgresql_itself_refuses_to_change_audit_rows(chain) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the guard trigger exists on PostgreSQL only")
    from django.db import DatabaseError, transaction

    with (
        pytest.raises(DatabaseError, match="never changed or removed"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"UPDATE {TABLE} SET action = 'export' WHERE id = %s", [chain[0].pk])  # noqa: S608
