"""The same records and rules as the pages: each list is one setting's, asked through `require`."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.generics import refusal
from audit.services import record_view
from esafety.permissions import require
from people.models import Setting, User
from phones import selectors, services
from phones.models import Device, LowLevelConcern, Observation, Outing


class DeviceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Device
        fields = ["id", "setting", "name", "kind", "owner", "phone_number", "identifier", "registered_at"]
        read_only_fields = ["setting", "registered_at"]


class OutingSerializer(serializers.ModelSerializer):
    staff = serializers.PrimaryKeyRelatedField(many=True, queryset=User.objects.all(), required=False)
    phone = serializers.PrimaryKeyRelatedField(queryset=Device.objects.all(), required=False, allow_null=True)

    class Meta:
        model = Outing
        fields = ["id", "setting", "status", "staff", *services.OUTING_FIELDS, "ready_at"]
        read_only_fields = ["setting", "status", "ready_at"]


class ObservationSerializer(serializers.ModelSerializer):
    about_staff = serializers.PrimaryKeyRelatedField(
        queryset=User.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = Observation
        fields = [
            "id",
            "setting",
            "observed_at",
            "observer_name",
            "observer_organisation",
            "what",
            "affected_supervision",
            "action_taken",
            "about_staff",
            "recorded_by",
            "response",
            "responded_at",
        ]
        read_only_fields = ["setting", "recorded_by", "response", "responded_at"]


class ConcernSerializer(serializers.ModelSerializer):
    about_staff = serializers.PrimaryKeyRelatedField(queryset=User.objects.all())

    class Meta:
        model = LowLevelConcern
        fields = [
            "id",
            "setting",
            "about_staff",
            "summary",
            "occurred_on",
            "recorded_at",
            "escalated_at",
            "allegation_case_id",
        ]
        read_only_fields = ["setting", "recorded_at", "escalated_at", "allegation_case_id"]


class TextSerializer(serializers.Serializer):
    response = serializers.CharField(max_length=5000)


class SettingList(generics.ListCreateAPIView):
    """A list of one setting's records; reading and writing each have their own rule."""

    view_action = ""
    create_action = ""

    def setting(self) -> Setting:
        if not hasattr(self, "_setting"):
            self._setting = get_object_or_404(Setting, pk=self.kwargs["setting_pk"])
        return self._setting

    def get_queryset(self):
        require(self.request, self.view_action, self.setting())
        return self.records(self.setting())

    def records(self, setting: Setting):
        raise NotImplementedError

    def write(self, setting: Setting, data: dict[str, Any]) -> Any:
        raise NotImplementedError

    def create(self, request: Request, *args, **kwargs) -> Response:
        setting = self.setting()
        require(request, self.create_action, setting)
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            made = self.write(setting, dict(serializer.validated_data))
        except ValidationError as error:
            return refusal(error)
        return Response(self.get_serializer(made).data, status=status.HTTP_201_CREATED)


class Devices(SettingList):
    serializer_class = DeviceSerializer
    view_action, create_action = "phones.view_devices", "phones.manage_devices"

    def records(self, setting):
        return selectors.register_of(setting)

    def write(self, setting, data):
        return services.register_device(setting, by=self.request.user, **data)


class Outings(SettingList):
    serializer_class = OutingSerializer
    view_action, create_action = "phones.view_outings", "phones.manage_outings"

    def records(self, setting):
        return selectors.outings_of(setting)

    def write(self, setting, data):
        staff = data.pop("staff", [])
        return services.save_outing(setting, by=self.request.user, staff=staff, **data)


class Observations(SettingList):
    serializer_class = ObservationSerializer
    view_action, create_action = "phones.view_observations", "phones.record_observation"

    def records(self, setting):
        return selectors.observations_of(setting)

    def write(self, setting, data):
        return services.record_observation(setting, by=self.request.user, **data)


class Concerns(SettingList):
    serializer_class = ConcernSerializer
    view_action, create_action = "phones.view_concerns", "phones.record_concern"

    def records(self, setting):
        record_view(setting, user=self.request.user, what="low-level concerns register", via="api")
        return selectors.concerns_of(setting)

    def write(self, setting, data):
        return services.record_concern(setting, by=self.request.user, **data)


class MarkReady(APIView):
    serializer_class = OutingSerializer

    def post(self, request: Request, pk: int) -> Response:
        outing = get_object_or_404(Outing, pk=pk)
        require(request, "phones.manage_outings", outing)
        try:
            outing = services.mark_ready(outing, by=request.user)
        except ValidationError as error:
            return refusal(error)
        return Response(OutingSerializer(outing).data)


class Respond(APIView):
    serializer_class = TextSerializer

    def post(self, request: Request, pk: int) -> Response:
        observation = get_object_or_404(Observation, pk=pk)
        require(request, "phones.respond_observation", observation)
        serializer = TextSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        observation = services.respond_to_observation(
            observation, by=request.user, response=serializer.validated_data["response"]
        )
        return Response(ObservationSerializer(observation).data)


class Escalate(APIView):
    serializer_class = ConcernSerializer

    def post(self, request: Request, pk: int) -> Response:
        concern = get_object_or_404(LowLevelConcern, pk=pk)
        require(request, "phones.escalate_concern", concern)
        try:
            concern = services.escalate_concern(concern, by=request.user)
        except ValidationError as error:
            return refusal(error)
        return Response(ConcernSerializer(concern).data)
