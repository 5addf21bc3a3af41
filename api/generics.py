"""Shapes shared by the apps' API views."""

from typing import Any

from django.core.exceptions import ValidationError
from rest_framework import generics, status
from rest_framework.response import Response

from api.permissions import ObjectRule
from audit.services import record_view


class RuleDetail(generics.RetrieveAPIView):
    """One object, shown only when `rule_action` allows it for that very object."""

    permission_classes = [ObjectRule]
    rule_action = ""


class RecordedDetail(RuleDetail):
    """A sensitive record: every look at it by someone other than its owner is in the audit log."""

    def get_object(self) -> Any:
        record = super().get_object()
        if not self.is_own(record):
            record_view(record, user=self.request.user, via="api")
        return record

    def is_own(self, record: Any) -> bool:
        """Whether the record is the requester's own (their own record is not a look at someone)."""
        return False


def refusal(error: ValidationError) -> Response:
    """A service's refusal as a 400 answer: by field where it names one, else under "detail"."""
    detail = error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
    return Response(detail, status=status.HTTP_400_BAD_REQUEST)
