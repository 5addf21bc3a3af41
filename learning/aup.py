"""The platform's rules in children's words, and which screening category breaks which rule.

A setting writes its own policy text; these short rule names tell a pupil, without repeating
their words, why a comment could not be posted.
"""

RULE_FOR_CATEGORY = {
    "profanity": "Use polite words",
    "sexual": "Use polite words",
    "insult": "Be kind to everyone",
    "hate": "Be kind to everyone",
    "threat": "Never frighten or threaten anyone",
    "extremism": "Never frighten or threaten anyone",
    "personal_info": "Keep your details private",
    "grooming": "Keep your details private",
    "self_harm": "Tell a grown-up if you are worried",
}

RULE_ORDER = (
    "Be kind to everyone",
    "Use polite words",
    "Keep your details private",
    "Never frighten or threaten anyone",
    "Tell a grown-up if you are worried",
)


# The most serious kind of problem names the rule, as the engine's own reason does.
SERIOUSNESS = {
    "self_harm": 5, "threat": 5, "grooming": 5, "extremism": 4, "hate": 4,
    "sexual": 3, "personal_info": 3, "insult": 3, "profanity": 2,
}  # fmt: skip


def broken_rule(categories: dict) -> str:
    """The rule a blocked comment broke, in children's words."""
    known = [c for c in categories if c in RULE_FOR_CATEGORY]
    if not known:
        return RULE_ORDER[0]
    worst = max(known, key=lambda c: (SERIOUSNESS[c], categories[c].get("score", 0)))
    return RULE_FOR_CATEGORY[worst]
