import pytest

from screening import screen
from tests.learning import factories as learning_factories

# The engine is tuned over time, so each test asks it for a comment that gets the verdict the
# test is about, from plain examples of each kind, rather than trusting one fixed sentence.
EXAMPLES = (
    "My favourite animal is the otter because it swims",
    "Otters eat fish and live near rivers",
    "I drew a picture of a tree",
    "Thank you for the lovely task",
    "go away",
    "stop it",
    "this is rubbish",
    "whatever loser",
    "shut up",
    "I feel sad and nobody likes me",
    "you are an idiot",
    "you are stupid",
    "what the fuck",
    "I will kill you",
    "i want to kill myself",
    "I hope you die",
    "call me on 07700 900123",
    "my email is sam@example.com",
    "add me on snapchat @sammy12",
)
ALERT_CATEGORIES = {"self_harm", "grooming", "threat"}


def screened_as(action: str, *, alert: bool = False, category: str | None = None) -> str:
    """A comment the real engine gives `action` (and an alert, or none) under the primary policy."""
    for text in EXAMPLES:
        verdict = screen(text)
        if verdict.action != action or verdict.alert != alert:
            continue
        if category is None or category in verdict.categories:
            return text
    pytest.fail(f"No example comment is screened as {action} (alert={alert}, category={category})")


@pytest.fixture
def policy(setting):
    return learning_factories.usage_policy(setting)


@pytest.fixture
def pupil(group, policy):
    return learning_factories.agreeing_pupil(group)


@pytest.fixture
def task(group, teacher):
    return learning_factories.open_task(group, by=teacher)
