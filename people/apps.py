from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "Organisations and people"

    def ready(self) -> None:
        from people import panels, rules  # noqa: F401
