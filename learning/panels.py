"""Home-page panels for the learning platform: what each person has to do there."""

from django.urls import reverse

from esafety.home import Link, Panel, panel
from learning import selectors
from people.models import User
from people.roles import Role


@panel
def pupil_tasks_panel(user: User) -> Panel | None:
    if not user.is_pupil:
        return None
    links = [
        Link(t.title, reverse("learning:task", args=[t.pk]), f"open until {t.closes_at:%-d %B}")
        for t in selectors.open_tasks_for_pupil(user)
    ]
    return Panel("Your tasks", order=6, links=links, empty_text="You have no tasks to do at the moment.")


@panel
def moderation_panel(user: User) -> Panel | None:
    if not user.has_role(Role.TEACHER):
        return None
    waiting = selectors.queue_for(user).count()
    noun = "comment" if waiting == 1 else "comments"
    links = [Link(f"{waiting} {noun} waiting in your queue", reverse("learning:queue"))]
    still_to_agree = [
        f"{group.name}: {len(missing)} still to agree to the rules"
        for group in user.groups_taught.select_related("setting")
        if (missing := selectors.pupils_not_accepted(group))
    ]
    hint = "; ".join(still_to_agree) or "every pupil has agreed to the rules"
    links.append(Link("Tasks and pupils on the learning platform", reverse("learning:home"), hint))
    return Panel("Learning platform", order=15, links=links)


@panel
def alerts_panel(user: User) -> Panel | None:
    settings = user.settings_for(Role.DSL)
    if not settings:
        return None
    open_count = selectors.open_alerts_in(settings).count()
    noun = "alert" if open_count == 1 else "alerts"
    links = [
        Link(f"{open_count} open safeguarding {noun} from the learning platform", reverse("learning:alerts"))
    ]
    links += [
        Link(
            f"Screening mistakes and allowed phrases in {s.name}", reverse("learning:screening", args=[s.pk])
        )
        for s in settings
    ]
    return Panel("Learning platform alerts", order=8, links=links)


@panel
def usage_policy_panel(user: User) -> Panel | None:
    settings = {s.pk: s for role in (Role.SETTING_MANAGER, Role.DSL) for s in user.settings_for(role)}
    if not settings:
        return None
    links = [
        Link(f"Pupils' Acceptable Usage Policy in {s.name}", reverse("learning:setting_rules", args=[s.pk]))
        for s in settings.values()
    ]
    return Panel("Pupils' rules", order=35, links=links)
