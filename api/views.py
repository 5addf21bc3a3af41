from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.permissions import ObjectRule
from api.serializers import GroupSerializer, PersonSerializer, SettingSerializer
from audit.services import record_view
from people.models import Group, Setting, User


class MeView(APIView):
    def get(self, request: Request) -> Response:
        return Response(PersonSerializer(request.user).data)

    def get_serializer_class(self) -> type:
        return PersonSerializer


class SettingDetail(generics.RetrieveAPIView):
    queryset = Setting.objects.all()
    serializer_class = SettingSerializer
    permission_classes = [ObjectRule]
    rule_action = "people.view_setting"


class GroupDetail(generics.RetrieveAPIView):
    queryset = Group.objects.select_related("setting").prefetch_related("pupils")
    serializer_class = GroupSerializer
    permission_classes = [ObjectRule]
    rule_action = "people.view_group"


class PersonDetail(generics.RetrieveAPIView):
    queryset = User.objects.select_related("setting", "group")
    serializer_class = PersonSerializer
    permission_classes = [ObjectRule]
    rule_action = "people.view_person"

    def get_object(self) -> User:
        person = super().get_object()
        if person.pk != self.request.user.pk:
            record_view(person, user=self.request.user, via="api")
        return person
