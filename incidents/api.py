"""API for reports, cases, allegations and exports, under the same rules as the pages."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.generics import RecordedDetail, RuleDetail
from api.permissions import ObjectRule
from audit.services import record_denied
from esafety.permissions import can
from incidents import export, selectors, services
from incidents.models import AllegationCase, Incident
from incidents.rules import CaseMove
from incidents.serializers import (
    AllegationSerializer,
    CaseSerializer,
    EvidenceUploadSerializer,
    ExportRequestSerializer,
    MoveSerializer,
    ReportSerializer,
)
from vault import services as vault


def _refuse(request: Request, action: str, obj) -> None:
    record_denied(action, obj, user=request.user)
    raise PermissionDenied()


def _as_api_error(error: DjangoValidationError) -> ValidationError:
    return ValidationError(error.message_dict if hasattr(error, "error_dict") else error.messages)


class ReportList(generics.ListCreateAPIView):
    """Your own reports; POST a draft, with "submit": true to send it at once."""

    serializer_class = ReportSerializer

    def get_queryset(self):
        return selectors.reports_by(self.request.user).order_by("-created_at")

    def perform_create(self, serializer: ReportSerializer) -> None:
        setting = self.request.user.setting
        if not can(self.request.user, "incidents.report", setting):
            _refuse(self.request, "incidents.report", setting)
        fields = dict(serializer.validated_data)
        submit = fields.pop("submit", False)
        try:
            with transaction.atomic():
                incident = services.save_draft(reporter=self.request.user, setting=setting, fields=fields)
                if submit:
                    incident = services.submit_report(incident, by=self.request.user)
        except DjangoValidationError as error:
            raise _as_api_error(error) from None
        serializer.instance = incident


class ReportDetail(RuleDetail):
    queryset = Incident.objects.all()
    serializer_class = ReportSerializer
    rule_action = "incidents.view_report"


class ReportEvidence(generics.GenericAPIView):
    """Add an evidence file (multipart field "file") to your report or to a case you work on."""

    queryset = Incident.objects.all()
    serializer_class = EvidenceUploadSerializer

    @extend_schema(responses={201: OpenApiResponse(description="Sealed in the vault")})
    def post(self, request: Request, pk: int) -> Response:
        incident = self.get_object()
        if not (
            can(request.user, "incidents.view_report", incident)
            or can(request.user, "incidents.view_case", incident)
        ):
            _refuse(request, "incidents.view_case", incident)
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        try:
            with transaction.atomic():
                item = services.add_evidence(
                    incident, data=vault.read_upload(upload), filename=upload.name, by=request.user
                )
        except vault.EvidenceRefused as refusal:
            raise ValidationError({"file": [str(refusal)]}) from None
        except DjangoValidationError as error:
            raise _as_api_error(error) from None
        stored = item.log_entry.stored_object
        body = {"sha256": stored.sha256, "media_type": stored.media_type, "log_index": item.log_entry.index}
        return Response(body, status=status.HTTP_201_CREATED)


class CaseList(generics.ListAPIView):
    serializer_class = CaseSerializer

    def get_queryset(self):
        return selectors.cases_visible_to(self.request.user).order_by("-submitted_at")


class CaseDetail(RecordedDetail):
    queryset = Incident.objects.select_related("setting", "reporter", "investigator")
    serializer_class = CaseSerializer
    rule_action = "incidents.view_case"


class CaseMoveView(generics.GenericAPIView):
    queryset = Incident.objects.all()
    serializer_class = MoveSerializer
    permission_classes = [ObjectRule]
    rule_action = "incidents.view_case"

    @extend_schema(responses=CaseSerializer)
    def post(self, request: Request, pk: int) -> Response:
        incident = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        move = CaseMove(incident, data["to_status"])
        if not can(request.user, "incidents.move_case", move):
            _refuse(request, "incidents.move_case", incident)
        try:
            moved = services.move_case(
                incident, data["to_status"], by=request.user, reason=data["reason"], outcome=data["outcome"]
            )
        except DjangoValidationError as error:
            raise _as_api_error(error) from None
        return Response(CaseSerializer(moved).data)


class CaseExportView(generics.GenericAPIView):
    """Build an export bundle (ZIP) for the police, the LADO or a service provider."""

    queryset = Incident.objects.all()
    serializer_class = ExportRequestSerializer
    permission_classes = [ObjectRule]
    rule_action = "incidents.export_case"

    @extend_schema(responses={(200, "application/zip"): OpenApiTypes.BINARY})
    def post(self, request: Request, pk: int) -> HttpResponse:
        incident = self.get_object()
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        name, data = export.export_case(
            incident, variant=serializer.validated_data["variant"], by=request.user
        )
        response = HttpResponse(data, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class AllegationList(generics.ListAPIView):
    serializer_class = AllegationSerializer

    def get_queryset(self):
        return selectors.allegations_visible_to(self.request.user).order_by("-opened_at")


class AllegationDetail(RecordedDetail):
    queryset = AllegationCase.objects.select_related("setting", "about_staff", "incident")
    serializer_class = AllegationSerializer
    rule_action = "incidents.view_allegation"
