"""The usage policy gate: a pupil who has not agreed to the current version reaches nothing else."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests import factories
from tests.conftest import sign_in
from tests.learning import factories as learning_factories

OPEN = ("/accounts/sign-out/", "/static/", "/learning/rules/", "/api/learning/rules/")


def concrete(route: str) -> str:
    return re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: "1" if m.group(1) == "int" else "x", route)


def every_path(patterns=None, prefix: str = "") -> list[str]:
    """Every URL the project serves, with sample values in place of its parameters."""
    paths = []
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        pattern = entry.pattern
        route = getattr(pattern, "_route", None)
        if route is None:  # a regular expression: only plain ones can be turned back into a path
            regex = pattern.regex.pattern.lstrip("^").rstrip("$").replace("\\Z", "")
            if re.search(r"[()\[\]?*+|\\]", regex):
                continue
            route = regex
        if isinstance(entry, URLResolver):
            paths += every_path(entry.url_patterns, prefix + concrete(route))
        elif isinstance(entry, URLPattern):
            paths.append("/" + prefix + concrete(route))
    return sorted(set(paths))


@pytest.fixture
def gated_pupil(client, group, policy):
    pupil = learning_factories.agreeing_pupil(group)
    learning_factories.usage_policy(group.setting)  # a new version nobody has agreed to yet
    sign_in(client, pupil)
    return pupil


def test_every_url_is_gated_for_a_pupil_who_has_not_agreed(client, gated_pupil) -> None:
    checked = []
    for path in every_path():
        if path.startswith(OPEN) or path == "/healthz":
            continue
        for method in (client.get, client.post):
            response = method(path)
            if path.startswith("/api/"):
                assert response.status_code == 403, path
                assert "Acceptable Usage Policy" in response.json()["detail"], path
            else:
                assert response.status_code == 302, path
                assert response["Location"].startswith("/learning/rules/"), path
        checked.append(path)
    assert "/" in checked and "/learning/tasks/1/" in checked and "/api/learning/tasks/" in checked
    assert len(checked) > 30


def test_the_rules_page_and_signing_out_stay_open(client, gated_pupil) -> None:
    assert client.get("/learning/rules/").status_code == 200
    assert client.get("/api/learning/rules/").status_code == 200
    assert client.post("/accounts/sign-out/").status_code == 302


def test_agreeing_opens_the_platform_and_a_new_version_closes_it_again(client, group, policy) -> None:
    pupil = learning_factories.agreeing_pupil(group)
    sign_in(client, pupil)
    assert client.get("/").status_code == 200
    newer = learning_factories.usage_policy(group.setting)
    response = client.get("/learning/")
    assert response.status_code == 302
    assert response["Location"] == "/learning/rules/?next=/learning/"
    page = client.get(response["Location"])
    assert newer.title in page.content.decode()
    agreed = client.post("/learning/rules/", {"next": "/learning/"})
    assert agreed["Location"] == "/learning/"
    assert client.get("/learning/").status_code == 200
    assert newer.acceptances.filter(pupil=pupil).exists()


def test_agreeing_through_the_api(client, gated_pupil) -> None:
    assert client.get("/api/learning/tasks/").status_code == 403
    assert client.post("/api/learning/rules/").status_code == 200
    assert client.get("/api/learning/tasks/").status_code == 200


def test_next_cannot_send_a_pupil_to_another_site(client, gated_pupil) -> None:
    response = client.post("/learning/rules/", {"next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_staff_and_pupils_without_a_policy_are_not_gated(client, teacher, a_pupil) -> None:
    sign_in(client, a_pupil)
    assert client.get("/").status_code == 200
    learning_factories.usage_policy(teacher.setting)
    sign_in(client, teacher)
    assert client.get("/").status_code == 200


def test_a_pupil_of_another_setting_is_not_held_by_this_settings_policy(client, policy) -> None:
    from tests import factories

    elsewhere = factories.pupil(factories.GroupFactory())
    sign_in(client, elsewhere)
    assert client.get("/").status_code == 200


def test_an_api_token_does_not_get_round_the_gate(group, policy) -> None:
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    pupil = factories.pupil(group)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=pupil).key}")
    assert api.get("/api/learning/tasks/").status_code == 403
    assert api.post("/api/learning/rules/").status_code == 200
    assert api.get("/api/learning/tasks/").status_code == 200
