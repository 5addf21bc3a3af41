"""Export bundles for the police, the LADO or a service provider.

A bundle is the vault's self-verifying ZIP plus a PDF summary of the case and its chronology.
The service-provider variant carries only what a provider needs to find and remove content
(web address, dates, sender's account, screenshots), never the child's or reporter's details.
"""

from __future__ import annotations

import hashlib
from xml.sax.saxutils import escape

from django.db import transaction
from django.utils import timezone

from audit.services import record_export
from incidents import selectors
from incidents.models import CaseExport, EvidenceItem, Incident
from people.models import User
from vault import keys
from vault import services as vault
from vault.bundle import ExtraDocument, build_bundle

Variant = CaseExport.Variant
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")


def exported_items(incident: Incident, variant: str) -> list[EvidenceItem]:
    items = incident.evidence.select_related("log_entry__stored_object")
    if variant == Variant.PROVIDER:
        items = items.filter(
            kind=EvidenceItem.Kind.FILE, log_entry__stored_object__media_type__in=IMAGE_TYPES
        )
    return list(items)


@transaction.atomic
def export_case(incident: Incident, *, variant: str, by: User) -> tuple[str, bytes]:
    """Build the bundle, record who exported what, and return (file name, ZIP bytes)."""
    if variant not in Variant.values:
        raise ValueError(f"unknown export variant {variant!r}")
    checkpoint = vault.current_checkpoint()
    items = exported_items(incident, variant)
    now = timezone.now()
    summary = ExtraDocument(
        "summary.pdf",
        summary_pdf(incident, variant, items, now),
        "application/pdf",
        "Case summary and chronology",
    )
    zipped = build_bundle(
        case_ref=incident.reference,
        created_at=now,
        evidence=vault.evidence_files([item.log_entry for item in items], checkpoint),
        checkpoint_note=checkpoint.note,
        signing_key=keys.signing_key(),
        documents=[summary],
    )
    export = CaseExport.objects.create(
        incident=incident,
        variant=variant,
        made_by=by,
        made_at=now,
        sha256=hashlib.sha256(zipped).hexdigest(),
        size=len(zipped),
        tree_size=checkpoint.tree_size,
    )
    record_export(incident, user=by, variant=variant, export_id=export.pk, files=len(items))
    return f"{incident.reference}-{variant}-{now:%Y%m%d-%H%M}.zip", zipped


def summary_pdf(incident: Incident, variant: str, items: list[EvidenceItem], now) -> bytes:
    from io import BytesIO

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    buffer = BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=f"Case {incident.reference}", author="eSafety")

    def para(text: str, style: str = "BodyText") -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), styles[style])

    story = [
        para(f"Case {incident.reference}", "Title"),
        para(f"Prepared {timezone.localtime(now):%-d %B %Y %H:%M} for: {Variant(variant).label}"),
        Spacer(1, 12),
    ]
    rows = [[para(label), para(value)] for label, value in summary_rows(incident, variant)]
    table = Table(rows, colWidths=[140, 340])
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    story += [table, Spacer(1, 12), para("Evidence in this bundle", "Heading2")]
    for item in items:
        stored = item.log_entry.stored_object
        story.append(
            para(
                f"Log entry {item.log_entry.index}: {stored.media_type}, {stored.size} bytes, "
                f"SHA-256 {stored.sha256}"
            )
        )
    if not items:
        story.append(para("No evidence files."))
    if variant != Variant.PROVIDER:
        story.append(para("Chronology", "Heading2"))
        for event in selectors.chronology(incident):
            when = timezone.localtime(event.at).strftime("%-d %b %Y %H:%M")
            line = f"{when} — {event.what}" + (f" — {event.by}" if event.by else "")
            story.append(para(line + (f": {event.detail}" if event.detail else "")))
    story += [
        Spacer(1, 12),
        para(
            "Every evidence file is listed in manifest.json with its log entry and a proof that the entry is "
            "in the signed log state in checkpoint.txt. Run esafety-verify on the ZIP to check it offline."
        ),
    ]
    document.build(story)
    return buffer.getvalue()


def summary_rows(incident: Incident, variant: str) -> list[tuple[str, str]]:
    def when(moment) -> str:
        return timezone.localtime(moment).strftime("%-d %B %Y %H:%M") if moment else "Not known"

    rows = [
        ("Reference", incident.reference),
        (
            "Happened",
            when(incident.occurred_from)
            + (f" to {when(incident.occurred_to)}" if incident.occurred_to else ""),
        ),
        ("Channel", incident.get_channel_display()),
        ("Web address", incident.page_url or "Not given"),
        ("Sender's identity or account", incident.sender_identity or "Not known"),
        ("Reported", when(incident.submitted_at)),
    ]
    if variant == Variant.PROVIDER:
        return rows
    rows += [
        ("Setting", incident.setting.name),
        ("Reported by", str(incident.reporter)),
        ("Who was targeted", f"{incident.get_target_display()} {incident.target_description}".strip()),
        ("What the messages said", incident.message_content or "See the evidence files."),
        ("Status", incident.get_status_display()),
        ("Outcome", incident.outcome or "Not yet recorded"),
    ]
    if incident.pupil:
        rows.append(("Pupil concerned", str(incident.pupil)))
    if incident.support_person_name:
        rows.append(
            (
                "Support person",
                f"{incident.support_person_name} ({incident.get_support_person_kind_display()})",
            )
        )
    return rows
