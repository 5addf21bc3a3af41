"""`python manage.py check_lado_clocks`: what the periodic task does, on demand."""

from django.core.management.base import BaseCommand

from incidents.services import raise_lado_alerts


class Command(BaseCommand):
    help = "Alerts DSLs about allegations whose LADO referral is due soon or overdue."

    def handle(self, *args, **options) -> None:
        created = raise_lado_alerts()
        self.stdout.write(f"{created} new alert(s) raised.")
