from django.urls import path

from phones import api

app_name = "phones_api"

urlpatterns = [
    path("settings/<int:setting_pk>/devices/", api.Devices.as_view(), name="devices"),
    path("settings/<int:setting_pk>/outings/", api.Outings.as_view(), name="outings"),
    path("settings/<int:setting_pk>/observations/", api.Observations.as_view(), name="observations"),
    path("settings/<int:setting_pk>/concerns/", api.Concerns.as_view(), name="concerns"),
    path("outings/<int:pk>/ready/", api.MarkReady.as_view(), name="ready"),
    path("observations/<int:pk>/respond/", api.Respond.as_view(), name="respond"),
    path("concerns/<int:pk>/escalate/", api.Escalate.as_view(), name="escalate"),
]
