import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.urls import reverse
from django_otp.oath import totp

from accounts import two_factor
from audit.models import AuditEvent
from people.roles import Role
from tests import factories
from tests.factories import PASSWORD

SIGN_IN = reverse("accounts:sign_in")


def post_sign_in(client, username: str, password: str):
    return client.post(SIGN_IN, {"username": username, "password": password})


def current_code(device) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_passwords_are_stored_with_argon2id(db) -> None:
    assert django_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    person = factories.UserFactory()
    assert person.password.startswith("argon2$argon2id$")


def test_pupil_signs_in_with_username_and_password(client, a_pupil) -> None:
    assert a_pupil.email == ""
    response = post_sign_in(client, a_pupil.username, PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200
    assert AuditEvent.objects.filter(action="sign_in", actor=a_pupil).exists()


def test_wrong_password_gives_a_clear_message_and_records_it(client, a_pupil) -> None:
    response = post_sign_in(client, a_pupil.username, "not-the-password")
    assert response.status_code == 200
    assert "username or password is not right" in response.content.decode()
    assert AuditEvent.objects.filter(action="sign_in_failed", detail__username=a_pupil.username).exists()


def test_account_locks_after_repeated_failures(client, teacher) -> None:
    for _ in range(django_settings.AXES_FAILURE_LIMIT):
        post_sign_in(client, teacher.username, "wrong-guess")
    response = post_sign_in(client, teacher.username, PASSWORD)
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert client.get(reverse("home")).status_code == 302  # still signed out


def test_lockout_is_per_account_not_per_school_address(client, teacher, a_pupil) -> None:
    for _ in range(django_settings.AXES_FAILURE_LIMIT):
        post_sign_in(client, teacher.username, "wrong-guess")
    assert post_sign_in(client, a_pupil.username, PASSWORD).status_code == 302


def test_dsl_without_device_must_set_one_up_and_reaches_nothing_else(client, dsl, setting) -> None:
    post_sign_in(client, dsl.username, PASSWORD)
    setup = reverse("accounts:two_factor_setup")
    for url in (reverse("home"), reverse("people:setting", args=[setting.pk]), reverse("accounts:security")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == setup
    assert client.get(setup).status_code == 200


def test_setting_up_the_authenticator_unlocks_the_platform(client, dsl, settings) -> None:
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the wrong code below would otherwise delay the right one
    post_sign_in(client, dsl.username, PASSWORD)
    setup = reverse("accounts:two_factor_setup")
    client.get(setup)
    device = two_factor.pending_authenticator(dsl)
    response = client.post(setup, {"code": "000000" if current_code(device) != "000000" else "111111"})
    assert "not right" in response.content.decode()
    response = client.post(setup, {"code": current_code(device)})
    assert response.status_code == 200
    assert len(response.context["codes"]) == two_factor.RECOVERY_CODE_COUNT
    assert client.get(reverse("home")).status_code == 200


def test_dsl_with_device_is_asked_for_a_code_and_a_recovery_code_works_once(client, dsl) -> None:
    factories.authenticator_for(dsl)
    codes = two_factor.issue_recovery_codes(dsl)
    post_sign_in(client, dsl.username, PASSWORD)
    verify = reverse("accounts:two_factor_verify")
    assert client.get(reverse("home"))["Location"] == verify
    assert client.post(verify, {"code": codes[0]}).status_code == 302
    assert client.get(reverse("home")).status_code == 200
    client.post(reverse("accounts:sign_out"))
    post_sign_in(client, dsl.username, PASSWORD)
    response = client.post(verify, {"code": codes[0]})
    assert "used already" in response.content.decode()
    assert client.get(reverse("home")).status_code == 302


@pytest.mark.parametrize("role", [Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN, Role.DSL])
def test_every_privileged_role_needs_two_factor(client, setting, role) -> None:
    person = factories.staff(role, setting, council_wide=role != Role.DSL)
    post_sign_in(client, person.username, PASSWORD)
    assert client.get(reverse("home"))["Location"] == reverse("accounts:two_factor_setup")


def test_teacher_needs_no_second_factor(client, teacher) -> None:
    post_sign_in(client, teacher.username, PASSWORD)
    assert client.get(reverse("home")).status_code == 200


def test_staff_reset_password_by_email(client, teacher) -> None:
    client.post(reverse("accounts:password_reset"), {"email": teacher.email})
    assert len(mail.outbox) == 1
    assert "/accounts/password-reset/" in mail.outbox[0].body


def test_pupils_get_no_reset_email(client, a_pupil) -> None:
    a_pupil.email = "shared@example.org"
    a_pupil.save()
    client.post(reverse("accounts:password_reset"), {"email": "shared@example.org"})
    assert mail.outbox == []


def test_sessions_expire_when_idle() -> None:
    assert django_settings.SESSION_COOKIE_AGE <= 60 * 60
    assert django_settings.SESSION_SAVE_EVERY_REQUEST
    assert django_settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
