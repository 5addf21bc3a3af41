from django import forms

from declarations.forms import DateInput
from esafety.forms import GovukFormMixin
from people.models import Setting
from people.selectors import staff_in
from phones.models import Device, Outing
from phones.selectors import phones_of

YES_NO = [("yes", "Yes"), ("no", "No")]


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None) -> None:
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class OutingForm(GovukFormMixin, forms.ModelForm):
    staff = forms.ModelMultipleChoiceField(
        label="Staff going", queryset=None, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Outing
        fields = [
            "date",
            "destination",
            "staff",
            "children_count",
            "phone",
            "phone_number",
            "contact_numbers_taken",
            "contact_numbers_where",
            "personal_numbers_safeguard",
            "risk_assessment",
        ]
        widgets = {
            "date": DateInput,
            "personal_numbers_safeguard": forms.Textarea(attrs={"rows": 3}),
            "risk_assessment": forms.Textarea(attrs={"rows": 5}),
        }
        labels = {
            "phone": "Setting mobile phone taken",
            "phone_number": "Number of the phone taken",
            "contact_numbers_taken": "Emergency contact numbers for every child are being taken",
            "contact_numbers_where": "Where the contact numbers are kept on the outing",
            "personal_numbers_safeguard": "How personal numbers stored on the phone are kept safe",
            "risk_assessment": "Risk assessment",
        }
        help_texts = {
            "phone_number": "Filled in from the register when left empty.",
            "personal_numbers_safeguard": "For example: the phone holds only the setting's contacts, "
            "is locked with a PIN and stays with the outing leader.",
        }

    def __init__(self, *args, setting: Setting, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["staff"].queryset = staff_in(setting)
        self.fields["phone"].queryset = phones_of(setting)
        self.fields["phone"].required = False


class DeviceForm(GovukFormMixin, forms.Form):
    name = forms.CharField(label="Name", max_length=120, help_text="For example 'Hedgehogs room tablet'.")
    kind = forms.ChoiceField(label="Kind of device", choices=Device.Kind.choices, widget=forms.RadioSelect)
    owner = forms.ChoiceField(label="Who owns it?", choices=Device.Owner.choices, widget=forms.RadioSelect)
    phone_number = forms.CharField(label="Phone number (for phones)", max_length=32, required=False)
    identifier = forms.CharField(label="Serial number or asset tag (optional)", max_length=64, required=False)


class ReasonForm(GovukFormMixin, forms.Form):
    reason = forms.CharField(label="Why?", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class ObservationForm(GovukFormMixin, forms.Form):
    observed_at = forms.DateTimeField(
        label="When was it seen?", widget=DateTimeInput, input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
    )
    observer_name = forms.CharField(
        label="Who observed it?", max_length=120, required=False, help_text="Leave empty if it was you."
    )
    observer_organisation = forms.CharField(
        label="Their organisation (optional)",
        max_length=120,
        required=False,
        help_text="For example the inspectorate, when an inspector reported it to you.",
    )
    what = forms.CharField(label="What was seen", max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    affected_supervision = forms.TypedChoiceField(
        label="Did it affect the supervision of children?",
        choices=YES_NO,
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
    )
    action_taken = forms.CharField(
        label="Action taken (optional)",
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    about_staff = forms.ModelChoiceField(
        label="Member of staff involved (optional)",
        queryset=None,
        required=False,
        help_text="Only if the observation is about a particular person.",
    )

    def __init__(self, *args, setting: Setting, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["about_staff"].queryset = staff_in(setting)


class ResponseForm(GovukFormMixin, forms.Form):
    response = forms.CharField(
        label="Your response", max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )


class ConcernForm(GovukFormMixin, forms.Form):
    about_staff = forms.ModelChoiceField(label="Member of staff", queryset=None)
    occurred_on = forms.DateField(label="When did it happen?", widget=DateInput)
    summary = forms.CharField(
        label="What happened", max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, setting: Setting, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["about_staff"].queryset = staff_in(setting)
