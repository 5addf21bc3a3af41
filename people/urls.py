from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("settings/<int:pk>/", views.setting_detail, name="setting"),
    path("classes/<int:pk>/", views.group_detail, name="group"),
    path("people/<int:pk>/", views.person_detail, name="person"),
]
