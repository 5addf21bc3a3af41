from django.core import mail

from learning import services
from learning.models import Alert
from learning.tasks import notify_safeguarding_leads
from people.roles import Role
from tests import factories
from tests.learning.conftest import screened_as


def test_every_active_lead_with_an_address_is_told_without_the_childs_details(task, pupil, setting) -> None:
    leads = [factories.staff(Role.DSL, setting) for _ in range(2)]
    factories.staff(Role.DSL, setting, email="")
    factories.staff(Role.DSL, setting, is_active=False)
    comment = services.post_comment(task=task, author=pupil, text=screened_as("hold", alert=True)).comment
    mail.outbox.clear()
    assert notify_safeguarding_leads(Alert.objects.get(comment=comment).pk) == 2
    assert sorted(mail.outbox[0].to) == sorted(lead.email for lead in leads)
    body = mail.outbox[0].body
    assert f"/learning/alerts/{comment.alert.pk}/" in body
    assert comment.text not in body and pupil.get_full_name() not in body


def test_no_lead_no_mail(task, pupil) -> None:
    comment = services.post_comment(task=task, author=pupil, text=screened_as("hold", alert=True)).comment
    assert notify_safeguarding_leads(comment.alert.pk) == 0
    assert mail.outbox == []
