from people.roles import Role
from policies import selectors, services
from tests import factories
from tests.policies.factories import age, policy


def test_grace_period_then_overdue(setting, settings) -> None:
    settings.POLICY_GRACE_DAYS = 14
    employee = factories.staff(Role.TEACHER, setting)
    conduct = policy(setting.council)
    age(13, policies=[conduct], people=[employee])
    assert not selectors.is_blocked(selectors.outstanding_for(employee))
    age(15, policies=[conduct], people=[employee])
    assert selectors.is_blocked(selectors.outstanding_for(employee))


def test_a_newcomer_gets_the_full_grace_period(setting, settings) -> None:
    settings.POLICY_GRACE_DAYS = 14
    conduct = policy(setting.council)
    age(100, policies=[conduct])
    newcomer = factories.staff(Role.TEACHER, setting)
    assert not selectors.is_blocked(selectors.outstanding_for(newcomer))


def test_compliance_per_policy(setting) -> None:
    done, waiting = factories.staff(Role.TEACHER, setting), factories.staff(Role.TEACHER, setting)
    manager = factories.staff(Role.SETTING_MANAGER, setting)
    conduct = policy(setting.council)
    policy(setting.council, "Managers", roles=[Role.SETTING_MANAGER])
    services.acknowledge(done, selectors.current_version(conduct))
    rows = {r.policy.title: r for r in selectors.compliance_for_setting(setting)}
    assert rows["Code of conduct"].acknowledged == [done]
    assert set(rows["Code of conduct"].outstanding) == {waiting, manager}
    assert rows["Code of conduct"].percent == 33
    assert rows["Managers"].outstanding == [manager]
    assert selectors.compliance_percent(list(rows.values())) == 25
