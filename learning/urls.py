from django.urls import path

from learning import views

app_name = "learning"

urlpatterns = [
    path("", views.learning_home, name="home"),
    path("rules/", views.rules, name="rules"),
    path("tasks/<int:pk>/", views.task_detail, name="task"),
    path("comments/<int:pk>/report/", views.report_comment, name="report"),
    path("classes/<int:pk>/", views.class_page, name="class"),
    path("classes/<int:pk>/import/", views.import_pupils, name="import_pupils"),
    path("classes/<int:pk>/tasks/new/", views.new_task, name="new_task"),
    path("pupils/<int:pk>/", views.pupil_account, name="pupil"),
    path("pupils/<int:pk>/reset-password/", views.reset_password, name="reset_password"),
    path("pupils/<int:pk>/switch/", views.switch_account, name="switch_account"),
    path("pupils/<int:pk>/move/", views.move_pupil, name="move_pupil"),
    path("queue/", views.queue, name="queue"),
    path("comments/<int:pk>/", views.comment_detail, name="comment"),
    path("comments/<int:pk>/<slug:action>/", views.moderate_comment, name="moderate"),
    path("settings/<int:pk>/rules/", views.setting_rules, name="setting_rules"),
    path("settings/<int:pk>/screening/", views.screening_report, name="screening"),
    path("settings/<int:pk>/screening/lines/", views.screening_lines, name="screening_lines"),
    path("allowed-phrases/<int:pk>/retire/", views.retire_phrase, name="retire_phrase"),
    path("alerts/", views.alerts, name="alerts"),
    path("alerts/<int:pk>/", views.alert_detail, name="alert"),
    path("alerts/<int:pk>/close/", views.close_alert, name="close_alert"),
    path("alerts/<int:pk>/concern/", views.open_concern, name="open_concern"),
]
