from django import forms

from declarations.models import Declaration, PrivacyAttestation
from esafety.forms import GovukFormMixin


class DateInput(forms.DateInput):
    input_type = "date"


class DeclarationForm(GovukFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label="What happened?", choices=Declaration.Kind.choices, widget=forms.RadioSelect
    )
    medium = forms.ChoiceField(label="Where?", choices=Declaration.Medium.choices, widget=forms.RadioSelect)
    relationship = forms.ChoiceField(
        label="Who was it?", choices=Declaration.Relationship.choices, widget=forms.RadioSelect
    )
    who = forms.CharField(
        label="Initials or a short description of the person",
        max_length=120,
        help_text="Enough for your line manager to know who you mean, for example 'J.S., Year 6 in 2023'.",
    )
    contact_on = forms.DateField(label="Date of the contact", widget=DateInput)
    resolved_on = forms.DateField(
        label="Date you dealt with it (optional)",
        required=False,
        widget=DateInput,
        help_text="For example the day you declined the request or removed the contact.",
    )
    what_happened = forms.CharField(
        label="What happened", max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )
    what_i_did = forms.CharField(
        label="What you did", max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )


class AcknowledgeForm(GovukFormMixin, forms.Form):
    action = forms.CharField(
        label="Action taken (optional)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example 'Talked it through; no further action' or 'Passed to the DSL'.",
    )


class AttestationForm(GovukFormMixin, forms.Form):
    checklist = forms.MultipleChoiceField(
        label="Your social-network privacy settings",
        choices=list(PrivacyAttestation.CHECKLIST.items()),
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick each statement that is true for every social network you use.",
    )
    note = forms.CharField(
        label="Anything to add (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
