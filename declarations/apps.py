from django.apps import AppConfig


class DeclarationsConfig(AppConfig):
    name = "declarations"
    verbose_name = "Safeguarding declarations"

    def ready(self) -> None:
        from declarations import figures, panels, rules  # noqa: F401
