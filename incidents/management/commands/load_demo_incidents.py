"""`python manage.py load_demo_incidents`: demo cases and evidence, after `load_demo`."""

from django.core.management.base import BaseCommand, CommandError

from incidents.demo import load_incident_demo
from incidents.models import Incident


class Command(BaseCommand):
    help = "Adds demo incidents, an allegation and sealed evidence on top of the people demo."

    def handle(self, *args, **options) -> None:
        if Incident.objects.exists():
            self.stdout.write("Demo incidents are already loaded.")
            return
        try:
            made = load_incident_demo()
        except ValueError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Demo incidents loaded: {', '.join(made)}"))
