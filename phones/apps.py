from django.apps import AppConfig


class PhonesConfig(AppConfig):
    name = "phones"
    verbose_name = "Mobile phones, devices and outings"

    def ready(self) -> None:
        from phones import figures, panels, rules  # noqa: F401
