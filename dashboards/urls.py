from django.urls import path

from dashboards import views

app_name = "dashboards"

urlpatterns = [
    path("settings/<int:pk>/", views.setting_dashboard, name="setting"),
    path("settings/<int:pk>/<slug:key>.csv", views.setting_csv, name="setting_csv"),
    path("councils/<int:pk>/", views.council_dashboard, name="council"),
    path("councils/<int:pk>/<slug:key>.csv", views.council_csv, name="council_csv"),
]
