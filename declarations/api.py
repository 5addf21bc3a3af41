from django.core.exceptions import ValidationError
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.generics import RecordedDetail, refusal
from declarations import selectors, services
from declarations.models import Declaration, PrivacyAttestation
from esafety.permissions import require


class DeclarationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Declaration
        fields = [
            "id",
            "declarant",
            "setting",
            "line_manager",
            "kind",
            "medium",
            "relationship",
            "who",
            "contact_on",
            "resolved_on",
            "what_happened",
            "what_i_did",
            "filed_at",
            "acknowledged_by",
            "acknowledged_at",
            "manager_action",
        ]
        read_only_fields = [
            "declarant",
            "setting",
            "line_manager",
            "filed_at",
            "acknowledged_by",
            "acknowledged_at",
            "manager_action",
        ]


class AcknowledgeSerializer(serializers.Serializer):
    action = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class AttestationSerializer(serializers.ModelSerializer):
    ticked = serializers.ListField(child=serializers.CharField(max_length=64), write_only=True)

    class Meta:
        model = PrivacyAttestation
        fields = ["id", "employee", "setting", "attested_at", "checklist", "note", "ticked"]
        read_only_fields = ["employee", "setting", "attested_at", "checklist"]


class DeclarationList(generics.ListCreateAPIView):
    serializer_class = DeclarationSerializer

    def get_queryset(self):
        return selectors.visible_declarations(self.request.user)

    def create(self, request: Request, *args, **kwargs) -> Response:
        require(request, "declarations.file")
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fields = {k: v for k, v in serializer.validated_data.items()}
        try:
            declaration = services.file_declaration(request.user, **fields)
        except ValidationError as error:
            return refusal(error)
        return Response(DeclarationSerializer(declaration).data, status=status.HTTP_201_CREATED)


class DeclarationDetail(RecordedDetail):
    queryset = Declaration.objects.all()
    serializer_class = DeclarationSerializer
    rule_action = "declarations.view"

    def is_own(self, declaration: Declaration) -> bool:
        return declaration.declarant_id == self.request.user.pk


class AcknowledgeDeclaration(APIView):
    serializer_class = AcknowledgeSerializer

    def post(self, request: Request, pk: int) -> Response:
        declaration = generics.get_object_or_404(Declaration, pk=pk)
        require(request, "declarations.acknowledge", declaration)
        serializer = AcknowledgeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            declaration = services.acknowledge_declaration(
                declaration, by=request.user, action=serializer.validated_data.get("action", "")
            )
        except ValidationError as error:
            return refusal(error)
        return Response(DeclarationSerializer(declaration).data)


class AttestationList(generics.ListCreateAPIView):
    serializer_class = AttestationSerializer

    def get_queryset(self):
        return selectors.visible_attestations(self.request.user)

    def create(self, request: Request, *args, **kwargs) -> Response:
        require(request, "declarations.file")
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            attestation = services.attest_privacy(
                request.user, ticked=set(data["ticked"]), note=data.get("note", "")
            )
        except ValidationError as error:
            return refusal(error)
        return Response(AttestationSerializer(attestation).data, status=status.HTTP_201_CREATED)
