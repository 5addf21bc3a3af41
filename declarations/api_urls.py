from django.urls import path

from declarations import api

app_name = "declarations_api"

urlpatterns = [
    path("", api.DeclarationList.as_view(), name="list"),
    path("<int:pk>/", api.DeclarationDetail.as_view(), name="detail"),
    path("<int:pk>/acknowledge/", api.AcknowledgeDeclaration.as_view(), name="acknowledge"),
    path("privacy-attestations/", api.AttestationList.as_view(), name="attestations"),
]
