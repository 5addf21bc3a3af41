from django.core.management.base import BaseCommand

from learning.demo import load_demo_learning


class Command(BaseCommand):
    help = "Gives the demo class a usage policy, two tasks and a few comments (after load_demo)."

    def handle(self, *args, **options) -> None:
        self.stdout.write(load_demo_learning())
