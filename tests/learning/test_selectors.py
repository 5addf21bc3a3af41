from datetime import timedelta

from django.utils import timezone

from learning import selectors, services
from learning.models import Comment
from tests import factories
from tests.learning import factories as learning_factories
from tests.learning.conftest import screened_as


def test_flagged_per_day_counts_only_flagged_comments_of_the_class(task, pupil, group) -> None:
    services.post_comment(task=task, author=pupil, text=screened_as("allow"))
    old = services.post_comment(task=task, author=pupil, text=screened_as("hold")).comment
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=3))
    services.post_comment(task=task, author=pupil, text=screened_as("block"))
    other_task = learning_factories.open_task(factories.GroupFactory(setting=group.setting))
    services.post_comment(task=other_task, author=pupil, text=screened_as("block"))
    points = selectors.flagged_per_day(group, days=7)
    assert len(points) == 7
    assert points[-1] == (timezone.localdate(), 1)
    assert points[-4][1] == 1
    assert sum(n for _, n in points) == 2


def test_queue_is_newest_first_and_only_for_the_classes_taught(task, pupil, teacher, group) -> None:
    first = services.post_comment(task=task, author=pupil, text=screened_as("hold")).comment
    second = services.post_comment(task=task, author=pupil, text=screened_as("hold")).comment
    services.post_comment(task=task, author=pupil, text=screened_as("allow"))
    assert list(selectors.queue_for(teacher)) == [second, first]
    other_teacher = factories.teacher_of(factories.GroupFactory(setting=group.setting))
    assert list(selectors.queue_for(other_teacher)) == []


def test_pupils_not_accepted_ignores_switched_off_accounts(group, policy) -> None:
    waiting = factories.pupil(group)
    factories.pupil(group, is_active=False)
    learning_factories.agreeing_pupil(group)
    assert selectors.pupils_not_accepted(group) == [waiting]
