from datetime import timedelta

from django.utils import timezone

from declarations.models import Declaration
from declarations.services import file_declaration
from people.models import User


def declaration(declarant: User, **overrides) -> Declaration:
    fields = {
        "kind": Declaration.Kind.ACCEPTED_THEN_REMOVED,
        "medium": Declaration.Medium.SOCIAL_NETWORK,
        "relationship": Declaration.Relationship.FORMER,
        "who": "J.S., left Year 6 in 2024",
        "contact_on": timezone.localdate() - timedelta(days=3),
        "resolved_on": timezone.localdate() - timedelta(days=2),
        "what_happened": "Accepted a friend request without recognising the name.",
        "what_i_did": "Removed the contact the next morning.",
    }
    return file_declaration(declarant, **(fields | overrides))
