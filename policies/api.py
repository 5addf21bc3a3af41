from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.services import record_view
from esafety.permissions import require
from people.models import Setting
from policies import selectors, services
from policies.forms import STAFF_ROLE_CHOICES
from policies.models import Acknowledgement, Policy, PolicyVersion, ScopeChange


class OutstandingSerializer(serializers.Serializer):
    policy = serializers.IntegerField(source="policy.pk")
    title = serializers.CharField(source="policy.title")
    version = serializers.IntegerField(source="version.pk")
    label = serializers.CharField(source="version.label")
    due_at = serializers.DateTimeField()
    overdue = serializers.BooleanField()


class AcknowledgementSerializer(serializers.ModelSerializer):
    policy = serializers.IntegerField(source="version.policy_id")

    class Meta:
        model = Acknowledgement
        fields = ["id", "policy", "version", "acknowledged_at"]


class ComplianceSerializer(serializers.Serializer):
    policy = serializers.IntegerField(source="policy.pk")
    title = serializers.CharField(source="policy.title")
    version = serializers.IntegerField(source="version.pk")
    acknowledged = serializers.SerializerMethodField()
    outstanding = serializers.SerializerMethodField()
    percent = serializers.IntegerField(allow_null=True)

    def get_acknowledged(self, row: selectors.ComplianceRow) -> list[int]:
        return [p.pk for p in row.acknowledged]

    def get_outstanding(self, row: selectors.ComplianceRow) -> list[int]:
        return [p.pk for p in row.outstanding]


class MyPolicies(APIView):
    """What the signed-in person still has to acknowledge, and what they have acknowledged."""

    serializer_class = OutstandingSerializer

    def get(self, request: Request) -> Response:
        return Response(
            {
                "outstanding": OutstandingSerializer(selectors.outstanding_for(request.user), many=True).data,
                "acknowledged": AcknowledgementSerializer(
                    selectors.acknowledgements_of(request.user)[:200], many=True
                ).data,
            }
        )


class Acknowledge(APIView):
    serializer_class = AcknowledgementSerializer

    def post(self, request: Request, pk: int) -> Response:
        version = get_object_or_404(PolicyVersion.objects.select_related("policy"), pk=pk)
        require(request, "policies.acknowledge", version)
        try:
            acknowledgement = services.acknowledge(request.user, version)
        except ValidationError as error:
            return Response({"detail": " ".join(error.messages)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(AcknowledgementSerializer(acknowledgement).data, status=status.HTTP_201_CREATED)


class Compliance(APIView):
    serializer_class = ComplianceSerializer

    def get(self, request: Request, setting_pk: int) -> Response:
        setting = get_object_or_404(Setting, pk=setting_pk)
        require(request, "policies.view_compliance", setting)
        record_view(setting, user=request.user, what="policy compliance", via="api")
        rows = selectors.compliance_for_setting(setting)
        return Response(
            {
                "setting": setting.pk,
                "percent": selectors.compliance_percent(rows),
                "policies": ComplianceSerializer(rows, many=True).data,
            }
        )


class ScopeChangeSerializer(serializers.ModelSerializer):
    """In: the new settings (ids), roles and reason. Out: the recorded change."""

    settings = serializers.PrimaryKeyRelatedField(
        queryset=Setting.objects.all(), many=True, write_only=True, source="settings_after"
    )
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=STAFF_ROLE_CHOICES), write_only=True, source="roles_after"
    )

    class Meta:
        model = ScopeChange
        read_only_fields = [
            "policy",
            "changed_at",
            "changed_by",
            "settings_before",
            "settings_after",
            "roles_before",
            "roles_after",
        ]
        fields = ["id", *read_only_fields, "settings", "roles", "reason"]


class ChangeScope(APIView):
    """A council administrator changes the settings and roles a policy applies to."""

    serializer_class = ScopeChangeSerializer

    def post(self, request: Request, pk: int) -> Response:
        policy = get_object_or_404(Policy.objects.select_related("council"), pk=pk)
        require(request, "policies.manage", policy.council)
        incoming = ScopeChangeSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            change = services.change_scope(
                policy,
                by=request.user,
                settings_in_scope=incoming.validated_data["settings_after"],
                roles=incoming.validated_data["roles_after"],
                reason=incoming.validated_data["reason"],
            )
        except ValidationError as error:
            detail = error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
            return Response(detail, status=status.HTTP_400_BAD_REQUEST)
        return Response(ScopeChangeSerializer(change).data, status=status.HTTP_201_CREATED)
