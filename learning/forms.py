from django import forms
from django.utils import timezone

from esafety.forms import GovukFormMixin
from learning.models import COMMENT_MAX_CHARS
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
        help_text="Plain words a child understands. Put each rule on its own line.",
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
