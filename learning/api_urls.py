from django.urls import path

from learning import api

app_name = "learning_api"

urlpatterns = [
    path("rules/", api.UsagePolicyView.as_view(), name="rules"),
    path("tasks/", api.TaskList.as_view(), name="tasks"),
    path("classes/<int:pk>/tasks/", api.ClassTasks.as_view(), name="class_tasks"),
    path("tasks/<int:pk>/", api.TaskDetail.as_view(), name="task"),
    path("tasks/<int:pk>/comments/", api.TaskComments.as_view(), name="task_comments"),
    path("comments/<int:pk>/report/", api.ReportComment.as_view(), name="report"),
    path("comments/<int:pk>/moderate/", api.ModerateComment.as_view(), name="moderate"),
    path("queue/", api.Queue.as_view(), name="queue"),
    path("settings/<int:pk>/screening-lines/", api.ScreeningLines.as_view(), name="screening_lines"),
    path("settings/<int:pk>/allowed-phrases/", api.AllowedPhrases.as_view(), name="allowed_phrases"),
    path("allowed-phrases/<int:pk>/retire/", api.RetirePhrase.as_view(), name="retire_phrase"),
]
