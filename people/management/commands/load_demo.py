"""Creates a small council with two settings, staff in every role and a class of pupils, then
runs each app's own demo loader (settings.DEMO_LOADERS) so every part of the platform has data."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor import AUTHENTICATOR_NAME, issue_recovery_codes
from people.models import Council, Group, Setting, User
from people.roles import PRIVILEGED_ROLES, Role
from people.services import create_pupil, create_staff, grant_role

# Printed for anyone trying the demo; never used outside the demo database.
DEMO_PASSWORD = "demo-password-2026"  # noqa: S105
PUPIL_PASSWORD = "green-apple-42"  # noqa: S105

STAFF = [
    # username, first, last, home setting key, roles (setting-scoped unless council-wide)
    ("head", "Hana", "Okafor", "school", [Role.SETTING_MANAGER, Role.LINE_MANAGER]),
    ("teacher", "Tom", "Reyes", "school", [Role.TEACHER]),
    ("dsl", "Dina", "Shah", "school", [Role.DSL]),
    ("nursery.manager", "Nia", "Morgan", "nursery", [Role.SETTING_MANAGER, Role.LINE_MANAGER]),
    ("practitioner", "Priya", "Lal", "nursery", [Role.TEACHER]),
    ("hr", "Harry", "Quinn", "council", [Role.HR_INVESTIGATOR]),
    ("lado", "Lena", "Adeyemi", "council", [Role.LADO_LIAISON]),
    ("admin", "Alex", "Carter", "council", [Role.COUNCIL_ADMIN]),
]
COUNCIL_WIDE = {Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN}
LINE_MANAGERS = {"teacher": "head", "dsl": "head", "practitioner": "nursery.manager"}
PUPILS = [
    ("Amara", "Bello"),
    ("Ben", "Carter"),
    ("Chloe", "Davies"),
    ("Dev", "Evans"),
    ("Ella", "Fox"),
    ("Finn", "Green"),
]


class Command(BaseCommand):
    help = "Loads demonstration data and prints the logins."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing (and succeed) when data is already there."
        )

    def handle(self, *args, **options) -> None:
        if Council.objects.exists():
            if options["if_empty"]:
                self.stdout.write(
                    f"Demo data is already loaded. Staff password: {DEMO_PASSWORD}; pupils: {PUPIL_PASSWORD}."
                )
                return
            raise CommandError("Demo data is already loaded (a council exists).")
        with transaction.atomic():
            logins = self.load()
            for loader in settings.DEMO_LOADERS:
                call_command(loader, stdout=self.stdout)
        self.print_logins(logins)

    def load(self) -> list[tuple[str, str, str, list[str]]]:
        council = Council.objects.create(name="Eastmoor County Council")
        settings = {
            "school": Setting.objects.create(
                council=council, name="Brook Lane Primary School", kind=Setting.Kind.SCHOOL
            ),
            "nursery": Setting.objects.create(
                council=council, name="Little Acorns Nursery", kind=Setting.Kind.EARLY_YEARS
            ),
            "council": Setting.objects.create(
                council=council, name="Eastmoor Safeguarding Services", kind=Setting.Kind.COUNCIL_SERVICE
            ),
        }
        people: dict[str, User] = {}
        logins = []
        for username, first, last, home, roles in STAFF:
            person = create_staff(
                username=username,
                first_name=first,
                last_name=last,
                email=f"{username}@eastmoor.example",
                setting=settings[home],
                password=DEMO_PASSWORD,
            )
            for role in roles:
                grant_role(person, role, council if role in COUNCIL_WIDE else settings[home])
            people[username] = person
            codes = self.two_factor_for(person) if set(roles) & PRIVILEGED_ROLES else []
            logins.append((username, DEMO_PASSWORD, ", ".join(Role(r).label for r in roles), codes))
        for username, manager in LINE_MANAGERS.items():
            people[username].line_manager = people[manager]
            people[username].save(update_fields=["line_manager"])
        group = Group.objects.create(setting=settings["school"], name="Class 4 Oak")
        group.teachers.add(people["teacher"])
        nursery_group = Group.objects.create(setting=settings["nursery"], name="Hedgehogs")
        nursery_group.teachers.add(people["practitioner"])
        for first, last in PUPILS:
            username = f"{first.lower()}.{last[0].lower()}"
            create_pupil(
                username=username, first_name=first, last_name=last, group=group, password=PUPIL_PASSWORD
            )
            logins.append((username, PUPIL_PASSWORD, "Pupil, Class 4 Oak", []))
        return logins

    def two_factor_for(self, person: User) -> list[str]:
        TOTPDevice.objects.create(user=person, name=AUTHENTICATOR_NAME, confirmed=True)
        return issue_recovery_codes(person)[:3]

    def print_logins(self, logins: list) -> None:
        self.stdout.write(self.style.SUCCESS("Demo data loaded. Sign in at http://127.0.0.1:8000 with:"))
        for username, password, roles, codes in logins:
            self.stdout.write(f"  {username:<16} {password:<20} {roles}")
            if codes:
                self.stdout.write(
                    f"  {'':<16} two-factor recovery codes (each works once): {' '.join(codes)}"
                )
