from django import forms
from django.utils import timezone

from esafety.forms import GovukFormMixin
from learning.models import COMMENT_MAX_CHARS
from learning.selectors import ScreeningLine
from learning.templatetags.learning_tags import category_label
from people.models import Group

MAX_CSV_BYTES = 256 * 1024


class ClassListForm(GovukFormMixin, forms.Form):
    file = forms.FileField(
        label="Upload a CSV file",
        required=False,
        help_text="Saved as 'CSV UTF-8'. The first row names the columns: First name, Last name.",
    )
    pasted = forms.CharField(
        label="Or paste the class list",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="One pupil a line, the first line naming the columns, for example: First name,Last name",
    )

    def clean(self):
        data = super().clean()
        upload, pasted = data.get("file"), (data.get("pasted") or "").strip()
        if upload and pasted:
            raise forms.ValidationError("Upload a file or paste a list, not both.")
        if not upload and not pasted:
            raise forms.ValidationError("Upload a CSV file or paste the class list.")
        if upload:
            if upload.size > MAX_CSV_BYTES:
                raise forms.ValidationError("The file is too big for a class list (at most 256 KB).")
            if not upload.name.lower().endswith((".csv", ".txt")):
                raise forms.ValidationError("The file must be a CSV file.")
            data["content"] = upload.read()
        else:
            data["content"] = pasted
        return data


class MovePupilForm(GovukFormMixin, forms.Form):
    group = forms.ModelChoiceField(queryset=Group.objects.none(), label="Move to class", empty_label=None)

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups


class UsagePolicyForm(GovukFormMixin, forms.Form):
    title = forms.CharField(max_length=200, label="Title")
    summary = forms.CharField(
        label="Short summary to read aloud",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        help_text="Three or four short sentences in simple words.",
    )
    body = forms.CharField(
        label="The full policy",
        widget=forms.Textarea(attrs={"rows": 14}),
        max_length=20000,
        help_text="Plain words a child understands. Start a rule's title with ## and a list item with -.",
    )


class TaskForm(GovukFormMixin, forms.Form):
    title = forms.CharField(max_length=200, label="Title")
    instructions = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=10000)
    opens_at = forms.DateTimeField(
        label="Opens", help_text="For example 2026-09-01 09:00", initial=timezone.localtime
    )
    closes_at = forms.DateTimeField(label="Closes", help_text="For example 2026-09-08 15:30")
    comments_enabled = forms.BooleanField(label="Pupils can comment", required=False, initial=True)
    premoderated = forms.BooleanField(label="I read every comment before the class sees it", required=False)
    links_allowed = forms.BooleanField(label="Web links in comments can be clicked", required=False)

    def clean(self):
        data = super().clean()
        if data.get("opens_at") and data.get("closes_at") and data["closes_at"] <= data["opens_at"]:
            self.add_error("closes_at", "The task must close after it opens.")
        return data


class CommentForm(GovukFormMixin, forms.Form):
    text = forms.CharField(
        label="Your comment",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=COMMENT_MAX_CHARS,
        help_text="Be kind. Do not share your address, phone number or where you will be.",
    )


class ReasonForm(GovukFormMixin, forms.Form):
    reason = forms.CharField(label="Why?", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)

    QUESTIONS = {
        "remove": "Why are you removing it?",
        "restore": "Why are you restoring it?",
        "escalate": "Why are you escalating it?",
        "concern": "Why are you opening a concern?",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = self.QUESTIONS.get(self.prefix or "", "Why?")


class ApproveForm(GovukFormMixin, forms.Form):
    false_positive = forms.BooleanField(label="Screening got this wrong (a false positive)", required=False)
    reason = forms.CharField(
        label="Why screening was wrong",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )

    def clean(self):
        data = super().clean()
        if data.get("false_positive") and not (data.get("reason") or "").strip():
            self.add_error("reason", "Say why you think screening was wrong.")
        return data


class ReportForm(GovukFormMixin, forms.Form):
    note = forms.CharField(
        label="What upset you? (you do not have to write anything)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AllowedPhraseForm(GovukFormMixin, forms.Form):
    phrase = forms.CharField(max_length=100, label="Word or phrase to allow")
    reason = forms.CharField(max_length=300, label="Why it is safe in your setting")


class CloseAlertForm(GovukFormMixin, forms.Form):
    outcome = forms.CharField(label="What you did", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


NUMBER_ERRORS = ("invalid", "required", "min_value", "max_value", "max_digits", "max_decimal_places")


def line_field(label: str, hint: str, line_name: str) -> forms.DecimalField:
    message = f"{line_name}: enter a number from 0 to 1 with at most two decimal places, such as 0.4."
    return forms.DecimalField(
        label=label,
        help_text=hint,
        min_value=0,
        max_value=1,
        max_digits=3,
        decimal_places=2,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "govuk-input--width-4"}),
        error_messages=dict.fromkeys(NUMBER_ERRORS, message),
    )


class LinesFields(forms.Form):
    """One hold line and one block line per category; categories never blocked have no block line."""

    reason = forms.CharField(
        label="Why you are changing the lines", max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, lines: list[ScreeningLine], **kwargs) -> None:
        self.lines = lines
        super().__init__(*args, initial=self.initial_from(lines), **kwargs)
        reason = self.fields.pop("reason")
        for line in lines:
            label = category_label(line.category).capitalize()
            self.fields[f"{line.category}_hold"] = line_field(
                f"{label}: hold for a teacher from a score of",
                f"Default {line.default_hold}. Lower is stricter.",
                f"{label} hold line",
            )
            if line.default_block is not None:
                self.fields[f"{line.category}_block"] = line_field(
                    f"{label}: block from a score of",
                    f"Default {line.default_block}. Lower is stricter.",
                    f"{label} block line",
                )
        self.fields["reason"] = reason

    @staticmethod
    def initial_from(lines: list[ScreeningLine]) -> dict:
        initial = {}
        for line in lines:
            initial[f"{line.category}_hold"] = line.hold
            if line.default_block is not None:
                initial[f"{line.category}_block"] = line.block
        return initial

    def categories(self) -> list[tuple[ScreeningLine, list]]:
        """Each category with its bound fields, for one fieldset per category."""
        return [
            (
                line,
                [
                    self[name]
                    for name in (f"{line.category}_hold", f"{line.category}_block")
                    if name in self.fields
                ],
            )
            for line in self.lines
        ]

    def changes(self) -> dict[str, dict[str, float]]:
        data = self.cleaned_data
        return {
            line.category: {
                key: float(data[f"{line.category}_{key}"])
                for key in ("hold", "block")
                if f"{line.category}_{key}" in data
            }
            for line in self.lines
        }


class ScreeningLinesForm(GovukFormMixin, LinesFields):
    """The mixin comes first so it styles the fields added for each category too."""


class RetirePhraseForm(GovukFormMixin, forms.Form):
    reason = forms.CharField(
        label="Why screening should stop allowing it",
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
