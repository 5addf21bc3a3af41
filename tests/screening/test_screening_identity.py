"""A pupil who says who they are is not insulting anyone.

Models trained on public abuse data read identity words ("gay", "black", "muslim") as abuse,
because that is where the data sets mostly use them: before the models stopped reading them
(``screening/data/identity_words.txt``), 33 of the 64 ordinary sentences below about the first
group of terms were held. Hostile sentences about a group must still be caught, by the hate
lexicon and by what the models read in the words around the group. The second group of terms is
not in the identity word list, so it checks that leaving words out is not what lets ordinary
sentences through; the hate lexicon names them among its backgrounds. The third group is named
in neither list, so only hostile sentence patterns that fit any group, and the models, catch
what is said about it.
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
UNNAMED = (
    ("cornish", "cornish people"),
    ("basque", "basque people"),
    ("amish", "amish people"),
    ("yazidi", "yazidis"),
    ("uyghur", "uyghurs"),
    ("maori", "maori people"),
    ("quaker", "quakers"),
    ("stammering", "children who stammer"),
)
GROUPS = {"listed": LISTED, "unlisted": UNLISTED, "unnamed": UNNAMED}

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
# at most this share of the hostile sentences missed: about groups the hate lexicon names, almost
# none; about the others, only patterns that fit any group of people and the models' reading of
# the other words catch them (51 of the 64 when this was written; "quakers smell" is missed), a
# known limit
MAX_HOSTILE_MISSED = {"listed": 0.05, "unlisted": 0.05, "unnamed": 0.25}


def sentences(patterns, terms):
    return [p.format(one=one, many=many) for one, many in terms for p in patterns]


def flagged(texts):
    return [t for t in texts if screen(t).action != "allow"]


@pytest.mark.parametrize("group", GROUPS)
def test_ordinary_sentences_about_identity_are_allowed(group):
    texts = sentences(ORDINARY, GROUPS[group])
    held = flagged(texts)
    assert len(held) <= MAX_ORDINARY_HELD * len(texts), held


@pytest.mark.parametrize("group", GROUPS)
def test_hostile_sentences_about_identity_are_flagged(group):
    texts = sentences(HOSTILE, GROUPS[group])
    missed = sorted(set(texts) - set(flagged(texts)))
    assert len(missed) <= MAX_HOSTILE_MISSED[group] * len(texts), missed


def test_a_pupil_saying_who_they_are_is_not_held():
    for text in ("I am gay and proud", "My mum is black", "I'm muslim", "im disabled and i play football"):
        verdict = screen(text)
        assert verdict.action == "allow", (text, verdict.categories)


def test_a_pupil_saying_only_who_they_are_alerts_nobody():
    # without the identity word the linear model read "i am", which its self-harm head, trained
    # on long posts, scored 0.93: "i am gay" and "i am muslim" alerted the DSL
    terms = [one for group in GROUPS.values() for one, _ in group]
    texts = [f"{start} {one}" for start in ("i am", "im", "I'm") for one in terms]
    said = {text: screen(text) for text in texts}
    assert [t for t, v in said.items() if v.action != "allow" or v.alert] == []


def test_what_a_group_is_or_should_do_is_hostile_only_by_the_words_after_it():
    for text in ("most italians are catholic", "most muslims are kind", "refugees should be allowed to stay"):
        assert screen(text).action == "allow", text
    for text in ("all gays should be banned", "polish people must leave", "most jews are evil"):
        assert "hate" in screen(text).categories, text


def test_a_group_of_people_smelling_something_is_not_an_insult():
    for text in ("people smell flowers in spring", "the kids smell of smoke after bonfire night"):
        assert screen(text).action == "allow", text
    assert "insult" in screen("those kids stink").categories
