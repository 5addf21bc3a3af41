from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = "Policies and acknowledgements"

    def ready(self) -> None:
        from policies import figures, panels, rules  # noqa: F401
