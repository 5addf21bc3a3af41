"""Comment posting benchmark: 30 signed-in pupils post 1,000 comments against the real app.

Run from the repository root (PostgreSQL on 127.0.0.1:5432, user postgres, trust):

    .venv/bin/python benchmarks/bench_comments.py [--comments 1000] [--pupils 30]

It makes a fresh database (bench_learning unless BENCH_DATABASE_URL names another), starts the
application in its own process behind Django's threaded HTTP server with persistent database
connections, signs 30 pupils in through the sign-in form, then has them post at once through
the API: each request is screened, stored with its verdict and audit row, and answered. It
prints requests per second and p50/p99 latency; it asserts only that every request succeeded.
Why: a whole class posts at the same moment when a teacher says "go", and nobody should wait.
"""

from __future__ import annotations

import argparse
import http.client
import http.cookies
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_learning")
PASSWORD = "bench-password-for-pupils-42"  # noqa: S105 - a throwaway database

# Mostly ordinary comments, as in a real class, with a few that screening holds or blocks.
COMMENTS = [
    "Otters eat fish and they sleep in a den by the water.",
    "I think the river is longest in the winter when it rains a lot.",
    "Kingfishers are bright blue and they dive to catch little fish.",
    "My favourite part of the story was when the fox found the boat.",
    "We saw ducks at the park on Saturday with my grandad.",
    "The water cycle goes evaporation, condensation, precipitation.",
    "I drew a picture of a heron standing on one leg.",
    "Beavers build dams out of sticks and mud.",
    "go away",
    "you are an idiot",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fresh_database() -> None:
    import psycopg

    parts = urllib.parse.urlparse(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def app_environment(var_dir: str) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=DATABASE_URL,
        DATABASE_CONN_MAX_AGE="600",
        ESAFETY_VAR_DIR=var_dir,
        DJANGO_SETTINGS_MODULE="esafety.settings",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        API_RATE="100000/minute",
        AXES_FAILURE_LIMIT="1000",
    )
    return env


def prepare(pupils: int, var_dir: str) -> int:
    """Migrate and make a class with an agreed policy and an open task; return the task's id."""
    os.environ.update(app_environment(var_dir))
    import django

    django.setup()
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from learning import services
    from people.models import Council, Group, Setting
    from people.roles import Role
    from people.services import create_pupil, create_staff

    call_command("migrate", verbosity=0)
    council = Council.objects.create(name="Bench Council")
    setting = Setting.objects.create(council=council, name="Bench Primary", kind=Setting.Kind.SCHOOL)
    group = Group.objects.create(setting=setting, name="Class 5 Birch")
    teacher = create_staff(
        username="bench.teacher", first_name="Bea", last_name="Teacher", email="t@bench.example",
        setting=setting, roles=(Role.TEACHER,),
    )  # fmt: skip
    group.teachers.add(teacher)
    policy = services.publish_usage_policy(
        setting=setting, title="Our rules", summary="Be kind.", body="Be kind.", by=teacher
    )
    for n in range(pupils):
        pupil = create_pupil(
            username=f"pupil{n:02d}",
            first_name=f"Pupil{n}",
            last_name="Bench",
            group=group,
            password=PASSWORD,
        )
        services.accept_usage_policy(pupil=pupil, policy=policy)
    now = timezone.now()
    task = services.create_task(
        group=group, by=teacher, title="Rivers", instructions="Tell us about rivers.",
        opens_at=now - timedelta(hours=1), closes_at=now + timedelta(days=1),
    )  # fmt: skip
    return task.pk


def start_server(port: int, var_dir: str) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
        cwd=ROOT,
        env=app_environment(var_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("The application did not start")


class Pupil:
    """One pupil's browser: a keep-alive connection and the session's cookies."""

    def __init__(self, port: int, username: str) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}
        self.username = username

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = http.cookies.SimpleCookie(header)
            self.cookies.update({k: m.value for k, m in jar.items()})
        return response.status, data

    def sign_in(self) -> None:
        _, page = self.request("GET", "/accounts/sign-in/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        form = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": self.username, "password": PASSWORD}
        ).encode()
        status, _ = self.request(
            "POST", "/accounts/sign-in/", form, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"{self.username} could not sign in (HTTP {status})")

    def post_comment(self, task_id: int, text: str) -> tuple[int, float]:
        body = json.dumps({"text": text}).encode()
        headers = {"Content-Type": "application/json", "X-CSRFToken": self.cookies.get("csrftoken", "")}
        started = time.perf_counter()
        status, _ = self.request("POST", f"/api/learning/tasks/{task_id}/comments/", body, headers)
        return status, time.perf_counter() - started


def run(comments: int, pupils: int) -> None:
    fresh_database()
    with tempfile.TemporaryDirectory() as var_dir:
        task_id = prepare(pupils, var_dir)
        port = free_port()
        server = start_server(port, var_dir)
        try:
            browsers = [Pupil(port, f"pupil{n:02d}") for n in range(pupils)]
            for browser in browsers:
                browser.sign_in()
            browsers[0].post_comment(task_id, COMMENTS[0])  # the server loads the screening model once
            latencies: list[float] = []
            failures: list[int] = []
            lock = threading.Lock()
            shares = [range(i, comments, pupils) for i in range(pupils)]
            start_line = threading.Barrier(pupils + 1)

            def class_member(browser: Pupil, share: range) -> None:
                start_line.wait()
                for i in share:
                    status, seconds = browser.post_comment(task_id, COMMENTS[i % len(COMMENTS)])
                    with lock:
                        latencies.append(seconds)
                        if status not in (201, 422):  # 422: blocked, told why, not posted
                            failures.append(status)

            threads = [
                threading.Thread(target=class_member, args=(b, s))
                for b, s in zip(browsers, shares, strict=True)
            ]
            for thread in threads:
                thread.start()
            start_line.wait()
            began = time.perf_counter()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - began
        finally:
            server.terminate()
            server.wait(timeout=30)
    report(latencies, elapsed, failures, pupils)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(latencies: list[float], elapsed: float, failures: list[int], pupils: int) -> None:
    print(f"Posted {len(latencies)} comments from {pupils} signed-in pupils in {elapsed:.2f} s")
    print(f"  requests per second: {len(latencies) / elapsed:.1f}")
    print(f"  latency p50: {percentile(latencies, 0.50) * 1000:.1f} ms")
    print(f"  latency p99: {percentile(latencies, 0.99) * 1000:.1f} ms")
    print(f"  latency mean: {statistics.mean(latencies) * 1000:.1f} ms, max: {max(latencies) * 1000:.1f} ms")
    if failures:
        print(f"  FAILED requests: {len(failures)} (statuses {sorted(set(failures))})")
        sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=1000)
    parser.add_argument("--pupils", type=int, default=30)
    arguments = parser.parse_args()
    run(arguments.comments, arguments.pupils)


if __name__ == "__main__":
    main()
