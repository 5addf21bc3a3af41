from django.urls import path

from incidents import views

app_name = "incidents"

urlpatterns = [
    path("report/", views.report_new, name="report_new"),
    path("reports/", views.my_reports, name="my_reports"),
    path("reports/<int:pk>/", views.report_detail, name="report"),
    path("reports/<int:pk>/edit/", views.report_edit, name="report_edit"),
    path("reports/<int:pk>/evidence/", views.add_evidence, name="add_evidence"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence"),
    path("cases/", views.case_list, name="cases"),
    path("cases/<int:pk>/", views.case_detail, name="case"),
    path("cases/<int:pk>/move/", views.case_move, name="case_move"),
    path("cases/<int:pk>/investigator/", views.case_assign, name="case_assign"),
    path("cases/<int:pk>/support/", views.case_support, name="case_support"),
    path("cases/<int:pk>/notes/", views.case_note, name="case_note"),
    path("cases/<int:pk>/actions/", views.case_action, name="case_action"),
    path("cases/<int:pk>/export/", views.case_export, name="case_export"),
    path("actions/<int:pk>/done/", views.action_done, name="action_done"),
    path("allegations/", views.allegation_list, name="allegations"),
    path("allegations/<int:pk>/", views.allegation_detail, name="allegation"),
    path("allegations/<int:pk>/referral/", views.allegation_referral, name="allegation_referral"),
    path("allegations/<int:pk>/access/", views.allegation_grant, name="allegation_grant"),
    path("allegations/<int:pk>/date-of-birth/", views.allegation_date_of_birth, name="allegation_birth"),
    path("settings/<int:setting_pk>/retention/", views.retention_list, name="retention"),
    path(
        "settings/<int:setting_pk>/retention/<str:kind>/<int:pk>/",
        views.retention_decide,
        name="retention_decide",
    ),
]
