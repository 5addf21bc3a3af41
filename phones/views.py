from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from audit.services import record_view
from esafety.forms import saved
from esafety.permissions import can, require
from esafety.views import form_page
from people.models import Setting
from phones import selectors, services
from phones.forms import ConcernForm, DeviceForm, ObservationForm, OutingForm, ReasonForm, ResponseForm
from phones.models import Device, LowLevelConcern, Observation, Outing

OUTING_INTRO = (
    "An outing can be marked ready only once the setting phone, its number, the emergency contact "
    "numbers and how personal numbers are kept safe are recorded."
)
DEVICE_INTRO = (
    "Only devices that belong to the setting may take images of children. "
    "Personal phones and cameras are never registered."
)
OBSERVATION_INTRO = (
    "Record what you saw, or what an inspector reported to you, so the setting manager can respond."
)
CONCERN_INTRO = "Only the setting manager and the designated safeguarding lead can see this register."


def get_setting(pk: int) -> Setting:
    return get_object_or_404(Setting.objects.select_related("council"), pk=pk)


@login_required
def hub(request: HttpRequest, setting_pk: int) -> HttpResponse:
    setting = get_setting(setting_pk)
    require(request, "phones.view_outings", setting)
    user = request.user
    return render(
        request,
        "phones/hub.html",
        {
            "setting": setting,
            "outings": selectors.outings_of(setting)[:50],
            "devices": selectors.register_of(setting),
            "observations": selectors.observations_of(setting)[:50]
            if can(user, "phones.view_observations", setting)
            else None,
            "can_manage": can(user, "phones.manage_outings", setting),
            "can_observe": can(user, "phones.record_observation", setting),
            "can_see_concerns": can(user, "phones.view_concerns", setting),
        },
    )


@login_required
def outing_form(request: HttpRequest, setting_pk: int | None = None, pk: int | None = None) -> HttpResponse:
    outing = get_object_or_404(Outing, pk=pk) if pk else None
    setting = outing.setting if outing else get_setting(setting_pk)
    require(request, "phones.manage_outings", setting)
    form = OutingForm(request.POST or None, instance=outing, setting=setting)
    if request.method == "POST":
        made = saved(
            form,
            lambda: services.save_outing(
                setting,
                by=request.user,
                outing=outing,
                staff=list(form.cleaned_data["staff"]),
                **{k: form.cleaned_data[k] for k in services.OUTING_FIELDS},
            ),
        )
        if made:
            messages.success(request, "The outing plan is saved.")
            return redirect("phones:outing", made.pk)
    return form_page(
        request,
        form,
        caption=setting,
        title="Edit the outing plan" if outing else "Plan an outing",
        intro=OUTING_INTRO,
        button="Save plan",
    )


@login_required
def outing_detail(request: HttpRequest, pk: int) -> HttpResponse:
    outing = get_object_or_404(Outing.objects.select_related("setting", "phone"), pk=pk)
    require(request, "phones.view_outings", outing)
    problems: list[str] = []
    if request.method == "POST":
        require(request, "phones.manage_outings", outing)
        try:
            services.mark_ready(outing, by=request.user)
        except ValidationError as error:
            problems = error.messages
        else:
            messages.success(request, "The outing is ready.")
            return redirect("phones:outing", outing.pk)
    return render(
        request,
        "phones/outing_detail.html",
        {
            "outing": outing,
            "problems": problems,
            "can_manage": can(request.user, "phones.manage_outings", outing),
        },
    )


@login_required
def device_new(request: HttpRequest, setting_pk: int) -> HttpResponse:
    setting = get_setting(setting_pk)
    require(request, "phones.manage_devices", setting)
    form = DeviceForm(request.POST or None)
    if request.method == "POST" and saved(
        form, lambda: services.register_device(setting, by=request.user, **form.cleaned_data)
    ):
        messages.success(request, "The device is on the register.")
        return redirect("phones:hub", setting.pk)
    return form_page(
        request,
        form,
        caption=setting,
        title="Register a device",
        intro=DEVICE_INTRO,
        button="Register device",
    )


@login_required
def device_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    device = get_object_or_404(Device.objects.select_related("setting"), pk=pk, withdrawn_at__isnull=True)
    require(request, "phones.manage_devices", device)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and saved(
        form, lambda: services.withdraw_device(device, by=request.user, reason=form.cleaned_data["reason"])
    ):
        messages.success(request, f"{device.name} is off the register. Its record is kept.")
        return redirect("phones:hub", device.setting_id)
    return form_page(
        request, form, caption=device.setting, title=f"Withdraw {device.name}", button="Withdraw"
    )


@login_required
def observation_new(request: HttpRequest, setting_pk: int) -> HttpResponse:
    setting = get_setting(setting_pk)
    require(request, "phones.record_observation", setting)
    form = ObservationForm(request.POST or None, setting=setting)
    if request.method == "POST":
        made = saved(form, lambda: services.record_observation(setting, by=request.user, **form.cleaned_data))
        if made:
            messages.success(request, "The observation is recorded. The setting manager will respond.")
            return redirect("phones:observation", made.pk)
    return form_page(
        request,
        form,
        caption=setting,
        title="Record an observation of phone use",
        intro=OBSERVATION_INTRO,
        button="Record observation",
    )


@login_required
def observation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    observation = get_object_or_404(
        Observation.objects.select_related("setting", "recorded_by", "about_staff", "responded_by"), pk=pk
    )
    require(request, "phones.view_observations", observation)
    form = ResponseForm(request.POST or None)
    if request.method == "POST":
        require(request, "phones.respond_observation", observation)
        if saved(
            form,
            lambda: services.respond_to_observation(
                observation, by=request.user, response=form.cleaned_data["response"]
            ),
        ):
            messages.success(request, "Your response is recorded.")
            return redirect("phones:observation", observation.pk)
    return render(
        request,
        "phones/observation_detail.html",
        {
            "observation": observation,
            "form": form,
            "can_respond": can(request.user, "phones.respond_observation", observation),
            "can_record_concern": observation.about_staff_id
            and can(request.user, "phones.record_concern", observation),
        },
    )


@login_required
def concerns(request: HttpRequest, setting_pk: int) -> HttpResponse:
    setting = get_setting(setting_pk)
    require(request, "phones.view_concerns", setting)
    record_view(setting, what="low-level concerns register")
    return render(
        request,
        "phones/concerns.html",
        {
            "setting": setting,
            "patterns": selectors.patterns_in(setting),
            "concerns": selectors.concerns_of(setting),
        },
    )


@login_required
def concern_new(request: HttpRequest, setting_pk: int) -> HttpResponse:
    setting = get_setting(setting_pk)
    require(request, "phones.record_concern", setting)
    observation = None
    initial = {}
    if request.GET.get("observation", "").isdigit():
        observation = get_object_or_404(Observation, pk=request.GET["observation"], setting=setting)
        initial = {
            "about_staff": observation.about_staff,
            "summary": observation.what,
            "occurred_on": observation.observed_at.date(),
        }
    form = ConcernForm(request.POST or None, initial=initial, setting=setting)
    if request.method == "POST":
        made = saved(
            form,
            lambda: services.record_concern(
                setting, by=request.user, observation=observation, **form.cleaned_data
            ),
        )
        if made:
            messages.success(request, "The low-level concern is recorded.")
            return redirect("phones:concern", made.pk)
    return form_page(
        request,
        form,
        caption=setting,
        title="Record a low-level concern",
        intro=CONCERN_INTRO,
        button="Record concern",
    )


@login_required
def concern_detail(request: HttpRequest, pk: int) -> HttpResponse:
    concern = get_object_or_404(LowLevelConcern.objects.select_related("setting", "about_staff"), pk=pk)
    require(request, "phones.view_concerns", concern)
    if request.method == "POST":
        require(request, "phones.escalate_concern", concern)
        try:
            services.escalate_concern(concern, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "An allegation case is open. The LADO route now applies.")
        return redirect("phones:concern", concern.pk)
    record_view(concern)
    others = (
        selectors.concerns_of(concern.setting).filter(about_staff=concern.about_staff).exclude(pk=concern.pk)
    )
    return render(
        request,
        "phones/concern_detail.html",
        {
            "concern": concern,
            "others": others,
            "can_escalate": can(request.user, "phones.escalate_concern", concern),
        },
    )
