from rest_framework import serializers

from incidents import services
from incidents.models import AllegationCase, CaseExport, Incident

# The API never takes or shows a pupil or a child's date of birth: those stay on the web pages,
# where the DSL alone can fill them in.
REPORT_FIELDS = [name for name in services.REPORT_FIELDS if name not in ("pupil", "child_date_of_birth")]


class ReportSerializer(serializers.ModelSerializer):
    """What a reporter sees and writes: their own report and its status."""

    reference = serializers.CharField(read_only=True)
    submit = serializers.BooleanField(write_only=True, default=False)
    evidence_count = serializers.SerializerMethodField()

    class Meta:
        model = Incident
        fields = ["id", "reference", "status", "submitted_at", *REPORT_FIELDS, "submit", "evidence_count"]
        read_only_fields = ["status", "submitted_at"]

    def get_evidence_count(self, incident: Incident) -> int:
        return incident.evidence.count()


class CaseSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True)
    setting = serializers.CharField(source="setting.name", read_only=True)
    reporter = serializers.CharField(source="reporter.get_full_name", read_only=True)
    investigator = serializers.StringRelatedField()

    class Meta:
        model = Incident
        fields = [
            "id",
            "reference",
            "setting",
            "status",
            "submitted_at",
            "reporter",
            *REPORT_FIELDS,
            "investigator",
            "support_person_name",
            "support_person_kind",
            "outcome",
            "closed_at",
            "retention_review_on",
        ]
        read_only_fields = fields


class MoveSerializer(serializers.Serializer):
    # A draft is never a destination; leaving it out also gives the schema its own enum.
    to_status = serializers.ChoiceField(choices=Incident.Status.choices[1:])
    reason = serializers.CharField(required=False, allow_blank=True, default="")
    outcome = serializers.CharField(required=False, allow_blank=True, default="")


class ExportRequestSerializer(serializers.Serializer):
    variant = serializers.ChoiceField(choices=CaseExport.Variant.choices)


class EvidenceUploadSerializer(serializers.Serializer):
    file = serializers.FileField()


class AllegationSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True)
    setting = serializers.CharField(source="setting.name", read_only=True)
    about_staff = serializers.CharField(source="about_staff.get_full_name", read_only=True)
    incident = serializers.CharField(source="incident.reference", read_only=True, default=None)

    class Meta:
        model = AllegationCase
        fields = [
            "id",
            "reference",
            "setting",
            "incident",
            "about_staff",
            "summary",
            "source",
            "opened_at",
            "referral_due_at",
            "referred_at",
            "lado_reference",
            "lado_officer",
            "advice",
        ]
        read_only_fields = fields
