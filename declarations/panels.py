from django.urls import reverse

from declarations import selectors
from esafety.home import Link, Panel, panel
from esafety.permissions import can
from people.models import User


@panel
def declarations_panel(user: User) -> Panel | None:
    if not can(user, "declarations.file"):
        return None
    links = [Link("Declare a contact with a service user", reverse("declarations:new"))]
    if selectors.attestation_due(user):
        links.append(
            Link("Confirm your social-network privacy settings", reverse("declarations:attest"), "due")
        )
    waiting = selectors.awaiting_acknowledgement(user).count()
    if waiting:
        links.append(
            Link(
                f"{waiting} declaration{'s' if waiting != 1 else ''} waiting for you",
                reverse("declarations:overview"),
            )
        )
    else:
        links.append(Link("Your declarations", reverse("declarations:overview")))
    return Panel("Safeguarding declarations", order=12, links=links)
