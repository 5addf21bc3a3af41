"""Builders for incident tests: a submitted report, an allegation, with their people."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from incidents import services
from incidents.models import Incident
from people.models import Setting, User
from tests.vault.files import png


def report(reporter: User, setting: Setting | None = None, *, submit: bool = True, **fields) -> Incident:
    values = {
        "occurred_from": timezone.now() - timedelta(days=1),
        "channel": Incident.Channel.SOCIAL,
        "message_content": "You are useless, everyone laughs at you",
        "sender_identity": "@not_a_friend",
        "page_url": "https://social.example/posts/123?ref=share",
        "target": Incident.Target.SELF,
    }
    values.update(fields)
    incident = services.save_draft(reporter=reporter, setting=setting or reporter.setting, fields=values)
    services.add_evidence(incident, data=png(incident.pk), filename="screenshot.png", by=reporter)
    return services.submit_report(incident, by=reporter) if submit else incident
