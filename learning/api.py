"""The learning platform's API: the same services and rules as the pages, behind the same gate."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from rest_framework import generics, serializers, status
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.permissions import ObjectRule
from audit.services import record_denied
from esafety.permissions import can
from learning import selectors, services
from learning.models import COMMENT_MAX_CHARS, AllowedPhrase, Comment, Task
from people.models import Group, Setting
from people.roles import Role


def require_api(request: Request, action: str, obj) -> None:
    if not can(request.user, action, obj):
        record_denied(action, obj, user=request.user)
        raise PermissionDenied


class UsagePolicySerializer(serializers.Serializer):
    title = serializers.CharField()
    version = serializers.IntegerField()
    summary = serializers.CharField()
    body = serializers.CharField()
    accepted = serializers.BooleanField()


class TaskSerializer(serializers.ModelSerializer):
    class_name = serializers.CharField(source="group.name", read_only=True)

    class Meta:
        model = Task
        fields = [
            "id", "title", "instructions", "class_name", "opens_at", "closes_at",
            "comments_enabled", "premoderated", "links_allowed",
        ]  # fmt: skip


class CommentSerializer(serializers.ModelSerializer):
    """What a pupil may see of a comment."""

    author = serializers.CharField(source="author.username", read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "author", "text", "created_at", "status"]


class StaffCommentSerializer(CommentSerializer):
    author_name = serializers.CharField(source="author.get_full_name", read_only=True)
    task = serializers.IntegerField(source="task_id", read_only=True)

    class Meta(CommentSerializer.Meta):
        fields = [
            *CommentSerializer.Meta.fields,
            "author_name",
            "task",
            "held_because",
            "verdict",
            "private",
            "false_positive",
        ]


class NewCommentSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=COMMENT_MAX_CHARS, trim_whitespace=True)


class ModerationSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=["approve", "remove", "restore", "escalate"])
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)
    false_positive = serializers.BooleanField(required=False, default=False)


class CommentReportSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=500)


class UsagePolicyView(APIView):
    """The current Acceptable Usage Policy; a pupil agrees to it with POST."""

    serializer_class = UsagePolicySerializer

    def current(self, request: Request):
        policy = selectors.current_policy(request.user.setting_id)
        if policy is None:
            raise NotFound("No usage policy has been written yet.")
        return policy

    def get(self, request: Request) -> Response:
        policy = self.current(request)
        accepted = request.user.is_pupil and selectors.has_accepted(request.user, policy)
        data = {
            "title": policy.title,
            "version": policy.version,
            "summary": policy.summary,
            "body": policy.body,
        }
        return Response(UsagePolicySerializer({**data, "accepted": accepted}).data)

    def post(self, request: Request) -> Response:
        if not request.user.is_pupil:
            raise PermissionDenied("Only pupils agree to the pupils' policy.")
        policy = self.current(request)
        acceptance = services.accept_usage_policy(pupil=request.user, policy=policy)
        return Response({"version": policy.version, "accepted_at": acceptance.accepted_at})


class TaskList(generics.ListAPIView):
    serializer_class = TaskSerializer

    def get_queryset(self):
        user = self.request.user
        if user.is_pupil:
            return selectors.tasks_for_pupil(user)
        groups = selectors.classes_for_staff(user)
        return Task.objects.filter(group__in=groups).select_related("group")


class NewTaskSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    instructions = serializers.CharField(max_length=10000)
    opens_at = serializers.DateTimeField()
    closes_at = serializers.DateTimeField()
    comments_enabled = serializers.BooleanField(default=True)
    premoderated = serializers.BooleanField(default=False)
    links_allowed = serializers.BooleanField(default=False)


class ClassTasks(generics.ListCreateAPIView):
    """One class's tasks; its teacher sets a new one with POST."""

    def group(self) -> Group:
        group = get_object_or_404(Group.objects.select_related("setting"), pk=self.kwargs["pk"])
        require_api(
            self.request,
            "learning.set_tasks" if self.request.method == "POST" else "learning.view_class",
            group,
        )
        return group

    def get_serializer_class(self):
        return NewTaskSerializer if self.request.method == "POST" else TaskSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Task.objects.none()
        return self.group().tasks.select_related("group")

    def create(self, request: Request, *args, **kwargs) -> Response:
        group = self.group()
        incoming = NewTaskSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            task = services.create_task(group=group, by=request.user, **incoming.validated_data)
        except ValidationError as error:
            return Response({"closes_at": error.messages}, status=status.HTTP_400_BAD_REQUEST)
        return Response(TaskSerializer(task).data, status=status.HTTP_201_CREATED)


class TaskDetail(generics.RetrieveAPIView):
    queryset = Task.objects.select_related("group__setting")
    serializer_class = TaskSerializer
    permission_classes = [ObjectRule]
    rule_action = "learning.view_task"


class TaskComments(generics.ListCreateAPIView):
    """A task's comments as the person may see them; a pupil posts one with POST."""

    def task(self) -> Task:
        if not hasattr(self, "_task"):
            self._task = get_object_or_404(
                Task.objects.select_related("group__setting"), pk=self.kwargs["pk"]
            )
            require_api(self.request, "learning.view_task", self._task)
        return self._task

    def staff_view(self) -> bool:
        return not getattr(self.request.user, "is_pupil", False)

    def get_serializer_class(self):
        if self.request.method == "POST":
            return NewCommentSerializer
        return StaffCommentSerializer if self.staff_view() else CommentSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Comment.objects.none()
        task = self.task()
        if self.staff_view():
            return selectors.comments_for_staff(task)
        return selectors.comments_for_pupil(task, self.request.user)

    def create(self, request: Request, *args, **kwargs) -> Response:
        task = self.task()
        require_api(request, "learning.post_comment", task)
        incoming = NewCommentSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            outcome = services.post_comment(
                task=task, author=request.user, text=incoming.validated_data["text"]
            )
        except ValidationError as error:
            return Response({"text": error.messages}, status=status.HTTP_400_BAD_REQUEST)
        body = {
            "id": outcome.comment.pk,
            "status": outcome.comment.status,
            "posted": outcome.posted,
            "message": outcome.message,
        }
        if outcome.comment.status == Comment.Status.BLOCKED:
            return Response({**body, "rule": outcome.rule}, status=status.HTTP_422_UNPROCESSABLE_ENTITY)
        return Response(body, status=status.HTTP_201_CREATED)


class ReportComment(APIView):
    serializer_class = CommentReportSerializer

    def post(self, request: Request, pk: int) -> Response:
        comment = get_object_or_404(Comment.objects.select_related("task__group__setting"), pk=pk)
        require_api(request, "learning.report_comment", comment)
        incoming = CommentReportSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        services.report_comment(comment=comment, by=request.user, note=incoming.validated_data["note"])
        return Response({"detail": "Thank you for telling us. A teacher will look at it soon."}, status=201)


class Queue(generics.ListAPIView):
    serializer_class = StaffCommentSerializer

    def get_queryset(self):
        if not self.request.user.has_role(Role.TEACHER):
            raise PermissionDenied
        return selectors.queue_for(self.request.user)


class ModerateComment(APIView):
    serializer_class = ModerationSerializer

    def post(self, request: Request, pk: int) -> Response:
        comment = get_object_or_404(Comment.objects.select_related("task__group__setting"), pk=pk)
        require_api(request, "learning.moderate", comment)
        incoming = ModerationSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        try:
            services.moderate_by_action(
                data["action"],
                comment=comment,
                by=request.user,
                reason=data["reason"],
                false_positive=data["false_positive"],
            )
        except ValidationError as error:
            return Response({"detail": error.messages}, status=status.HTTP_400_BAD_REQUEST)
        comment.refresh_from_db()
        return Response(StaffCommentSerializer(comment).data)


# --- the setting's screening lines and allowed phrases ------------------------------------------


class LineSerializer(serializers.Serializer):
    category = serializers.CharField()
    default_hold = serializers.FloatField()
    default_block = serializers.FloatField(allow_null=True)
    hold = serializers.FloatField()
    block = serializers.FloatField(allow_null=True)


class LineChangeSerializer(serializers.Serializer):
    hold = serializers.FloatField(required=False, min_value=0, max_value=1)
    block = serializers.FloatField(required=False, allow_null=True, min_value=0, max_value=1)


class ScreeningLinesChangeSerializer(serializers.Serializer):
    lines = serializers.DictField(child=LineChangeSerializer())
    reason = serializers.CharField(max_length=500)


class ScreeningPolicyChangeSerializer(serializers.Serializer):
    changed_at = serializers.DateTimeField()
    changed_by = serializers.CharField(source="changed_by.get_full_name")
    before = serializers.DictField()
    after = serializers.DictField()
    reason = serializers.CharField()


class AllowedPhraseSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    phrase = serializers.CharField(max_length=100)
    reason = serializers.CharField(max_length=300)
    added_by = serializers.CharField(source="added_by.get_full_name", read_only=True)
    added_at = serializers.DateTimeField(read_only=True)
    in_force = serializers.BooleanField(read_only=True)
    retired_by = serializers.CharField(source="retired_by.get_full_name", read_only=True, default=None)
    retired_at = serializers.DateTimeField(read_only=True)
    retired_reason = serializers.CharField(read_only=True)


class RetirePhraseSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=300)


def setting_for(request: Request, pk: int, action: str) -> Setting:
    setting = get_object_or_404(Setting, pk=pk)
    require_api(request, action, setting)
    return setting


def lines_response(setting: Setting) -> Response:
    return Response(
        {
            "lines": LineSerializer(selectors.screening_lines(setting), many=True).data,
            "history": ScreeningPolicyChangeSerializer(selectors.screening_history(setting), many=True).data,
        }
    )


class ScreeningLines(APIView):
    """A setting's screening lines and their history; PUT tightens some of them, with a reason."""

    serializer_class = ScreeningLinesChangeSerializer

    def get(self, request: Request, pk: int) -> Response:
        return lines_response(setting_for(request, pk, "learning.tune_screening"))

    def put(self, request: Request, pk: int) -> Response:
        setting = setting_for(request, pk, "learning.set_screening_lines")
        incoming = ScreeningLinesChangeSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            services.set_screening_lines(setting=setting, by=request.user, **incoming.validated_data)
        except ValidationError as error:
            detail = error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
            return Response(detail, status=status.HTTP_400_BAD_REQUEST)
        return lines_response(setting)


class AllowedPhrases(APIView):
    """A setting's allowed phrases, in force and retired; POST allows another, with a reason."""

    serializer_class = AllowedPhraseSerializer

    def get(self, request: Request, pk: int) -> Response:
        setting = setting_for(request, pk, "learning.tune_screening")
        return Response(AllowedPhraseSerializer(selectors.allowed_phrases_of(setting), many=True).data)

    def post(self, request: Request, pk: int) -> Response:
        setting = setting_for(request, pk, "learning.tune_screening")
        incoming = AllowedPhraseSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            phrase = services.add_allowed_phrase(setting=setting, by=request.user, **incoming.validated_data)
        except ValidationError as error:
            return Response({"detail": error.messages}, status=status.HTTP_400_BAD_REQUEST)
        return Response(AllowedPhraseSerializer(phrase).data, status=status.HTTP_201_CREATED)


class RetirePhrase(APIView):
    serializer_class = RetirePhraseSerializer

    def post(self, request: Request, pk: int) -> Response:
        phrase = get_object_or_404(AllowedPhrase.objects.select_related("setting"), pk=pk)
        require_api(request, "learning.retire_allowed_phrase", phrase)
        incoming = RetirePhraseSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        try:
            phrase = services.retire_allowed_phrase(phrase=phrase, by=request.user, **incoming.validated_data)
        except ValidationError as error:
            return Response({"detail": error.messages}, status=status.HTTP_400_BAD_REQUEST)
        return Response(AllowedPhraseSerializer(phrase).data)
