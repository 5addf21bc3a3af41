from django.urls import path

from phones import views

app_name = "phones"

urlpatterns = [
    path("settings/<int:setting_pk>/", views.hub, name="hub"),
    path("settings/<int:setting_pk>/outings/new/", views.outing_form, name="outing_new"),
    path("outings/<int:pk>/", views.outing_detail, name="outing"),
    path("outings/<int:pk>/edit/", views.outing_form, name="outing_edit"),
    path("settings/<int:setting_pk>/devices/new/", views.device_new, name="device_new"),
    path("devices/<int:pk>/withdraw/", views.device_withdraw, name="device_withdraw"),
    path("settings/<int:setting_pk>/observations/new/", views.observation_new, name="observation_new"),
    path("observations/<int:pk>/", views.observation_detail, name="observation"),
    path("settings/<int:setting_pk>/concerns/", views.concerns, name="concerns"),
    path("settings/<int:setting_pk>/concerns/new/", views.concern_new, name="concern_new"),
    path("concerns/<int:pk>/", views.concern_detail, name="concern"),
]
