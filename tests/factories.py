"""Factories for the platform's records. Tests build exactly what they need with these."""

import factory
from django_otp.plugins.otp_totp.models import TOTPDevice

from people.models import Council, Group, Setting, User
from people.roles import Role
from people.services import grant_role

PASSWORD = "correct-horse-battery"


class CouncilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Council

    name = factory.Sequence(lambda n: f"Council {n}")


class SettingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Setting

    council = factory.SubFactory(CouncilFactory)
    name = factory.Sequence(lambda n: f"Setting {n}")
    kind = Setting.Kind.SCHOOL


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    setting = factory.SubFactory(SettingFactory)
    name = factory.Sequence(lambda n: f"Class {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    setting = factory.SubFactory(SettingFactory)
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def staff(role: str, setting: Setting, *, council_wide: bool = False, **fields) -> User:
    person = UserFactory(setting=setting, **fields)
    grant_role(person, role, setting.council if council_wide else setting)
    return person


def pupil(group: Group, **fields) -> User:
    person = UserFactory(setting=group.setting, group=group, email="", **fields)
    grant_role(person, Role.PUPIL, group.setting)
    return person


def teacher_of(group: Group, **fields) -> User:
    person = staff(Role.TEACHER, group.setting, **fields)
    group.teachers.add(person)
    return person


def authenticator_for(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=True)
