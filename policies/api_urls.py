from django.urls import path

from policies import api

app_name = "policies_api"

urlpatterns = [
    path("", api.MyPolicies.as_view(), name="mine"),
    path("<int:pk>/scope/", api.ChangeScope.as_view(), name="scope"),
    path("versions/<int:pk>/acknowledge/", api.Acknowledge.as_view(), name="acknowledge"),
    path("compliance/<int:setting_pk>/", api.Compliance.as_view(), name="compliance"),
]
