"""`python manage.py vault_proof`: print an inclusion or consistency proof as JSON.

manage.py vault_proof --entry 42            entry 42, proven against the latest checkpoint
manage.py vault_proof --from 3 --to 9       consistency between checkpoints with ids 3 and 9
"""

import base64
import json

from django.core.management.base import BaseCommand, CommandError

from vault import services
from vault.models import Checkpoint, LogEntryRow


def _encoded(proof: list[bytes]) -> list[str]:
    return [base64.b64encode(node).decode("ascii") for node in proof]


class Command(BaseCommand):
    help = "Prints an inclusion proof for a log entry, or a consistency proof between two checkpoints."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--entry", type=int, help="log index of the entry")
        parser.add_argument("--from", dest="old", type=int, help="id of the older checkpoint")
        parser.add_argument("--to", dest="new", type=int, help="id of the newer checkpoint")

    def handle(self, *args, entry=None, old=None, new=None, **options) -> None:
        if entry is not None:
            row = LogEntryRow.objects.filter(index=entry).first()
            if row is None:
                raise CommandError(f"There is no log entry {entry}.")
            checkpoint = services.current_checkpoint()
            result = {
                "entry": row.entry,
                "log_index": row.index,
                "tree_size": checkpoint.tree_size,
                "inclusion_proof": _encoded(services.inclusion_proof(row, checkpoint.tree_size)),
                "checkpoint": checkpoint.note,
            }
        elif old is not None and new is not None:
            older, newer = (
                Checkpoint.objects.filter(pk=old).first(),
                Checkpoint.objects.filter(pk=new).first(),
            )
            if older is None or newer is None or older.tree_size > newer.tree_size:
                raise CommandError("Give the ids of two checkpoints, the older first.")
            result = {
                "old_checkpoint": older.note,
                "new_checkpoint": newer.note,
                "consistency_proof": _encoded(services.consistency_proof(older, newer)),
            }
        else:
            raise CommandError("Give --entry N, or --from ID --to ID.")
        self.stdout.write(json.dumps(result, indent=2))
