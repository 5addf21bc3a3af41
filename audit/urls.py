from django.urls import path

from audit import views

app_name = "audit"

urlpatterns = [
    path("councils/<int:pk>/", views.council_log, name="council_log"),
    path("settings/<int:pk>/", views.setting_log, name="setting_log"),
]
