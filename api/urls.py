from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from api import views

app_name = "api"

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("me/", views.MeView.as_view(), name="me"),
    path("settings/<int:pk>/", views.SettingDetail.as_view(), name="setting"),
    path("classes/<int:pk>/", views.GroupDetail.as_view(), name="group"),
    path("people/<int:pk>/", views.PersonDetail.as_view(), name="person"),
]
