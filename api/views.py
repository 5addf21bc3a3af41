from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.generics import RecordedDetail, RuleDetail
from api.serializers import GroupSerializer, PersonSerializer, SettingSerializer
from people.models import Group, Setting, User


class MeView(APIView):
    def get(self, request: Request) -> Response:
        return Response(PersonSerializer(request.user).data)

    def get_serializer_class(self) -> type:
        return PersonSerializer


class SettingDetail(RuleDetail):
    queryset = Setting.objects.all()
    serializer_class = SettingSerializer
    rule_action = "people.view_setting"


class GroupDetail(RuleDetail):
    queryset = Group.objects.select_related("setting").prefetch_related("pupils")
    serializer_class = GroupSerializer
    rule_action = "people.view_group"


class PersonDetail(RecordedDetail):
    queryset = User.objects.select_related("setting", "group")
    serializer_class = PersonSerializer
    rule_action = "people.view_person"

    def is_own(self, person: User) -> bool:
        return person.pk == self.request.user.pk
