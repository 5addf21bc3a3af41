from django.core.management.base import BaseCommand, CommandError

from audit.verify import verify_chain


class Command(BaseCommand):
    help = "Recomputes the audit hash chain and reports the first broken link."

    def handle(self, *args, **options) -> None:
        report = verify_chain()
        if not report.intact:
            raise CommandError(f"Audit chain broken after {report.rows_checked} good rows: {report.problem}")
        self.stdout.write(self.style.SUCCESS(f"Audit chain intact: {report.rows_checked} rows verified."))
