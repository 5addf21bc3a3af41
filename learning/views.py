"""Pages of the learning platform. Each view checks the rule, calls a service or selector, renders."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from audit.services import record_export, record_view
from esafety.charts import bar_chart
from esafety.permissions import can, require
from learning import forms, selectors, services
from learning.aup import RULE_ORDER
from learning.display import highlighted, slips_response
from learning.models import Alert, AllowedPhrase, Comment, Task
from learning.pupil_accounts import read_class_list
from learning.rules import moderates
from people.models import Group, Setting, User
from people.roles import Role


def data_of(request: HttpRequest):
    """The submitted form data, or None on a GET (an empty submission still counts as one)."""
    return request.POST if request.method == "POST" else None


def error_messages(error: ValidationError) -> list[str]:
    return list(error.messages)


def add_errors(form, error: ValidationError) -> None:
    for message in error_messages(error):
        form.add_error(None, message)


# --- the Acceptable Usage Policy --------------------------------------------------------------


@login_required
def rules(request: HttpRequest) -> HttpResponse:
    """The pupil's policy page: read it (or hear it read), then agree."""
    policy = selectors.current_policy(request.user.setting_id)
    if policy is None:
        raise Http404("No usage policy has been written yet.")
    next_url = request.POST.get("next") or request.GET.get("next") or reverse("home")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure()):
        next_url = reverse("home")
    accepted = request.user.is_pupil and selectors.has_accepted(request.user, policy)
    if request.method == "POST":
        if not request.user.is_pupil:
            raise PermissionDenied
        services.accept_usage_policy(pupil=request.user, policy=policy)
        messages.success(request, "Thank you for agreeing to our rules.")
        return redirect(next_url)
    return render(
        request,
        "learning/rules.html",
        {"policy": policy, "accepted": accepted, "next": next_url, "rule_names": RULE_ORDER},
    )


@login_required
def setting_rules(request: HttpRequest, pk: int) -> HttpResponse:
    setting = get_object_or_404(Setting, pk=pk)
    require(request, "learning.manage_aup", setting)
    form = forms.UsagePolicyForm(data_of(request))
    if request.method == "POST" and form.is_valid():
        policy = services.publish_usage_policy(setting=setting, by=request.user, **form.cleaned_data)
        messages.success(
            request, f"Version {policy.version} is published. Every pupil must agree to it again."
        )
        return redirect("learning:setting_rules", pk=setting.pk)
    current = selectors.current_policy(setting.pk)
    if current and not form.is_bound:
        form = forms.UsagePolicyForm(
            initial={"title": current.title, "summary": current.summary, "body": current.body}
        )
    groups = [(g, selectors.pupils_not_accepted(g)) for g in setting.groups.all()]
    return render(
        request,
        "learning/setting_rules.html",
        {
            "setting": setting,
            "form": form,
            "versions": setting.usage_policies.all(),
            "current": current,
            "groups": groups,
        },
    )


# --- tasks and comments -----------------------------------------------------------------------


@login_required
def learning_home(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.is_pupil:
        return render(request, "learning/pupil_tasks.html", {"tasks": selectors.tasks_for_pupil(user)})
    return render(request, "learning/staff_classes.html", {"groups": selectors.classes_for_staff(user)})


def task_for(request: HttpRequest, pk: int) -> Task:
    task = get_object_or_404(Task.objects.select_related("group__setting"), pk=pk)
    require(request, "learning.view_task", task)
    return task


@login_required
def task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    task = task_for(request, pk)
    user = request.user
    if not user.is_pupil:
        return render(
            request,
            "learning/task_staff.html",
            {
                "task": task,
                "comments": selectors.comments_for_staff(task),
                "can_moderate": moderates(user, task.group),
            },
        )
    form = forms.CommentForm(data_of(request))
    blocked = None
    if request.method == "POST":
        require(request, "learning.post_comment", task)
        if form.is_valid():
            try:
                outcome = services.post_comment(task=task, author=user, text=form.cleaned_data["text"])
            except ValidationError as error:
                add_errors(form, error)
            else:
                if outcome.comment.status != Comment.Status.BLOCKED:
                    messages.success(request, outcome.message)
                    return redirect("learning:task", pk=task.pk)
                blocked = outcome
                form = forms.CommentForm()
    return render(
        request,
        "learning/task_pupil.html",
        {
            "task": task,
            "comments": selectors.comments_for_pupil(task, user),
            "form": form,
            "can_post": can(user, "learning.post_comment", task),
            "blocked": blocked,
        },
    )


@login_required
def report_comment(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment.objects.select_related("task__group__setting", "author"), pk=pk)
    require(request, "learning.report_comment", comment)
    form = forms.ReportForm(data_of(request))
    if request.method == "POST" and form.is_valid():
        services.report_comment(comment=comment, by=request.user, note=form.cleaned_data["note"])
        messages.success(request, "Thank you for telling us. A teacher will look at it soon.")
        return redirect("learning:task", pk=comment.task_id)
    return render(request, "learning/report.html", {"comment": comment, "form": form})


# --- classes and pupils' accounts -------------------------------------------------------------


def group_for(request: HttpRequest, pk: int, action: str) -> Group:
    group = get_object_or_404(Group.objects.select_related("setting"), pk=pk)
    require(request, action, group)
    return group


@login_required
def class_page(request: HttpRequest, pk: int) -> HttpResponse:
    group = group_for(request, pk, "learning.view_class")
    return render(
        request,
        "learning/class.html",
        {
            "group": group,
            "overview": selectors.class_overview(group),
            "chart": bar_chart(
                "flagged-per-day",
                f"Flagged comments per day for {group.name}",
                [(day.strftime("%-d %b"), count) for day, count in selectors.flagged_per_day(group)],
                unit="flagged",
            ),
            "tasks": selectors.tasks_for_class(group),
            "pupils": selectors.pupils_with_acceptance(group),
            "policy": selectors.current_policy(group.setting_id),
            "can_manage_accounts": can(request.user, "learning.manage_accounts", group),
            "can_set_tasks": can(request.user, "learning.set_tasks", group),
        },
    )


def sign_in_url(request: HttpRequest) -> str:
    return request.build_absolute_uri(reverse("accounts:sign_in"))


@login_required
def import_pupils(request: HttpRequest, pk: int) -> HttpResponse:
    group = group_for(request, pk, "learning.manage_accounts")
    form = forms.ClassListForm(data_of(request), request.FILES if request.method == "POST" else None)
    class_list = None
    if request.method == "POST" and form.is_valid():
        class_list = read_class_list(form.cleaned_data["content"])
        for problem in class_list.errors:
            form.add_error(None, problem)
        if class_list.ok:
            slips = services.import_pupils(group=group, class_list=class_list)
            record_export(group, what="credential slips", pupils=len(slips))
            return slips_response(
                slips,
                sign_in_url=sign_in_url(request),
                school=group.setting.name,
                filename=f"sign-in-slips-{group.pk}.pdf",
            )
    return render(
        request, "learning/import_pupils.html", {"group": group, "form": form, "class_list": class_list}
    )


def pupil_for(request: HttpRequest, pk: int) -> User:
    pupil = get_object_or_404(User.objects.select_related("group__setting"), pk=pk, group__isnull=False)
    if not pupil.is_pupil:
        raise Http404
    require(request, "learning.manage_accounts", pupil.group)
    return pupil


def movable_groups(request: HttpRequest, pupil: User):
    others = Group.objects.filter(setting=pupil.group.setting).exclude(pk=pupil.group_id)
    return others.filter(pk__in=[g.pk for g in others if can(request.user, "learning.manage_accounts", g)])


@login_required
def pupil_account(request: HttpRequest, pk: int) -> HttpResponse:
    pupil = pupil_for(request, pk)
    record_view(pupil)
    form = forms.MovePupilForm(groups=movable_groups(request, pupil))
    return render(request, "learning/pupil_account.html", {"pupil": pupil, "move_form": form})


@login_required
@require_POST
def reset_password(request: HttpRequest, pk: int) -> HttpResponse:
    pupil = pupil_for(request, pk)
    slip = services.reset_password(pupil)
    record_export(pupil, what="new credential slip")
    return slips_response(
        [slip],
        sign_in_url=sign_in_url(request),
        school=pupil.setting.name,
        filename=f"sign-in-slip-{pupil.pk}.pdf",
    )


@login_required
@require_POST
def switch_account(request: HttpRequest, pk: int) -> HttpResponse:
    pupil = pupil_for(request, pk)
    active = request.POST.get("active") == "1"
    services.set_account_active(pupil, active=active)
    messages.success(request, f"{pupil.get_full_name()} can {'now' if active else 'no longer'} sign in.")
    return redirect("learning:pupil", pk=pupil.pk)


@login_required
@require_POST
def move_pupil(request: HttpRequest, pk: int) -> HttpResponse:
    pupil = pupil_for(request, pk)
    form = forms.MovePupilForm(request.POST, groups=movable_groups(request, pupil))
    if form.is_valid():
        services.move_pupil(pupil, form.cleaned_data["group"])
        messages.success(request, f"{pupil.get_full_name()} is now in {form.cleaned_data['group'].name}.")
        return redirect("learning:class", pk=form.cleaned_data["group"].pk)
    return render(request, "learning/pupil_account.html", {"pupil": pupil, "move_form": form}, status=400)


@login_required
def new_task(request: HttpRequest, pk: int) -> HttpResponse:
    group = group_for(request, pk, "learning.set_tasks")
    form = forms.TaskForm(data_of(request))
    if request.method == "POST" and form.is_valid():
        task = services.create_task(group=group, by=request.user, **form.cleaned_data)
        messages.success(request, f"“{task.title}” is set for {group.name}.")
        return redirect("learning:task", pk=task.pk)
    return render(request, "learning/task_form.html", {"group": group, "form": form})


# --- moderation -------------------------------------------------------------------------------


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    if not request.user.has_role(Role.TEACHER):
        raise PermissionDenied
    items = [(c, highlighted(c.text, c.categories)) for c in selectors.queue_for(request.user)[:200]]
    return render(request, "learning/queue.html", {"items": items})


def comment_for(request: HttpRequest, pk: int) -> Comment:
    comment = get_object_or_404(
        Comment.objects.select_related("task__group__setting", "author", "moderated_by"), pk=pk
    )
    require(request, "learning.moderate", comment)
    return comment


@login_required
def comment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    comment = comment_for(request, pk)
    record_view(comment)
    return render(request, "learning/comment.html", comment_context(request, comment))


def comment_context(request: HttpRequest, comment: Comment, **forms_given) -> dict:
    return {
        "comment": comment,
        "segments": highlighted(comment.text, comment.categories),
        "events": comment.events.select_related("by"),
        "reports": comment.reports.select_related("reported_by", "closed_by"),
        "approve_form": forms_given.get("approve") or forms.ApproveForm(prefix="approve"),
        "remove_form": forms_given.get("remove") or forms.ReasonForm(prefix="remove"),
        "restore_form": forms_given.get("restore") or forms.ReasonForm(prefix="restore"),
        "escalate_form": forms_given.get("escalate") or forms.ReasonForm(prefix="escalate"),
        "can_tune": can(request.user, "learning.tune_screening", comment.task.group.setting),
    }


MODERATION_DONE = {
    "approve": "The comment is shown to the class.",
    "remove": "The comment is hidden from pupils. It is kept with your reason.",
    "restore": "The comment is shown to the class again.",
    "escalate": "An incident has been opened with this comment as evidence.",
}


@login_required
@require_POST
def moderate_comment(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    comment = comment_for(request, pk)
    if action not in MODERATION_DONE:
        raise Http404
    form_class = forms.ApproveForm if action == "approve" else forms.ReasonForm
    form = form_class(request.POST, prefix=action)
    if form.is_valid():
        try:
            services.moderate_by_action(action, comment=comment, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, MODERATION_DONE[action])
            if request.user.has_role(Role.TEACHER, comment.task.group.setting):
                return redirect("learning:queue")
            return redirect("learning:comment", pk=comment.pk)
    return render(
        request, "learning/comment.html", comment_context(request, comment, **{action: form}), status=400
    )


# --- tuning screening -------------------------------------------------------------------------


@login_required
def screening_report(request: HttpRequest, pk: int) -> HttpResponse:
    setting = get_object_or_404(Setting, pk=pk)
    require(request, "learning.tune_screening", setting)
    from_comment = None
    if request.GET.get("comment") or request.POST.get("from_comment"):
        from_comment = get_object_or_404(
            Comment.objects.filter(task__group__setting=setting),
            pk=request.GET.get("comment") or request.POST.get("from_comment"),
        )
    form = forms.AllowedPhraseForm(data_of(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.add_allowed_phrase(
                setting=setting, by=request.user, from_comment=from_comment, **form.cleaned_data
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, "Screening will allow that phrase in your setting from now on.")
            return redirect("learning:screening", pk=setting.pk)
    return render(
        request,
        "learning/screening.html",
        {
            "setting": setting,
            "false_positives": selectors.false_positives_in(setting),
            "allowed": selectors.allowed_phrases_in_force(setting).select_related("added_by", "from_comment"),
            "form": form,
            "from_comment": from_comment,
        },
    )


@login_required
def screening_lines(request: HttpRequest, pk: int) -> HttpResponse:
    """The setting's hold and block lines (only ever stricter than the defaults), their history,
    and the allowed phrases with who added or retired each and why."""
    setting = get_object_or_404(Setting, pk=pk)
    require(request, "learning.tune_screening", setting)
    form = forms.ScreeningLinesForm(data_of(request), lines=selectors.screening_lines(setting))
    if request.method == "POST":
        require(request, "learning.set_screening_lines", setting)
        if form.is_valid():
            try:
                services.set_screening_lines(
                    setting=setting, lines=form.changes(), by=request.user, reason=form.cleaned_data["reason"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, "The new screening lines apply to every comment from now on.")
                return redirect("learning:screening_lines", pk=setting.pk)
    return render(
        request,
        "learning/screening_lines.html",
        {
            "setting": setting,
            "form": form,
            "history": selectors.screening_history(setting),
            "phrases": selectors.allowed_phrases_of(setting),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def retire_phrase(request: HttpRequest, pk: int) -> HttpResponse:
    phrase = get_object_or_404(AllowedPhrase.objects.select_related("setting", "added_by"), pk=pk)
    require(request, "learning.retire_allowed_phrase", phrase)
    form = forms.RetirePhraseForm(data_of(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.retire_allowed_phrase(phrase=phrase, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, f"Screening no longer allows “{phrase.phrase}”.")
            return redirect("learning:screening_lines", pk=phrase.setting_id)
    return render(
        request,
        "learning/retire_phrase.html",
        {"phrase": phrase, "form": form},
        status=400 if request.method == "POST" else 200,
    )


# --- safeguarding alerts ----------------------------------------------------------------------


@login_required
def alerts(request: HttpRequest) -> HttpResponse:
    settings = request.user.settings_for(Role.DSL)
    if not settings:
        raise PermissionDenied
    return render(request, "learning/alerts.html", {"alerts": selectors.alerts_in(settings)[:200]})


def alert_for(request: HttpRequest, pk: int) -> Alert:
    alert = get_object_or_404(
        Alert.objects.select_related("setting", "comment__task__group", "comment__author"), pk=pk
    )
    require(request, "learning.handle_alert", alert)
    return alert


@login_required
def alert_detail(
    request: HttpRequest, pk: int, close_form=None, concern_form=None, status: int = 200
) -> HttpResponse:
    alert = alert_for(request, pk)
    record_view(alert.comment, via="alert")
    return render(
        request,
        "learning/alert.html",
        {
            "alert": alert,
            "comment": alert.comment,
            "segments": highlighted(alert.comment.text, alert.comment.categories),
            "close_form": close_form or forms.CloseAlertForm(prefix="close"),
            "concern_form": concern_form or forms.ReasonForm(prefix="concern"),
        },
        status=status,
    )


@login_required
@require_POST
def close_alert(request: HttpRequest, pk: int) -> HttpResponse:
    alert = alert_for(request, pk)
    form = forms.CloseAlertForm(request.POST, prefix="close")
    if form.is_valid():
        try:
            services.close_alert(alert=alert, by=request.user, outcome=form.cleaned_data["outcome"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, "The alert is closed.")
            return redirect("learning:alerts")
    return alert_detail(request, pk, close_form=form, status=400)


@login_required
@require_POST
def open_concern(request: HttpRequest, pk: int) -> HttpResponse:
    alert = alert_for(request, pk)
    form = forms.ReasonForm(request.POST, prefix="concern")
    if form.is_valid():
        try:
            services.open_concern_from_alert(alert=alert, by=request.user, reason=form.cleaned_data["reason"])
        except ModuleNotFoundError:
            form.add_error(None, "Incidents cannot be opened here yet.")
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, "A concern is open with this comment as evidence.")
            return redirect("learning:alert", pk=alert.pk)
    return alert_detail(request, pk, concern_form=form, status=400)
