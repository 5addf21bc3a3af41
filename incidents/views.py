"""Pages for reporting incidents and working on cases. Each view asks the rule set, then a service."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from audit.services import record_view
from esafety.forms import add_service_errors
from esafety.permissions import can, require
from incidents import export, forms, selectors, services
from incidents.clock import CLOCK_LABELS, clock_state
from incidents.models import Alert, AllegationCase, CaseAction, EvidenceItem, Incident
from incidents.rules import TRANSITIONS, CaseMove
from people.models import Setting
from vault import services as vault
from vault.filetypes import extension_for

Status = Incident.Status


def _home_setting(request: HttpRequest) -> Setting:
    setting = request.user.setting
    require(request, "incidents.report", setting)
    return setting


def _store_report(request: HttpRequest, form: forms.ReportForm, setting: Setting, incident: Incident | None):
    """Save the draft, any evidence file and, when asked, submit: all or nothing."""
    submitting = request.POST.get("action") == "submit"
    try:
        with transaction.atomic():
            incident = services.save_draft(
                reporter=request.user, setting=setting, fields=form.report_fields(), incident=incident
            )
            upload = form.cleaned_data.get("evidence")
            if upload:
                data = _read(upload)
                services.add_evidence(incident, data=data, filename=upload.name, by=request.user)
            if submitting:
                services.submit_report(incident, by=request.user)
    except ValidationError as error:
        add_service_errors(form, error)
        return None
    return incident


def _read(upload) -> bytes:
    try:
        return vault.read_upload(upload)
    except vault.EvidenceRefused as refusal:
        raise ValidationError({"evidence": str(refusal)}) from None


@login_required
def report_new(request: HttpRequest) -> HttpResponse:
    setting = _home_setting(request)
    form = forms.ReportForm(request.POST or None, request.FILES or None, setting=setting, user=request.user)
    if request.method == "POST" and form.is_valid():
        incident = _store_report(request, form, setting, None)
        if incident:
            return _after_save(request, incident)
    return render(request, "incidents/report_form.html", {"form": form, "setting": setting})


@login_required
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_or_404(Incident, pk=pk)
    require(request, "incidents.edit_report", incident)
    form = forms.ReportForm(
        request.POST or None,
        request.FILES or None,
        instance=incident,
        setting=incident.setting,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        saved = _store_report(request, form, incident.setting, Incident.objects.get(pk=pk))
        if saved:
            return _after_save(request, saved)
    return render(
        request,
        "incidents/report_form.html",
        {"form": form, "setting": incident.setting, "incident": incident},
    )


def _after_save(request: HttpRequest, incident: Incident) -> HttpResponse:
    incident.refresh_from_db()
    if incident.status == Status.DRAFT:
        messages.success(
            request, f"Draft {incident.reference} saved. You can finish it later from Your reports."
        )
    else:
        messages.success(request, f"Report {incident.reference} sent. The safeguarding lead has been told.")
    return redirect("incidents:report", pk=incident.pk)


@login_required
def my_reports(request: HttpRequest) -> HttpResponse:
    return render(request, "incidents/my_reports.html", {"reports": selectors.reports_by(request.user)})


@login_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_or_404(Incident.objects.select_related("setting"), pk=pk)
    require(request, "incidents.view_report", incident)
    return render(
        request,
        "incidents/report_detail.html",
        {
            "incident": incident,
            "evidence": incident.evidence.select_related("log_entry__stored_object"),
            "evidence_form": forms.EvidenceForm(),
            "may_add_evidence": incident.status != Status.CLOSED,
        },
    )


@login_required
@require_POST
def add_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_or_404(Incident, pk=pk)
    if not (
        can(request.user, "incidents.view_report", incident)
        or can(request.user, "incidents.view_case", incident)
    ):
        require(request, "incidents.view_case", incident)
    form = forms.EvidenceForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["evidence"]
        try:
            with transaction.atomic():
                services.add_evidence(incident, data=_read(upload), filename=upload.name, by=request.user)
        except ValidationError as error:
            add_service_errors(form, error)
    if form.errors:
        template = "incidents/evidence_refused.html"
        return render(request, template, {"incident": incident, "evidence_form": form}, status=400)
    messages.success(request, "The file was sealed in the evidence vault.")
    if can(request.user, "incidents.view_case", incident):
        return redirect("incidents:case", pk=pk)
    return redirect("incidents:report", pk=pk)


@login_required
def evidence_download(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(
        EvidenceItem.objects.select_related("incident", "log_entry__stored_object"), pk=pk
    )
    own = can(request.user, "incidents.view_report", item.incident) and item.added_by_id == request.user.pk
    if not own:
        require(request, "incidents.view_case", item.incident)
    stored = item.log_entry.stored_object
    record_view(item, user=request.user, sha256=stored.sha256)
    response = HttpResponse(vault.open_object(stored), content_type=stored.media_type)
    name = f"{item.incident.reference}-{item.pk}{extension_for(stored.media_type)}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# --------------------------------------------------------------------------- case work


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    cases = selectors.cases_visible_to(request.user)
    status = request.GET.get("status")
    if status in Status.values:
        cases = cases.filter(status=status)
    return render(request, "incidents/case_list.html", {"cases": cases[:200], "statuses": Status.choices[1:]})


def _case_context(request: HttpRequest, incident: Incident, **forms_given) -> dict:
    moves = [
        (to, Status(to).label)
        for to in TRANSITIONS.get(incident.status, {})
        if can(request.user, "incidents.move_case", CaseMove(incident, to))
    ]
    manage = can(request.user, "incidents.manage_case", incident)
    allegation = AllegationCase.objects.filter(incident=incident).first()
    context = {
        "incident": incident,
        "allegation": allegation,
        "evidence": incident.evidence.select_related("log_entry__stored_object", "added_by"),
        "chronology": selectors.chronology(incident),
        "actions": incident.actions.select_related("assigned_to"),
        "manage": manage,
        "may_export": can(request.user, "incidents.export_case", incident),
        "move_form": forms.MoveForm(choices=moves) if moves else None,
        "investigator_form": forms.InvestigatorForm(incident=incident) if manage else None,
        "support_form": forms.SupportPersonForm() if manage else None,
        "note_form": forms.NoteForm(),
        "action_form": forms.ActionForm(incident=incident),
        "evidence_form": forms.EvidenceForm(),
        "export_form": forms.ExportForm(),
    }
    context.update(forms_given)
    return context


def _case(request: HttpRequest, pk: int, action: str = "incidents.view_case") -> Incident:
    incident = get_object_or_404(
        Incident.objects.select_related("setting", "reporter", "investigator"), pk=pk
    )
    require(request, action, incident)
    return incident


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _case(request, pk)
    record_view(incident, user=request.user)
    return render(request, "incidents/case_detail.html", _case_context(request, incident))


def _case_post(
    request: HttpRequest, pk: int, form_name: str, form, write, action: str = "incidents.view_case"
):
    incident = _case(request, pk, action)
    if form.is_valid():
        try:
            with transaction.atomic():
                write(incident, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Saved.")
            return redirect("incidents:case", pk=pk)
    return render(
        request,
        "incidents/case_detail.html",
        _case_context(request, incident, **{form_name: form}),
        status=400,
    )


@login_required
@require_POST
def case_move(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _case(request, pk)
    to_status = request.POST.get("to_status", "")
    require(request, "incidents.move_case", CaseMove(incident, to_status))
    form = forms.MoveForm(request.POST, choices=[(to_status, to_status)])
    return _case_post(
        request,
        pk,
        "move_form",
        form,
        lambda case, data: services.move_case(
            case, data["to_status"], by=request.user, reason=data["reason"], outcome=data["outcome"]
        ),
    )


@login_required
@require_POST
def case_assign(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _case(request, pk, "incidents.manage_case")
    form = forms.InvestigatorForm(request.POST, incident=incident)
    return _case_post(
        request,
        pk,
        "investigator_form",
        form,
        lambda case, data: services.assign_investigator(case, data["investigator"], by=request.user),
        "incidents.manage_case",
    )


@login_required
@require_POST
def case_support(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_post(
        request,
        pk,
        "support_form",
        forms.SupportPersonForm(request.POST),
        lambda case, data: services.record_support_person(
            case, name=data["name"], kind=data["kind"], by=request.user
        ),
        "incidents.manage_case",
    )


@login_required
@require_POST
def case_note(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_post(
        request,
        pk,
        "note_form",
        forms.NoteForm(request.POST),
        lambda case, data: services.add_note(case, text=data["text"], by=request.user),
    )


@login_required
@require_POST
def case_action(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _case(request, pk)
    return _case_post(
        request,
        pk,
        "action_form",
        forms.ActionForm(request.POST, incident=incident),
        lambda case, data: services.add_action(
            case,
            description=data["description"],
            due_on=data["due_on"],
            assigned_to=data["assigned_to"],
            by=request.user,
        ),
    )


@login_required
@require_POST
def action_done(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_object_or_404(CaseAction.objects.select_related("incident"), pk=pk)
    if action.assigned_to_id != request.user.pk:
        require(request, "incidents.view_case", action.incident)
    services.complete_action(action, by=request.user)
    messages.success(request, "Action marked as done.")
    if can(request.user, "incidents.view_case", action.incident):
        return redirect("incidents:case", pk=action.incident_id)
    return redirect("home")


@login_required
@require_POST
def case_export(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _case(request, pk, "incidents.export_case")
    form = forms.ExportForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "incidents/case_detail.html",
            _case_context(request, incident, export_form=form),
            status=400,
        )
    name, data = export.export_case(incident, variant=form.cleaned_data["variant"], by=request.user)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# --------------------------------------------------------------------------- allegations


@login_required
def allegation_list(request: HttpRequest) -> HttpResponse:
    rows = [
        (allegation, CLOCK_LABELS[_state(allegation)], _state(allegation))
        for allegation in selectors.allegations_visible_to(request.user)[:200]
    ]
    return render(request, "incidents/allegation_list.html", {"rows": rows})


def _state(allegation: AllegationCase) -> str:
    from django.utils import timezone

    return clock_state(
        due_at=allegation.referral_due_at, referred_at=allegation.referred_at, now=timezone.now()
    )


def _allegation(request: HttpRequest, pk: int, action: str = "incidents.view_allegation") -> AllegationCase:
    allegation = get_object_or_404(
        AllegationCase.objects.select_related("setting", "about_staff", "raised_by", "incident"), pk=pk
    )
    require(request, action, allegation)
    return allegation


def _allegation_page(
    request: HttpRequest, allegation: AllegationCase, status: int = 200, **given
) -> HttpResponse:
    state = _state(allegation)
    context = {
        "allegation": allegation,
        "state": state,
        "state_label": CLOCK_LABELS[state],
        "accesses": allegation.accesses.select_related("user", "granted_by"),
        "referral_form": forms.ReferralForm()
        if allegation.referred_at is None and can(request.user, "incidents.record_referral", allegation)
        else None,
        "grant_form": forms.GrantForm(allegation=allegation)
        if can(request.user, "incidents.grant_allegation_access", allegation)
        else None,
        "birth_form": forms.DateOfBirthForm()
        if can(request.user, "incidents.grant_allegation_access", allegation)
        else None,
    }
    context.update(given)
    return render(request, "incidents/allegation_detail.html", context, status=status)


@login_required
def allegation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    allegation = _allegation(request, pk)
    record_view(allegation, user=request.user)
    for alert in Alert.objects.filter(recipient=request.user, allegation=allegation, read_at__isnull=True):
        services.mark_alert_read(alert)
    return _allegation_page(request, allegation)


@login_required
@require_POST
def allegation_referral(request: HttpRequest, pk: int) -> HttpResponse:
    allegation = _allegation(request, pk, "incidents.record_referral")
    form = forms.ReferralForm(request.POST)
    if form.is_valid():
        try:
            services.record_referral(
                allegation,
                by=request.user,
                referred_by=request.user,
                referred_at=form.cleaned_data["referred_at"],
                reference=form.cleaned_data["reference"],
                officer=form.cleaned_data["officer"],
                advice=form.cleaned_data["advice"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Referral to the LADO recorded.")
            return redirect("incidents:allegation", pk=pk)
    return _allegation_page(request, allegation, 400, referral_form=form)


@login_required
@require_POST
def allegation_grant(request: HttpRequest, pk: int) -> HttpResponse:
    allegation = _allegation(request, pk, "incidents.grant_allegation_access")
    form = forms.GrantForm(request.POST, allegation=allegation)
    if form.is_valid():
        try:
            services.grant_allegation_access(
                allegation, form.cleaned_data["user"], by=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{form.cleaned_data['user']} can now see this allegation.")
            return redirect("incidents:allegation", pk=pk)
    return _allegation_page(request, allegation, 400, grant_form=form)


@login_required
@require_POST
def allegation_date_of_birth(request: HttpRequest, pk: int) -> HttpResponse:
    allegation = _allegation(request, pk, "incidents.grant_allegation_access")
    form = forms.DateOfBirthForm(request.POST)
    if form.is_valid():
        try:
            services.record_accused_date_of_birth(
                allegation, form.cleaned_data["date_of_birth"], by=request.user
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Date of birth recorded; the retention date has been worked out again.")
            return redirect("incidents:allegation", pk=pk)
    return _allegation_page(request, allegation, 400, birth_form=form)


# --------------------------------------------------------------------------- retention


@login_required
def retention_list(request: HttpRequest, setting_pk: int) -> HttpResponse:
    setting = get_object_or_404(Setting, pk=setting_pk)
    require(request, "incidents.review_retention", setting)
    return _retention_page(request, setting)


def _retention_page(request: HttpRequest, setting: Setting, bound=None, status: int = 200) -> HttpResponse:
    due = selectors.retention_reviews_due(Setting.objects.filter(pk=setting.pk))
    reviews = []
    for kind, records in (("incident", due["incidents"]), ("allegation", due["allegations"])):
        for record in records:
            prefix = f"{kind}-{record.pk}"
            form = (
                bound if bound is not None and bound.prefix == prefix else forms.RetentionForm(prefix=prefix)
            )
            reviews.append((kind, record, form))
    return render(
        request, "incidents/retention_list.html", {"setting": setting, "reviews": reviews}, status=status
    )


@login_required
@require_POST
def retention_decide(request: HttpRequest, setting_pk: int, kind: str, pk: int) -> HttpResponse:
    setting = get_object_or_404(Setting, pk=setting_pk)
    require(request, "incidents.review_retention", setting)
    model = {"incident": Incident, "allegation": AllegationCase}.get(kind)
    if model is None:
        raise Http404
    record = get_object_or_404(model, pk=pk, setting=setting)
    form = forms.RetentionForm(request.POST, prefix=f"{kind}-{pk}")
    if form.is_valid():
        try:
            services.decide_retention(
                **{kind: record},
                decision=form.cleaned_data["decision"],
                reason=form.cleaned_data["reason"],
                next_review_on=form.cleaned_data["next_review_on"],
                by=request.user,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Decision on {record.reference} recorded.")
            return redirect("incidents:retention", setting_pk=setting.pk)
    return _retention_page(request, setting, form, status=400)
