from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "incidents"
    verbose_name = "Incidents, allegations and cases"

    def ready(self) -> None:
        from incidents import figures, panels, rules  # noqa: F401
