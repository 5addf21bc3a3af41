from django.urls import path

from policies import views

app_name = "policies"

urlpatterns = [
    path("", views.my_policies, name="mine"),
    path("<int:pk>/", views.policy_detail, name="detail"),
    path("<int:pk>/new-version/", views.new_version, name="new_version"),
    path("<int:pk>/scope/", views.change_scope, name="scope"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("versions/<int:pk>/acknowledge/", views.acknowledge, name="acknowledge"),
    path("versions/<int:pk>/pdf/", views.version_pdf, name="pdf"),
    path("council/<int:council_pk>/", views.library, name="library"),
    path("council/<int:council_pk>/new/", views.new_policy, name="new"),
    path("compliance/<int:setting_pk>/", views.compliance, name="compliance"),
]
