"""Demonstration cases on top of the people from `load_demo`: call `load_incident_demo()`.

Everything goes through the services, so the demo evidence is really sealed in the vault and
the log, and `verify_vault` passes on the demo database.
"""

from __future__ import annotations

import struct
import zlib
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from incidents import services
from incidents.models import Incident
from people.models import User


def _screenshot(width: int = 240, height: int = 120) -> bytes:
    """A plain grey PNG with a dark band, standing in for a phone screenshot."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(
        b"\x00" + (bytes([40, 40, 60]) if 40 <= y < 70 else bytes([225, 228, 232])) * width
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@transaction.atomic
def load_incident_demo() -> list[str]:
    """Add demo reports, a case under investigation, an allegation and an escalated comment."""
    people = {user.username: user for user in User.objects.filter(username__in=_USERNAMES)}
    missing = sorted(set(_USERNAMES) - set(people))
    if missing:
        raise ValueError(f"Load the people demo first (missing: {', '.join(missing)})")
    teacher, dsl, head, hr = people["teacher"], people["dsl"], people["head"], people["hr"]
    school = teacher.setting
    now = timezone.now()
    made = []

    first = services.save_draft(
        reporter=teacher,
        setting=school,
        fields={
            "occurred_from": now - timedelta(days=3, hours=5),
            "occurred_to": now - timedelta(days=2),
            "channel": Incident.Channel.SOCIAL,
            "message_content": "Posts calling me names under a photo of the staff room, with mocking replies",
            "sender_identity": "Account @staffroom_spy (profile has no real name)",
            "page_url": "https://social.example/staffroom_spy/posts/88123?comment=4411",
            "target": Incident.Target.SELF,
        },
    )
    services.add_evidence(first, data=_screenshot(), filename="post-screenshot.png", by=teacher)
    services.submit_report(first, by=teacher)
    services.move_case(first, Incident.Status.TRIAGE, by=hr, reason="Staff complaint: HR to lead")
    services.assign_investigator(first, head, by=hr)
    services.record_support_person(first, name="Sam Rivers", kind=Incident.SupportKind.UNION, by=hr)
    services.move_case(first, Incident.Status.INVESTIGATING, by=hr)
    services.add_action(
        first,
        description="Ask the site to remove the post, quoting the full web address",
        due_on=timezone.localdate() + timedelta(days=2),
        assigned_to=head,
        by=hr,
    )
    made.append(first.reference)

    draft = services.save_draft(
        reporter=teacher,
        setting=school,
        fields={"channel": Incident.Channel.TEXT, "message_content": "Texts from an unknown number (draft)."},
    )
    made.append(draft.reference)

    accused = people["practitioner"]
    allegation_report = services.save_draft(
        reporter=people["nursery.manager"],
        setting=accused.setting,
        fields={
            "occurred_from": now - timedelta(hours=6),
            "channel": Incident.Channel.SOCIAL,
            "message_content": "A parent showed me a photo of a child from our room on a personal account.",
            "target": Incident.Target.PUPIL,
            "alleges_staff_harm": True,
            "accused_staff": accused,
        },
    )
    services.submit_report(allegation_report, by=people["nursery.manager"])
    made.append(allegation_report.reference)

    pupil = User.objects.filter(group__setting=school).order_by("username").first()
    escalated = services.create_incident_from_comment(
        comment_text="nobody in this class wants you on the team",
        context={
            "task_title": "Plan a class sports day",
            "comment_time": (now - timedelta(hours=20)).isoformat(),
            "author_username": "ben.c",
            "class": "Class 4 Oak",
            "verdict": {"label": "bullying", "held": True},
        },
        pupil=pupil,
        setting=school,
        escalated_by=teacher,
        reason="Exclusion aimed at a classmate",
    )
    made.append(escalated.reference)
    services.add_note(escalated, text="Spoke to both pupils with the class teacher.", by=dsl)
    return made


_USERNAMES = ("teacher", "dsl", "head", "hr", "practitioner", "nursery.manager")
