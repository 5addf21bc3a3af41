"""The policy table: defaults, tightening, settings."""

import pytest

from screening import Context, Policy, Rule, screen


def test_default_policy_suits_primary():
    p = Policy.primary()
    assert p.rule("profanity").hold <= 0.5
    assert p.rule("self_harm").block is None  # a pupil asking for help is held, never hidden
    assert p.action({"profanity": 0.95}) == "block"
    assert p.action({"insult": 0.6}) == "hold"
    assert p.action({}) == "allow"


def test_tightening_lowers_lines():
    p = Policy.primary().tightened(insult={"hold": 0.3, "block": 0.6})
    assert p.rule("insult") == Rule(0.3, 0.6)
    assert p.action({"insult": 0.4}) == "hold"


def test_cannot_loosen():
    with pytest.raises(ValueError):
        Policy.primary().tightened(profanity=(0.9, 0.95))
    with pytest.raises(ValueError):
        Policy.primary().tightened(nonsense=(0.1, 0.2))


def test_from_settings_mapping():
    p = Policy.from_settings({"tighten": {"profanity": {"hold": 0.4}}, "allowed": [["Jo", "a pupil's name"]]})
    assert p.rule("profanity").hold == 0.4
    assert p.allowed[0].reason == "a pupil's name"


def test_tightened_policy_holds_milder_words():
    # a mild word scores under the primary hold line unless the model also sees offence
    text = "we had a bloody brilliant day at the seaside with the class"
    assert "profanity" not in screen(text, fast=True).categories
    strict = Policy.primary().tightened(profanity=(0.4, 0.85))
    v = screen(text, context=strict, fast=True)
    assert "profanity" in v.categories
    assert v.action == "hold"


def test_context_as_mapping():
    text = "we had a bloody brilliant day at the seaside with the class"
    v = screen(text, context={"policy": {"tighten": {"profanity": {"hold": 0.4}}}}, fast=True)
    assert v.action == "hold"
    assert isinstance(Context().policy, Policy)


def test_alert_for_alert_categories_even_if_allowed_by_lines():
    p = Policy.primary()
    assert p.alert({"self_harm": 0.6})
    assert not p.alert({"profanity": 0.99})
