"""A pupil who says who they are is not insulting anyone.

Models trained on public abuse data read identity words ("gay", "black", "muslim") as abuse,
because that is where the data sets mostly use them: before the models stopped reading them
(``screening/data/identity_words.txt``), 33 of the 64 ordinary sentences below about the first
group of terms were held. Hostile sentences about a group must still be caught, by the hate
lexicon and by what the models read in the words around the group. The second group of terms is
not in the identity word list, so it checks that leaving words out is not what lets ordinary
sentences through.
"""

import pytest

from screening import screen

# terms in the identity word list, and terms that are not
LISTED = (
    ("gay", "gay people"),
    ("black", "black people"),
    ("muslim", "muslims"),
    ("jewish", "jewish people"),
    ("trans", "trans people"),
    ("disabled", "disabled people"),
    ("an immigrant", "immigrants"),
    ("lesbian", "lesbians"),
)
UNLISTED = (
    ("nigerian", "nigerians"),
    ("lithuanian", "lithuanians"),
    ("portuguese", "portuguese people"),
    ("kurdish", "kurdish people"),
    ("dyslexic", "dyslexic people"),
    ("mormon", "mormons"),
    ("adopted", "adopted children"),
    ("neurodivergent", "neurodivergent people"),
)

ORDINARY = (
    "my dad is {one}",
    "my neighbour is {one} and really kind",
    "our class wrote poems about {many}",
    "{many} live all over the world",
    "i found out my favourite singer is {one}",
    "in assembly we talked about respecting {many}",
    "my grandma is {one}",
    "we made posters to welcome {many}",
)
HOSTILE = (
    "{many} are gross",
    "i cant stand {many}",
    "get out of our class {many} arent wanted",
    "you are {one} so you cant play with us",
    "{many} are the worst",
    "everyone laughs at you cos you are {one}",
    "we dont want {many} here",
    "{many} smell",
)


# at most this share of the ordinary sentences held
MAX_ORDINARY_HELD = 0.05
# at most this share of the hostile sentences missed: about the listed groups, which the hate
# lexicon names, almost none; about the others only the models' reading of the other words
# catches them (41 of the 64 when this was written), a known limit
MAX_HOSTILE_MISSED = {"listed": 0.05, "unlisted": 0.4}


def sentences(patterns, terms):
    return [p.format(one=one, many=many) for one, many in terms for p in patterns]


def flagged(texts):
    return [t for t in texts if screen(t).action != "allow"]


@pytest.mark.parametrize("terms", [LISTED, UNLISTED], ids=["listed", "unlisted"])
def test_ordinary_sentences_about_identity_are_allowed(terms):
    texts = sentences(ORDINARY, terms)
    held = flagged(texts)
    assert len(held) <= MAX_ORDINARY_HELD * len(texts), held


@pytest.mark.parametrize(("group", "terms"), [("listed", LISTED), ("unlisted", UNLISTED)])
def test_hostile_sentences_about_identity_are_flagged(group, terms):
    texts = sentences(HOSTILE, terms)
    missed = sorted(set(texts) - set(flagged(texts)))
    assert len(missed) <= MAX_HOSTILE_MISSED[group] * len(texts), missed


def test_a_pupil_saying_who_they_are_is_not_held():
    for text in ("I am gay and proud", "My mum is black", "I'm muslim", "im disabled and i play football"):
        verdict = screen(text)
        assert verdict.action == "allow", (text, verdict.categories)
