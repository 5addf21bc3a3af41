from django.contrib import admin
from django.urls import include, path

from esafety import views

admin.site.site_header = "eSafety administration"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/", include("accounts.urls")),
    path("", include("people.urls")),
    path("audit/", include("audit.urls")),
    path("api/", include("api.urls")),
    path("admin/", admin.site.urls),
]

handler403 = "esafety.errors.forbidden"
handler404 = "esafety.errors.not_found"
