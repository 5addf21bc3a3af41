"""`python manage.py verify_vault`: recompute the evidence vault and report the first discrepancy."""

from django.core.management.base import BaseCommand, CommandError

from vault.integrity import verify_vault


class Command(BaseCommand):
    help = "Recomputes every log entry, tree node, checkpoint and stored object; reports the first problem."

    def handle(self, *args, **options) -> None:
        report = verify_vault()
        for name in report.unreferenced_blobs:
            self.stdout.write(
                self.style.WARNING(
                    f"Unreferenced blob (left by an interrupted deposit, not evidence): {name}"
                )
            )
        if not report.ok:
            raise CommandError(f"Vault check FAILED: {report.discrepancy}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Vault check passed: {report.entries} log entries, {report.nodes} tree nodes, "
                f"{report.checkpoints} checkpoints, {report.objects} stored objects."
            )
        )
