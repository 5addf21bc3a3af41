from django.core.management.base import BaseCommand

from policies.services import send_reminders


class Command(BaseCommand):
    help = "E-mails every member of staff who has policies to acknowledge (at most once per interval)."

    def handle(self, *args, **options) -> None:
        sent = send_reminders()
        self.stdout.write(f"Sent {sent} policy reminder{'s' if sent != 1 else ''}.")
