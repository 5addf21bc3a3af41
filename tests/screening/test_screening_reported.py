"""A pupil telling of harm done to another child ("my friend said her dad hits her") alerts the
DSL as the child's own words would: the words after the teller are read again in that child's
words, and the lines for a pupil's own disclosures find it (the friends' disclosures are among
those of test_screening_disclosures)."""

import pytest

from screening import screen
from screening.lexicon import analyse
from screening.reported import first_person, retold


def read_again(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    parts = text.split()
    starts = [sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
    return [" ".join(words) for words, _ in retold(parts, text, starts, names)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("my friend said her dad hits her", "my dad hits me"),
        ("my friend is scared to go home", "i am scared to go home"),
        ("my friend cuts herself", "i cut myself"),
        ("a girl in my class said she always cries at night", "i always cry at night"),
        ("my friend told me his stepdad locks him in his room", "my stepdad locks me in my room"),
        ("my friend doesnt get any food at home", "i dont get any food at home"),
        ("my friend isnt allowed to eat", "i am not allowed to eat"),
        ("my friend amy told me her mum hits her", "my mum hits me"),
        ("someone in my class said her brother makes her hold drugs", "my brother makes me hold drugs"),
    ],
)
def test_the_words_after_a_teller_are_read_in_the_childs_own_words(text, read):
    assert read_again(text) == [read]


def test_words_without_a_teller_are_not_read_again():
    assert read_again("she said her dad hits her") == []
    assert read_again("my friends are mean to me") == []


NAMES = frozenset({"chloe", "noah", "harry", "amy"})


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("chloe told me her dad locks her in the cupboard", "my dad locks me in the cupboard"),
        ("noah says his mums boyfriend hits him", "my mums boyfriend hits me"),
        # a named friend is one teller, not two
        ("my friend amy told me her mum hits her", "my mum hits me"),
    ],
)
def test_a_first_name_that_speaks_is_a_teller(text, read):
    assert read_again(text, NAMES) == [read]


def test_a_first_name_that_does_not_speak_is_not_a_teller():
    assert read_again("harry hits me at football", NAMES) == []


@pytest.mark.parametrize(
    "text",
    [
        "chloe told me her dad locks her in the cupboard when shes bad",
        "ruby says her mums boyfriend comes in the bathroom when shes in the shower",
    ],
)
def test_harm_told_of_a_named_child_alerts(text):
    verdict = screen(text)
    assert verdict.alert, verdict.to_dict()
    assert verdict.action == "hold"


def test_a_named_child_saying_something_kind_is_posted():
    assert screen("amy said she likes my drawing").action == "allow"


@pytest.mark.parametrize(
    ("verb", "agrees"),
    [("hits", "hit"), ("cries", "cry"), ("watches", "watch"), ("goes", "go"), ("is", "am")]
    + [("misses", "miss")],
)
def test_a_verb_after_a_new_i_agrees_with_it(verb, agrees):
    assert first_person(verb) == [agrees]


def test_words_that_are_not_verbs_of_the_third_person_stay():
    assert first_person("was") == ["was"]
    assert first_person("said") == ["said"]
    assert first_person("kiss") == ["kiss"]


def test_what_is_found_in_the_words_read_again_points_at_the_original_words():
    text = "My friend Amy said her Mum locks her in her room!"
    (start, end), *_ = screen(text).categories["threat"].spans
    assert text[start:end] == "her Mum locks her in her room"


def test_a_self_harm_line_in_a_friends_words_is_weighed_in_those_words():
    """The fast path's model reads the comment as written as not about the writer (it is not),
    so it cannot overrule a line found in a friend's words: the friend's words, read again, are
    what the model weighs ("i want to die" is too few words to overrule; "i will die if i dont
    get the new phone" is a figure of speech)."""
    (told,) = [h for h in analyse("my friend told me she wants to die").hits if h.category == "self_harm"]
    assert told.retold == ("i", "want", "to", "die")
    assert screen("my friend told me she wants to die").alert
    assert not screen("my friend said she will die if she doesnt get the new phone").alert
    assert not any(h.retold for h in analyse("i want to die").hits)
