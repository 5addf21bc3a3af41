from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from audit.services import record_view
from declarations import selectors, services
from declarations.forms import AcknowledgeForm, AttestationForm, DeclarationForm
from declarations.models import Declaration
from esafety.forms import saved
from esafety.permissions import require
from esafety.views import form_page

DECLARATION_INTRO = (
    "Use this when a current or former service user contacts you on social media or any other "
    "electronic medium. Your declaration goes to your line manager."
)
ATTESTATION_INTRO = (
    "Once a year, confirm that the social networks you use keep your personal information away "
    "from service users and the public."
)


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    require(request, "declarations.file")
    visible = selectors.visible_declarations(request.user)
    return render(
        request,
        "declarations/overview.html",
        {
            "mine": visible.filter(declarant=request.user),
            "for_me": visible.exclude(declarant=request.user)[:200],
            "latest_attestation": selectors.latest_attestation(request.user),
            "attestation_due": selectors.attestation_due(request.user),
        },
    )


@login_required
def new_declaration(request: HttpRequest) -> HttpResponse:
    require(request, "declarations.file")
    form = DeclarationForm(request.POST or None)
    if request.method == "POST":
        declaration = saved(form, lambda: services.file_declaration(request.user, **form.cleaned_data))
        if declaration:
            messages.success(request, "Your declaration has been sent to your line manager.")
            return redirect("declarations:detail", declaration.pk)
    return form_page(
        request,
        form,
        title="Declare a contact with a service user",
        intro=DECLARATION_INTRO,
        button="Send declaration",
    )


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = get_object_or_404(
        Declaration.objects.select_related("declarant", "setting", "line_manager", "acknowledged_by"), pk=pk
    )
    require(request, "declarations.view", declaration)
    if request.user.pk != declaration.declarant_id:
        record_view(declaration)
    may_acknowledge = request.user.has_perm("declarations.acknowledge", declaration)
    form = AcknowledgeForm(request.POST or None)
    if request.method == "POST":
        require(request, "declarations.acknowledge", declaration)
        if saved(
            form,
            lambda: services.acknowledge_declaration(
                declaration, by=request.user, action=form.cleaned_data["action"]
            ),
        ):
            messages.success(request, "You have acknowledged the declaration.")
            return redirect("declarations:detail", declaration.pk)
    return render(
        request,
        "declarations/detail.html",
        {"declaration": declaration, "form": form, "may_acknowledge": may_acknowledge},
    )


@login_required
def new_attestation(request: HttpRequest) -> HttpResponse:
    require(request, "declarations.file")
    form = AttestationForm(request.POST or None)
    if request.method == "POST" and saved(
        form,
        lambda: services.attest_privacy(
            request.user, ticked=set(form.cleaned_data["checklist"]), note=form.cleaned_data["note"]
        ),
    ):
        messages.success(request, "Thank you: your privacy attestation is recorded for this year.")
        return redirect("declarations:overview")
    return form_page(
        request, form, title="Confirm your privacy settings", intro=ATTESTATION_INTRO, button="Confirm"
    )
