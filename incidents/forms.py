"""Forms for reporting and working on cases. The help texts guide the reporter to keep evidence."""

from __future__ import annotations

from django import forms

from esafety.forms import GovukFormMixin
from incidents.models import AllegationCase, CaseExport, Incident, RetentionDecision
from incidents.services import REPORT_FIELDS
from people.models import Setting, User
from people.roles import Role

DATETIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


class ReportForm(GovukFormMixin, forms.ModelForm):
    page_url = forms.URLField(
        max_length=2000,
        required=False,
        assume_scheme="https",
        label="Full web address of the page (optional)",
        help_text=(
            "Copy the whole address from the browser's address bar, including everything after any "
            "question mark. It helps the website find and remove the content."
        ),
    )
    evidence = forms.FileField(
        required=False,
        label="Add an evidence file (optional)",
        help_text=(
            "A screenshot, photo, exported chat or PDF. Keep the original on the phone or computer too, "
            "and do not delete the messages: they may be needed later. You can add more files after saving."
        ),
    )

    class Meta:
        model = Incident
        fields = list(REPORT_FIELDS)
        labels = {
            "occurred_from": "When did it happen, or when did it start?",
            "occurred_to": "When did it stop, if it went on over a period? (optional)",
            "channel": "How were the messages sent?",
            "message_content": "What did the messages say?",
            "sender_identity": "Who sent them? (optional)",
            "target": "Who was targeted?",
            "target_description": "Tell us more about who was targeted (optional)",
            "pupil": "Pupil concerned (optional)",
            "child_date_of_birth": "The child's date of birth, if known (optional)",
            "alleges_staff_harm": "This report says a member of staff harmed, or may have harmed, a child",
            "accused_staff": "Which member of staff is it about?",
        }
        help_texts = {
            "occurred_from": "Give the date and time as exactly as you can; note it down when you notice.",
            "message_content": "Copy the words exactly as written. Do not reply to the sender.",
            "sender_identity": "A name, phone number, user name, e-mail address or profile link, if known.",
            "child_date_of_birth": "Used only to work out how long the record must be kept.",
            "alleges_staff_harm": (
                "The designated safeguarding lead is told at once and the case is referred to the LADO."
            ),
        }
        widgets = {
            "occurred_from": LocalDateTimeInput(),
            "occurred_to": LocalDateTimeInput(),
            "message_content": forms.Textarea(attrs={"rows": 6}),
            "child_date_of_birth": DateInput(),
        }

    def __init__(self, *args, setting: Setting, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("occurred_from", "occurred_to"):
            self.fields[name].input_formats = DATETIME_FORMATS
        self.fields["channel"].choices = [("", "Choose how")] + list(Incident.Channel.choices)
        self.fields["target"].choices = [("", "Choose who")] + list(Incident.Target.choices)
        self.fields["accused_staff"].queryset = (
            User.objects.filter(setting=setting, is_active=True)
            .exclude(roles__role=Role.PUPIL)
            .exclude(pk=user.pk)
            .distinct()
        )
        if user.has_role(Role.DSL, setting):
            self.fields["pupil"].queryset = User.objects.filter(
                setting=setting, roles__role=Role.PUPIL
            ).distinct()
        else:
            del self.fields["pupil"]
            del self.fields["child_date_of_birth"]

    def report_fields(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "evidence"}


class EvidenceForm(GovukFormMixin, forms.Form):
    evidence = forms.FileField(
        label="Evidence file",
        help_text="PNG, JPEG, GIF or WebP images, PDF documents, or plain text, CSV or JSON files.",
    )


class MoveForm(GovukFormMixin, forms.Form):
    to_status = forms.ChoiceField(label="Move the case to")
    reason = forms.CharField(
        label="Reason (optional)", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    outcome = forms.CharField(
        label="Outcome (needed when recording the outcome)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, choices: list[tuple[str, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = choices


class InvestigatorForm(GovukFormMixin, forms.Form):
    investigator = forms.ModelChoiceField(queryset=User.objects.none(), label="Investigator")

    def __init__(self, *args, incident: Incident, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        candidates = User.objects.filter(
            roles__council=incident.setting.council_id,
            roles__role__in=[Role.LINE_MANAGER, Role.HR_INVESTIGATOR],
            is_active=True,
        ).distinct()
        allowed = [
            person.pk
            for person in candidates
            if person.has_role(Role.LINE_MANAGER, incident.setting)
            or person.has_role(Role.HR_INVESTIGATOR, incident.setting)
        ]
        self.fields["investigator"].queryset = User.objects.filter(pk__in=allowed).exclude(
            pk__in=[incident.reporter_id, incident.accused_staff_id or 0]
        )


class SupportPersonForm(GovukFormMixin, forms.Form):
    name = forms.CharField(label="Support person's name", max_length=200)
    kind = forms.ChoiceField(label="Who they are", choices=Incident.SupportKind.choices)


class NoteForm(GovukFormMixin, forms.Form):
    text = forms.CharField(label="Note", widget=forms.Textarea(attrs={"rows": 3}))


class ActionForm(GovukFormMixin, forms.Form):
    description = forms.CharField(label="Action", max_length=500)
    due_on = forms.DateField(label="Due date", widget=DateInput())
    assigned_to = forms.ModelChoiceField(queryset=User.objects.none(), label="Who will do it", required=False)

    def __init__(self, *args, incident: Incident, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = (
            User.objects.filter(setting=incident.setting, is_active=True)
            .exclude(roles__role=Role.PUPIL)
            .distinct()
        )


class ExportForm(GovukFormMixin, forms.Form):
    variant = forms.ChoiceField(label="Who is the export for?", choices=CaseExport.Variant.choices)


class ReferralForm(GovukFormMixin, forms.Form):
    referred_at = forms.DateTimeField(
        label="When was the referral made?", widget=LocalDateTimeInput(), input_formats=DATETIME_FORMATS
    )
    reference = forms.CharField(label="First Response Team reference", max_length=100)
    officer = forms.CharField(label="LADO officer spoken to", max_length=200, required=False)
    advice = forms.CharField(label="Advice given", widget=forms.Textarea(attrs={"rows": 4}), required=False)


class DateOfBirthForm(GovukFormMixin, forms.Form):
    date_of_birth = forms.DateField(
        label="Date of birth of the member of staff",
        help_text="Used only to work out how long the record must be kept.",
        widget=DateInput(),
    )


class GrantForm(GovukFormMixin, forms.Form):
    user = forms.ModelChoiceField(queryset=User.objects.none(), label="Person to let in")
    reason = forms.CharField(label="Why they need to see it", widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, allegation: AllegationCase, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = (
            User.objects.filter(setting=allegation.setting, is_active=True)
            .exclude(roles__role=Role.PUPIL)
            .exclude(pk=allegation.about_staff_id)
            .distinct()
        )


class RetentionForm(GovukFormMixin, forms.Form):
    decision = forms.ChoiceField(label="Decision", choices=RetentionDecision.Decision.choices)
    next_review_on = forms.DateField(label="Next review (when keeping)", widget=DateInput(), required=False)
    reason = forms.CharField(label="Reason", widget=forms.Textarea(attrs={"rows": 2}))
