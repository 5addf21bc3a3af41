"""Who is acting and from where, for the audit rows written while a request is served."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Actor:
    user: Any = None
    ip_address: str | None = None
    user_agent: str = ""


_current: ContextVar[Actor] = ContextVar("audit_actor", default=Actor())


def current_actor() -> Actor:
    return _current.get()


def set_actor(actor: Actor):  # noqa: ANN201
    return _current.set(actor)


def reset_actor(token) -> None:  # noqa: ANN001
    _current.reset(token)
