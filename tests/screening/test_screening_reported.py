"""A pupil telling of harm done to another child ("my friend said her dad hits her") alerts the
DSL as the child's own words would: the words after the teller are read again in that child's
words, and the lines for a pupil's own disclosures find it."""

import pytest

from screening import screen
from screening.engine import REASON_SUPPORT
from screening.reported import first_person, retold


def read_again(text: str) -> list[str]:
    parts = text.split()
    starts = [sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
    return [" ".join(words) for words, _ in retold(parts, text, starts)]


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


FRIENDS_TOLD = [
    ("my best friend told me her stepdad touches her", "grooming"),
    ("my friend has bruises on her arms and she said her mum did it", "threat"),
    ("my friend is scared to go home", "threat"),
    ("my friend said a man online asked her for pictures", "grooming"),
    ("my friend doesnt get any food at home", "threat"),
    ("my friend is being groomed by someone on snapchat", "grooming"),
    ("my friend ran away from home last night", "threat"),
    ("my friend said her mum locks her in her room", "threat"),
    ("my friend is sleeping at a mans house she met online", "grooming"),
    ("my friend said she is going to meet someone she met on roblox", "grooming"),
    ("a boy in my class said his dad hits him with a belt", "threat"),
    ("my friend keeps saying she wants to die", "self_harm"),
    ("someone in my class said her brother makes her hold drugs", "threat"),
    ("my friend said a man in a car asked her to get in", "grooming"),
    ("my friends dad hits her", "threat"),
    ("my little brother said dad hit him", "threat"),
]


@pytest.mark.parametrize(("text", "category"), FRIENDS_TOLD)
def test_a_friends_harm_told_by_a_pupil_alerts_and_is_held_with_a_kind_word(text, category):
    verdict = screen(text)
    assert category in verdict.categories, (text, verdict.to_dict())
    assert verdict.alert
    assert verdict.action == "hold"
    assert verdict.reason == REASON_SUPPORT


def test_what_is_found_in_the_words_read_again_points_at_the_original_words():
    text = "My friend Amy said her Mum locks her in her room!"
    (start, end), *_ = screen(text).categories["threat"].spans
    assert text[start:end] == "her Mum locks her in her room"


@pytest.mark.parametrize(
    "text",
    [
        "my friend said her dad beat her at chess",
        "my sister is going to kill me for using her makeup",
        "my friend wants to dye her hair pink",
        "my friend is dying to see the new film",
        "my sister cut her hair really short",
        "my friend fell off her bike and hit her head",
        "my friend said her mum is going to kill her when she sees her grades",
        "my friend said she is starving because she missed breakfast",
        "my friend said her dad is working nights so her nan picks her up",
        "my friend said her uncle gave her a present for her birthday",
        "my friend is staying at her nans house this weekend",
        "my friend said she feels lonely sometimes",
        "my friend is always hungry at break",
        "my brother said he will beat me at fortnite",
        "a girl in my class said she wants to be a doctor",
        "my friends dad drives a taxi",
        "my little brother said dad hit the jackpot",
        "my friend is scared of her dads dog",
        "my friend said she will die if she doesnt get the new phone",
        "my brother is going to kill himself laughing when he sees this",
    ],
)
def test_ordinary_news_of_a_friend_does_not_alert(text):
    verdict = screen(text)
    assert not verdict.alert, (text, verdict.to_dict())
