import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from audit.services import record_export, record_view
from esafety.forms import saved
from esafety.permissions import require
from esafety.rendering import markdown_to_html
from esafety.views import form_page
from people.models import Council, Setting
from policies import selectors, services
from policies.forms import PolicyForm, ScopeForm, VersionForm, WithdrawForm
from policies.models import Policy, PolicyVersion

WITHDRAW_INTRO = "The policy stops applying to anyone. Its versions and every acknowledgement are kept."
SCOPE_INTRO = (
    "Staff brought into scope must acknowledge the current version, with the full grace period "
    "counted from today. Staff taken out of scope are no longer asked; their past "
    "acknowledgements are kept. The change and its reason are shown on the policy page."
)


@login_required
def my_policies(request: HttpRequest) -> HttpResponse:
    outstanding = selectors.outstanding_for(request.user)
    waiting = {o.policy.pk for o in outstanding}
    done = [p for p in selectors.policies_for(request.user) if p.pk not in waiting]
    return render(
        request,
        "policies/mine.html",
        {
            "outstanding": outstanding,
            "done": done,
            "acknowledgements": selectors.acknowledgements_of(request.user)[:50],
        },
    )


@login_required
def policy_detail(request: HttpRequest, pk: int) -> HttpResponse:
    policy = get_object_or_404(Policy.objects.select_related("council"), pk=pk)
    require(request, "policies.view", policy)
    versions = list(selectors.versions_of(policy))
    if not versions:
        raise Http404
    current = versions[0]
    outstanding = {o.policy.pk for o in selectors.outstanding_for(request.user)}
    return render(
        request,
        "policies/detail.html",
        {
            "policy": policy,
            "current": current,
            "body": markdown_to_html(current.body_markdown),
            "versions": versions,
            "must_acknowledge": policy.pk in outstanding,
            "can_manage": request.user.has_perm("policies.manage", policy.council),
            "scope_history": selectors.scope_history(policy),
        },
    )


@login_required
@require_POST
def acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(PolicyVersion.objects.select_related("policy"), pk=pk)
    require(request, "policies.acknowledge", version)
    try:
        services.acknowledge(request.user, version)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("policies:detail", version.policy_id)
    messages.success(request, f"You have acknowledged {version.policy.title}.")
    return redirect("policies:mine")


@login_required
def version_pdf(request: HttpRequest, pk: int) -> FileResponse:
    version = get_object_or_404(PolicyVersion.objects.select_related("policy"), pk=pk)
    require(request, "policies.view", version.policy)
    if not version.pdf:
        raise Http404
    return FileResponse(version.pdf.open("rb"), content_type="application/pdf", filename=f"policy-{pk}.pdf")


@login_required
def library(request: HttpRequest, council_pk: int) -> HttpResponse:
    council = get_object_or_404(Council, pk=council_pk)
    require(request, "policies.manage", council)
    policies = Policy.objects.filter(council=council).prefetch_related("versions", "settings")
    return render(request, "policies/library.html", {"council": council, "policies": policies})


@login_required
def new_policy(request: HttpRequest, council_pk: int) -> HttpResponse:
    council = get_object_or_404(Council, pk=council_pk)
    require(request, "policies.manage", council)
    form = PolicyForm(request.POST or None, request.FILES or None, council=council)
    if request.method == "POST":
        policy = saved(
            form,
            lambda: services.publish_policy(
                council=council,
                title=form.cleaned_data["title"],
                change_summary=form.cleaned_data["change_summary"],
                published_by=request.user,
                body_markdown=form.cleaned_data["body_markdown"],
                pdf=form.cleaned_data["pdf"],
                settings_in_scope=list(form.cleaned_data["settings"]),
                roles=form.cleaned_data["roles"],
            ),
        )
        if policy:
            messages.success(request, f"{policy.title} is published.")
            return redirect("policies:detail", policy.pk)
    return form_page(request, form, caption=council, title="Publish a policy", button="Publish")


@login_required
def new_version(request: HttpRequest, pk: int) -> HttpResponse:
    policy = get_object_or_404(Policy.objects.select_related("council"), pk=pk)
    require(request, "policies.manage", policy.council)
    form = VersionForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        version = saved(
            form,
            lambda: services.publish_version(
                policy=policy,
                kind=form.cleaned_data["kind"],
                change_summary=form.cleaned_data["change_summary"],
                published_by=request.user,
                body_markdown=form.cleaned_data["body_markdown"],
                pdf=form.cleaned_data["pdf"],
            ),
        )
        if version:
            messages.success(request, f"{policy.title} {version.label} is published.")
            return redirect("policies:detail", policy.pk)
    return form_page(
        request,
        form,
        caption=policy.title,
        title="Publish a new version",
        page_title=f"New version of {policy.title}",
        button="Publish",
    )


@login_required
def change_scope(request: HttpRequest, pk: int) -> HttpResponse:
    policy = get_object_or_404(Policy.objects.select_related("council"), pk=pk)
    require(request, "policies.manage", policy.council)
    current = {"settings": policy.settings.all(), "roles": policy.roles}
    form = ScopeForm(request.POST or None, initial=current, council=policy.council)
    if request.method == "POST":
        change = saved(
            form,
            lambda: services.change_scope(
                policy,
                by=request.user,
                settings_in_scope=list(form.cleaned_data["settings"]),
                roles=form.cleaned_data["roles"],
                reason=form.cleaned_data["reason"],
            ),
        )
        if change:
            messages.success(request, f"Who {policy.title} applies to has changed.")
            return redirect("policies:detail", policy.pk)
    return form_page(
        request,
        form,
        caption=policy.title,
        title="Change who the policy applies to",
        page_title=f"Change the scope of {policy.title}",
        intro=SCOPE_INTRO,
        button="Change scope",
    )


@login_required
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    policy = get_object_or_404(Policy.objects.select_related("council"), pk=pk)
    require(request, "policies.manage", policy.council)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.withdraw_policy(policy, by=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, f"{policy.title} is withdrawn. Its history is kept.")
        return redirect("policies:library", policy.council_id)
    return form_page(
        request,
        form,
        title=f"Withdraw {policy.title}",
        intro=WITHDRAW_INTRO,
        button="Withdraw",
        warning=True,
    )


@login_required
def compliance(request: HttpRequest, setting_pk: int) -> HttpResponse:
    setting = get_object_or_404(Setting.objects.select_related("council"), pk=setting_pk)
    require(request, "policies.view_compliance", setting)
    rows = selectors.compliance_for_setting(setting)
    if request.GET.get("format") == "csv":
        record_export(setting, what="policy compliance")
        return compliance_csv(setting, rows)
    record_view(setting, what="policy compliance")
    return render(
        request,
        "policies/compliance.html",
        {"setting": setting, "rows": rows, "overall": selectors.compliance_percent(rows)},
    )


def compliance_csv(setting: Setting, rows: list[selectors.ComplianceRow]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="policy-compliance-{setting.pk}.csv"'
    writer = csv.writer(response)
    writer.writerow(["setting", "policy", "version", "person", "username", "acknowledged"])
    for row in rows:
        for person, done in [(p, "yes") for p in row.acknowledged] + [(p, "no") for p in row.outstanding]:
            writer.writerow(
                [
                    setting.name,
                    row.policy.title,
                    f"{row.version.major}.{row.version.minor}",
                    safe_cell(str(person)),
                    safe_cell(person.username),
                    done,
                ]
            )
    return response


def safe_cell(value: str) -> str:
    """Spreadsheets run cells that start with these characters as formulas."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
