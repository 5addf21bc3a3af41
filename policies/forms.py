from django import forms

from esafety.forms import GovukFormMixin
from people.models import Council
from people.roles import Role
from policies.models import PolicyVersion

STAFF_ROLE_CHOICES = [(r.value, r.label) for r in Role if r != Role.PUPIL]


class VersionForm(GovukFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label="What kind of change is this?", choices=PolicyVersion.Kind.choices, widget=forms.RadioSelect
    )
    change_summary = forms.CharField(
        label="Summary of what changed", max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    body_markdown = forms.CharField(
        label="Policy text (Markdown)",
        required=False,
        max_length=100_000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Write the policy here, or upload it as a PDF below.",
    )
    pdf = forms.FileField(label="Policy as a PDF (optional)", required=False)


def settings_field() -> forms.ModelMultipleChoiceField:
    """The settings a policy applies to; the form limits the choice to the policy's council."""
    return forms.ModelMultipleChoiceField(
        label="Settings it applies to",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose none to apply it across the whole council.",
    )


def roles_field() -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label="Roles it applies to",
        choices=STAFF_ROLE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose none to apply it to every member of staff.",
    )


class PolicyForm(VersionForm):
    title = forms.CharField(label="Title", max_length=200)
    settings = settings_field()
    roles = roles_field()

    field_order = ["title", "settings", "roles", "change_summary", "body_markdown", "pdf"]

    def __init__(self, *args, council: Council, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["kind"]  # a policy's first version is always a major one
        self.fields["settings"].queryset = council.settings.all()
        self.fields["change_summary"].label = "Summary of this first version"


class WithdrawForm(GovukFormMixin, forms.Form):
    reason = forms.CharField(label="Why is the policy withdrawn?", max_length=2000, widget=forms.Textarea)


class ScopeForm(GovukFormMixin, forms.Form):
    settings = settings_field()
    roles = roles_field()
    reason = forms.CharField(
        label="Why is the scope changing?", max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, council: Council, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["settings"].queryset = council.settings.all()
