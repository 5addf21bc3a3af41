"""Comment screening for eSafety: text in, verdict out.

A plain Python library (no Django). ``screen(text, context=None)`` returns a ``Verdict`` with an
action (allow, hold, block), whether the designated safeguarding lead must be alerted, the
categories found with scores and character spans, a 1-5 severity and a child-friendly reason.
"""

from .engine import REASON_SUPPORT, Context, load_models, screen, screen_fast
from .policy import Allowed, Policy, Rule
from .verdict import CategoryResult, Verdict

__all__ = [
    "Allowed",
    "CategoryResult",
    "Context",
    "Policy",
    "REASON_SUPPORT",
    "Rule",
    "Verdict",
    "load_models",
    "screen",
    "screen_fast",
]
