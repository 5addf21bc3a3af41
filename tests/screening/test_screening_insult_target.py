"""An insult needs someone to insult: the abuse model's word alone finds one only in a comment
that speaks to or about a person. Pupils' moans about food, homework and lessons read like
abuse to a model trained on public abuse data; before this rule 19 of 44 ordinary comments
written for it were held, after it 7 (those that mention someone)."""

import pytest

from screening import screen
from screening.lexicon import analyse, name_words, names_someone

MOANS = (
    "I hate broccoli it is disgusting",
    "this is the worst homework ever",
    "this lesson is boring",
    "I feel sick",
    "the ending of the film was so stupid",
    "the food at lunch was disgusting today",
    "my cat is so fat and lazy",
    # the writer's own things are no group ("legs are", "trainers are")
    "my shoes are soaked from the puddles",
    "my glasses are broken again",
    "our brains are tired after the test",
)


@pytest.mark.parametrize(
    "text",
    [
        "you are the worst",  # a pronoun
        "what a loser",  # a noun that calls someone something
        "Ella is so fake",  # a first name
        "@sam49 this is rubbish",  # a mention
        "shut up",  # an order
        "lol go away",
        "quakers are the worst",  # a statement about a group
        "we dont want yazidis here",
    ],
)
def test_a_comment_that_speaks_to_or_about_someone_names_someone(text):
    assert names_someone(analyse(text)), text


@pytest.mark.parametrize("text", [*MOANS, "i want to go home", "the worst lesson ever"])
def test_a_moan_about_things_names_nobody_and_is_not_an_insult(text):
    assert not names_someone(analyse(text)), text
    verdict = screen(text)
    assert verdict.action == "allow", (text, verdict.to_dict())


def test_the_same_words_about_a_person_are_still_held():
    assert screen("this lesson is the worst ever").action == "allow"
    assert screen("Ella is the worst ever").action != "allow"


def test_words_of_the_lexicon_count_whoever_the_comment_names():
    verdict = screen("this homework is shit")
    assert "profanity" in verdict.categories
    assert verdict.action != "allow"


def test_a_settings_own_names_count_as_someone():
    text = "Kacper is disgusting"  # not a common first name in the engine's own list
    assert screen(text).action == "allow"
    named = screen(text, context={"names": ["Kacper"]})
    assert named.action != "allow"
    assert "insult" in named.categories
    assert names_someone(analyse("zoe is so annoying"), name_words(("Zoë",)))


# saying who someone is or what they do: the transformer, trained on public abuse, reads "X is a
# Y" as name-calling ("she is a girl" and "he is a boy" were held); an allowed phrase says what
# it is, and what follows it is still read
@pytest.mark.parametrize(
    "text", ["she is a girl", "he is a boy", "my grandad is a farmer", "i am a little sister"]
)
def test_saying_who_someone_is_is_posted(text):
    verdict = screen(text)
    assert verdict.action == "allow", verdict.to_dict()
    assert any(reason == "saying who someone is or what they do" for _, _, reason in verdict.allowed)


def test_an_insult_after_saying_who_someone_is_is_still_found():
    verdict = screen("she is a girl and shes so ugly")
    assert "insult" in verdict.categories and verdict.action == "block", verdict.to_dict()
