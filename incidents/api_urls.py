from django.urls import path

from incidents import api

app_name = "incidents_api"

urlpatterns = [
    path("reports/", api.ReportList.as_view(), name="reports"),
    path("reports/<int:pk>/", api.ReportDetail.as_view(), name="report"),
    path("reports/<int:pk>/evidence/", api.ReportEvidence.as_view(), name="evidence"),
    path("cases/", api.CaseList.as_view(), name="cases"),
    path("cases/<int:pk>/", api.CaseDetail.as_view(), name="case"),
    path("cases/<int:pk>/move/", api.CaseMoveView.as_view(), name="case_move"),
    path("cases/<int:pk>/export/", api.CaseExportView.as_view(), name="case_export"),
    path("allegations/", api.AllegationList.as_view(), name="allegations"),
    path("allegations/<int:pk>/", api.AllegationDetail.as_view(), name="allegation"),
]
