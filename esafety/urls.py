from django.urls import include, path

from esafety import views
from esafety.admin_site import site as admin_site

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/", include("accounts.urls")),
    path("", include("people.urls")),
    path("audit/", include("audit.urls")),
    path("learning/", include("learning.urls")),
    path("api/learning/", include("learning.api_urls")),
    path("policies/", include("policies.urls")),
    path("api/policies/", include("policies.api_urls")),
    path("declarations/", include("declarations.urls")),
    path("api/declarations/", include("declarations.api_urls")),
    path("phones/", include("phones.urls")),
    path("api/phones/", include("phones.api_urls")),
    path("dashboards/", include("dashboards.urls")),
    path("api/dashboards/", include("dashboards.api_urls")),
    path("incidents/", include("incidents.urls")),
    path("api/incidents/", include("incidents.api_urls")),
    path("api/", include("api.urls")),
    path("admin/", admin_site.urls),
]

handler403 = "esafety.errors.forbidden"
handler404 = "esafety.errors.not_found"
