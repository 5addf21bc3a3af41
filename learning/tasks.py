"""Background work for the learning platform."""

from celery import shared_task
from django.conf import settings
from django.urls import reverse

from accounts.tasks import send_email
from learning.models import Alert
from learning.selectors import safeguarding_leads_of


@shared_task
def notify_safeguarding_leads(alert_id: int) -> int:
    """E-mail every lead of the setting. The message names no child and quotes nothing: the
    details stay behind the sign-in, where every look is recorded."""
    alert = Alert.objects.select_related("setting").get(pk=alert_id)
    recipients = [lead.email for lead in safeguarding_leads_of(alert.setting) if lead.email]
    if not recipients:
        return 0
    link = getattr(settings, "SITE_URL", "") + reverse("learning:alert", args=[alert.pk])
    body = (
        f"Screening on the learning platform at {alert.setting.name} raised a safeguarding alert "
        f"({', '.join(c.replace('_', ' ') for c in alert.categories)}).\n\n"
        f"Sign in to eSafety to see it now: {link}\n"
    )
    send_email.delay("Safeguarding alert on the learning platform", body, recipients)
    return len(recipients)
