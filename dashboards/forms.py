from django import forms

from dashboards.selectors import default_period
from declarations.forms import DateInput
from esafety.forms import GovukFormMixin
from people.models import Council


class FilterForm(GovukFormMixin, forms.Form):
    start = forms.DateField(label="From", required=False, widget=DateInput)
    end = forms.DateField(label="To", required=False, widget=DateInput)
    setting = forms.ModelChoiceField(
        label="Setting", queryset=None, required=False, empty_label="All settings"
    )

    def __init__(self, *args, council: Council | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if council is None:
            del self.fields["setting"]
        else:
            self.fields["setting"].queryset = council.settings.all()

    def clean(self) -> dict:
        data = super().clean()
        start, end = default_period()
        data["start"] = data.get("start") or start
        data["end"] = data.get("end") or end
        if data["start"] > data["end"]:
            self.add_error("end", "The end date must be on or after the start date.")
        return data
