from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning platform"

    def ready(self) -> None:
        from learning import figures, panels, rules  # noqa: F401
