from dataclasses import asdict

from django.shortcuts import get_object_or_404
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from dashboards.figures import Scope, figures_for
from dashboards.forms import FilterForm
from dashboards.selectors import council_scope, setting_scope
from esafety.permissions import require
from people.models import Council, Setting


class FigureSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    series = serializers.DictField()


def figures_response(scope: Scope) -> Response:
    figures = [
        {"key": f.key, "title": f.title, "notes": f.notes, "series": asdict(f.series)}
        for f in figures_for(scope)
    ]
    return Response(
        {"start": scope.start, "end": scope.end, "settings": scope.setting_ids, "figures": figures}
    )


def period(request: Request, council: Council | None) -> dict:
    form = FilterForm(request.query_params, council=council)
    if not form.is_valid():
        raise serializers.ValidationError(form.errors)
    return form.cleaned_data


class SettingFigures(APIView):
    serializer_class = FigureSerializer

    def get(self, request: Request, pk: int) -> Response:
        setting = get_object_or_404(Setting.objects.select_related("council"), pk=pk)
        require(request, "dashboards.view_setting", setting)
        data = period(request, None)
        return figures_response(setting_scope(setting, data["start"], data["end"]))


class CouncilFigures(APIView):
    serializer_class = FigureSerializer

    def get(self, request: Request, pk: int) -> Response:
        council = get_object_or_404(Council, pk=pk)
        require(request, "dashboards.view_council", council)
        data = period(request, council)
        return figures_response(council_scope(council, data["start"], data["end"], data.get("setting")))
