"""Adds the staff side to the demo: policies, acknowledgements, a declaration, outings, devices,
phone-use observations and a low-level concern. Run after `load_demo`."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from declarations.models import Declaration, PrivacyAttestation
from declarations.services import attest_privacy, file_declaration
from people.models import Council, Setting, User
from phones import services as phones
from phones.models import Device
from policies.models import Policy, PolicyVersion
from policies.selectors import current_version, policies_for
from policies.services import acknowledge, publish_policy, publish_version

POLICIES = [
    (
        "Code of practice: social networking, electronic media and mobile phones",
        "How we keep ourselves and the people we work with safe online and on the phone.",
        """## Why this matters
What we post, send and photograph can reach far beyond the people we meant it for.

## What we ask of you
- Keep personal details and photos private; use every privacy tool the site offers.
- Do not connect with children, families or former service users on personal accounts.
- If a service user contacts you, decline or remove them, and tell your line manager through a
  declaration when anything significant happened.
- Keep evidence of bullying messages: do not delete them; report them.
- Personal phones are never used to photograph children. Use the setting's registered devices.
""",
        (),
    ),
    (
        "Harassment and bullying at work",
        "What counts as harassment or bullying, including online, and how to raise it.",
        """## Our position
Nobody should be bullied or harassed at work, in person or online.

## Raising a concern
Talk to your manager, or to HR if it involves your manager. You may bring a colleague or a
trade union representative. Every complaint is looked into.
""",
        (),
    ),
    (
        "ICT acceptable use",
        "Using the council's computers, accounts and networks properly.",
        """## In short
- Your account is yours alone: never share your password.
- Lock your screen when you step away.
- Use work systems for work; keep personal use brief and lawful.
""",
        (),
    ),
    (
        "Whistle blowing",
        "How to report wrongdoing safely, and the protection you have when you do.",
        """## Speaking up
If you believe something wrong is happening, tell your manager, the DSL or the council's
confidential line. You will not be treated unfairly for raising a genuine concern.
""",
        (),
    ),
    (
        "Local code of conduct for employees",
        "The standards of behaviour the public can expect from every member of staff.",
        """## Standards
Act with integrity, respect confidentiality, stay politically neutral at work, and never bring
the council into disrepute, including in what you post online.
""",
        (),
    ),
]

OUTINGS_POLICY = (
    "Mobile phones on outings",
    "Taking the setting phone and contact numbers on every outing.",
    """## Every outing
Take the setting's mobile phone and every child's emergency contact numbers. The outing leader
keeps the phone locked and with them; it holds only the contacts the outing needs.
""",
)


class Command(BaseCommand):
    help = "Loads demo policies, a declaration, outings, devices and observations (after load_demo)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--if-empty", action="store_true", help="Do nothing when policies already exist.")

    def handle(self, *args, **options) -> None:
        if Policy.objects.exists():
            if options["if_empty"]:
                self.stdout.write("Staff demo data is already loaded.")
                return
            raise CommandError("Staff demo data is already loaded (policies exist).")
        council = Council.objects.filter(name="Eastmoor County Council").first()
        if council is None:
            raise CommandError("Run `manage.py load_demo` first.")
        people = {u.username: u for u in User.objects.filter(setting__council=council)}
        with transaction.atomic():
            self.load(council, people)
        self.stdout.write(self.style.SUCCESS("Staff demo data loaded:"))
        self.stdout.write(
            f"  {PolicyVersion.objects.count()} policy versions of {Policy.objects.count()} policies;"
        )
        self.stdout.write("  'teacher' has policies to acknowledge; 'head' has acknowledged them all;")
        self.stdout.write(
            f"  {Declaration.objects.count()} declaration (teacher to head), outings and devices"
        )
        self.stdout.write(
            "  at Little Acorns Nursery, an inspector's phone observation and a low-level concern."
        )

    def load(self, council: Council, people: dict[str, User]) -> None:
        admin = people["admin"]
        nursery = Setting.objects.get(council=council, name="Little Acorns Nursery")
        school = Setting.objects.get(council=council, name="Brook Lane Primary School")
        for title, summary, body, roles in POLICIES:
            publish_policy(
                council=council,
                title=title,
                change_summary=summary,
                published_by=admin,
                body_markdown=body,
                roles=roles,
            )
        code = Policy.objects.get(title=POLICIES[0][0])
        publish_version(
            policy=code,
            kind=PolicyVersion.Kind.MINOR,
            published_by=admin,
            change_summary="Clearer wording about privacy tools; no change of rule.",
            body_markdown=POLICIES[0][2] + "\nAsk the DSL if you are unsure.\n",
        )
        publish_policy(
            council=council,
            title=OUTINGS_POLICY[0],
            change_summary=OUTINGS_POLICY[1],
            body_markdown=OUTINGS_POLICY[2],
            published_by=admin,
            settings_in_scope=[nursery],
        )
        for username in ("head", "nursery.manager", "dsl"):
            for policy in policies_for(people[username]):
                acknowledge(people[username], current_version(policy))

        file_declaration(
            people["teacher"],
            kind=Declaration.Kind.ACCEPTED_THEN_REMOVED,
            medium=Declaration.Medium.SOCIAL_NETWORK,
            relationship=Declaration.Relationship.FORMER,
            who="A former pupil (left Year 6 in 2024)",
            contact_on=timezone.localdate() - timedelta(days=4),
            resolved_on=timezone.localdate() - timedelta(days=3),
            what_happened="Accepted a friend request before realising who it was.",
            what_i_did="Removed the connection the next morning; no messages were exchanged.",
        )
        attest_privacy(people["dsl"], ticked=set(PrivacyAttestation.CHECKLIST))

        manager = people["nursery.manager"]
        phone = phones.register_device(
            nursery,
            by=manager,
            name="Outings phone",
            kind=Device.Kind.PHONE,
            phone_number="07700 900461",
            identifier="EA-0042",
        )
        phones.register_device(
            nursery, by=manager, name="Hedgehogs room tablet", kind=Device.Kind.TABLET, identifier="EA-0043"
        )
        phones.register_device(school, by=people["head"], name="Class 4 Oak camera", kind=Device.Kind.CAMERA)
        ready = phones.save_outing(
            nursery,
            by=manager,
            staff=[manager, people["practitioner"]],
            date=timezone.localdate() + timedelta(days=6),
            destination="Eastmoor community farm",
            children_count=8,
            phone=phone,
            contact_numbers_taken=True,
            contact_numbers_where="Contact sheet in the outing bag",
            personal_numbers_safeguard="The phone holds only the setting's contacts, is PIN-locked and stays "
            "with the outing leader.",
            risk_assessment="Walking route checked; ratio 1 adult to 4 children; hand-washing after animals.",
        )
        phones.mark_ready(ready, by=manager)
        phones.save_outing(
            nursery,
            by=manager,
            staff=[manager],
            date=timezone.localdate() + timedelta(days=20),
            destination="Library story time",
            children_count=6,
        )
        seen = phones.record_observation(
            nursery,
            by=manager,
            observed_at=timezone.now() - timedelta(days=9),
            observer_name="R. Patel",
            observer_organisation="Inspectorate",
            what="A practitioner checked a personal phone while supervising the garden.",
            affected_supervision=True,
            action_taken="Phone put away in the staff locker at once.",
            about_staff=people["practitioner"],
        )
        phones.respond_to_observation(
            seen, by=manager, response="Reminded all staff at the next meeting; lockers checked daily."
        )
        phones.record_concern(
            nursery,
            by=manager,
            about_staff=people["practitioner"],
            observation=seen,
            summary="Personal phone used while supervising children.",
            occurred_on=timezone.localdate() - timedelta(days=9),
        )
