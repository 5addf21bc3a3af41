from django.urls import path

from dashboards import api

app_name = "dashboards_api"

urlpatterns = [
    path("settings/<int:pk>/", api.SettingFigures.as_view(), name="setting"),
    path("councils/<int:pk>/", api.CouncilFigures.as_view(), name="council"),
]
