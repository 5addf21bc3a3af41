"""Demonstration content for the learning platform, written for the demo school's Class 4 Oak."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from learning import services
from learning.models import UsagePolicy
from people.models import Group, User

DEMO_SCHOOL = "Brook Lane Primary School"
DEMO_CLASS = "Class 4 Oak"

POLICY_TITLE = "How we stay safe and kind online"
POLICY_SUMMARY = (
    "We are kind to each other. We use polite words. We keep our names, addresses and phone "
    "numbers to ourselves. If something online worries us, we tell a grown-up straight away."
)
POLICY_BODY = """## Be kind to everyone
Write comments you would be happy for anyone to read, including your teacher and your family.

## Use polite words
No rude or grown-up words, even as a joke.

## Keep your details private
- Never share where you live, your phone number, your e-mail or your accounts on other apps.
- Never agree to meet someone you have only talked to online.

## Never frighten or threaten anyone
Comments that could scare someone are never allowed.

## Tell a grown-up if you are worried
If a comment upsets you, press "Tell a teacher". If you feel sad or unsafe, talk to any adult
in school. You will not be in trouble.

Your teacher reads the comments on our learning platform and can take down any comment that
breaks these rules."""

TASKS = [
    (
        "Animals that live by the river",
        "Choose one animal that lives near a river. Tell the class what it eats and where it sleeps.",
        False,
    ),
    (
        "Our class poem about autumn",
        "Write one line for our autumn poem. Your teacher will read each line before the class sees it.",
        True,
    ),
]

COMMENTS = [
    (0, "Otters eat fish and they sleep in a den by the water."),
    (1, "Kingfishers are bright blue and they dive to catch little fish."),
    (2, "I like herons because they stand very still on one leg."),
    (3, "Leaves fall down like orange paper boats."),
]


def demo_class() -> Group | None:
    return Group.objects.filter(name=DEMO_CLASS, setting__name=DEMO_SCHOOL).select_related("setting").first()


@transaction.atomic
def load_demo_learning() -> str:
    """Give the demo class a policy, two tasks and a few comments. Safe to run twice."""
    group = demo_class()
    if group is None:
        return "Load the main demo data first (manage.py load_demo)."
    setting = group.setting
    if UsagePolicy.objects.filter(setting=setting).exists():
        return "The learning demo is already loaded."
    head = User.objects.get(username="head")
    teacher = User.objects.get(username="teacher")
    policy = services.publish_usage_policy(
        setting=setting, title=POLICY_TITLE, summary=POLICY_SUMMARY, body=POLICY_BODY, by=head
    )
    pupils = list(group.pupils.order_by("first_name"))
    # The first pupil is left to agree, so signing in as them shows the policy gate.
    for pupil in pupils[1:]:
        services.accept_usage_policy(pupil=pupil, policy=policy)
    now = timezone.now()
    tasks = [
        services.create_task(
            group=group,
            by=teacher,
            title=title,
            instructions=instructions,
            opens_at=now - timedelta(days=1),
            closes_at=now + timedelta(days=14),
            premoderated=premoderated,
        )
        for title, instructions, premoderated in TASKS
    ]
    for index, text in COMMENTS:
        task = tasks[1] if index == 3 else tasks[0]
        services.post_comment(task=task, author=pupils[1 + index % (len(pupils) - 1)], text=text)
    return (
        f"Learning demo loaded for {group.name}: a usage policy, {len(tasks)} tasks and "
        f"{len(COMMENTS)} comments. {pupils[0].username} has not agreed to the policy yet."
    )
