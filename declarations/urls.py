from django.urls import path

from declarations import views

app_name = "declarations"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("new/", views.new_declaration, name="new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("privacy-attestation/", views.new_attestation, name="attest"),
]
