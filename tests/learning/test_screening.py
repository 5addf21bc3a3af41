from learning.models import AllowedPhrase, ScreeningPolicy
from learning.screening import context_for, screen_for
from tests import factories
from tests.learning.conftest import screened_as


def test_default_context_is_the_primary_policy_with_nothing_extra(setting) -> None:
    assert context_for(setting) == {"policy": {"tighten": {}}, "allowed": [], "names": []}


def test_an_unkind_comment_about_a_pupil_by_name_is_read_as_about_someone(group, other_setting) -> None:
    factories.pupil(group, first_name="Kacper")
    factories.pupil(factories.GroupFactory(setting=other_setting), first_name="Oluwaseun")
    assert context_for(group.setting)["names"] == ["Kacper"]
    # "Kacper" is not a common first name in the engine's own list: only the setting knows it
    assert screen_for(other_setting, "Kacper is disgusting").action == "allow"
    named = screen_for(group.setting, "Kacper is disgusting")
    assert named.action != "allow"
    assert "insult" in named.categories


def test_context_carries_the_settings_phrases_and_tightened_lines(setting, teacher, other_setting) -> None:
    AllowedPhrase.objects.create(
        setting=setting, phrase="Dick Whittington", reason="our panto", added_by=teacher
    )
    AllowedPhrase.objects.create(setting=other_setting, phrase="elsewhere", reason="theirs", added_by=teacher)
    ScreeningPolicy.objects.create(setting=setting, tighten={"insult": {"hold": 0.3}})
    context = context_for(setting)
    assert context["allowed"] == [("Dick Whittington", "our panto")]
    assert context["policy"] == {"tighten": {"insult": {"hold": 0.3}}}


def test_screen_for_uses_the_real_engine(setting) -> None:
    assert screen_for(setting, screened_as("allow")).action == "allow"
    assert screen_for(setting, screened_as("block")).action == "block"


def test_an_allowed_phrase_lets_that_phrase_through_in_its_setting_only(
    setting, other_setting, teacher
) -> None:
    text = screened_as("hold")
    AllowedPhrase.objects.create(
        setting=setting, phrase=text, reason="a line from our class play", added_by=teacher
    )
    assert screen_for(setting, text).action == "allow"
    assert screen_for(other_setting, text).action == "hold"


def test_a_tightened_line_holds_what_the_primary_policy_allows(setting) -> None:
    text = screened_as("hold")
    category = next(iter(screen_for(setting, text).categories))
    ScreeningPolicy.objects.create(setting=setting, tighten={category: {"hold": 0.2, "block": 0.5}})
    assert screen_for(setting, text).action == "block"


def test_tightened_lines_reach_the_engine_and_retired_phrases_do_not(setting, dsl) -> None:
    from learning import services

    kept = services.add_allowed_phrase(setting=setting, phrase="Dick Whittington", reason="our panto", by=dsl)
    gone = services.add_allowed_phrase(setting=setting, phrase="Scunthorpe", reason="a trip", by=dsl)
    services.retire_allowed_phrase(phrase=gone, by=dsl, reason="The trip is over")
    services.set_screening_lines(
        setting=setting, lines={"threat": {"hold": 0.2}}, by=dsl, reason="After an incident"
    )
    context = context_for(setting)
    assert context["allowed"] == [(kept.phrase, "our panto")]
    assert context["policy"] == {"tighten": {"threat": {"hold": 0.2, "block": 0.85}}}
    assert screen_for(setting, "Nice work") is not None  # the engine accepts the stored lines
