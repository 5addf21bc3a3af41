"""A pupil telling of harm done to another child: "my friend said her dad hits her".

The disclosure lines are written in the words of the child harmed ("my dad hits me"). After a
teller ("my friend", "a girl in my class") the next words are read again as that child would
write them: "she" and "he" become "i", "her", "his" and "him" become "my" or "me", the verb
after a new "i" agrees with it ("hits" -> "hit", "is" -> "am"), and a teller who does not
speak ("my friend is scared to go home") becomes the "i" itself. Every line for a pupil's own
disclosure then serves a friend's too, and each word read keeps the token it came from, so a
line found in the words read again points at the original words.

Only the words change; the models read the comment as written.
"""

from __future__ import annotations

import bisect
import re

KIN = "friend|mate|bestie|bff|cousin|sister|brother|stepsister|stepbrother|step sister|step brother|classmate"
TELLER = re.compile(
    r"(?<![a-z0-9])(?:"
    rf"(?:my|our) (?:best |bestest |close |old |new |little |big |older |younger )?(?:{KIN})"
    r"|(?:a|one|this|the|another) (?:girl|boy|kid|child|pupil) (?:in|from) (?:my|our) "
    r"(?:class|year|school|street|group|team)"
    r"|(?:someone|somebody) in (?:my|our) (?:class|year|school)"
    r")(?![a-z0-9])"
)
# the teller speaking, perhaps named: the words after say what happened to them ("my friend
# said her dad ...", "my friend amy told me ...")
SPEAKING = (
    "said", "says", "told me", "tells me", "told us", "told everyone", "keeps saying", "whispered",
    "messaged me", "texted me", "snapchatted me",
)  # fmt: skip
SPEAKS = re.compile(rf"(?: [a-z]+)? (?:{'|'.join(SPEAKING)})(?: that)?(?![a-z0-9])")
# the first word of each way of speaking: a named teller needs one of them
SPEAK_WORDS = frozenset(way.split()[0] for way in SPEAKING)
TELLER_WORDS = frozenset(KIN.split("|") + ["girl", "boy", "kid", "child", "pupil"])
WINDOW = 25  # words read again after a teller
MOST_TELLERS = 3  # tellers read again in one comment

SUBJECT = {"she": "i", "he": "i", "shes": "im", "hes": "im"}
OBJECT = {"him": "me", "herself": "myself", "himself": "myself", "his": "my"}
# "her" after these verbs ("makes her hold") or before these words (or last: "hits her", "told
# her to") is the child, else it is theirs ("her dad")
VERBS_BEFORE_OBJECT_HER = frozenset(
    ["make", "makes", "made", "making", "let", "lets", "watch", "watches", "watched"]
)
_WORDS_AFTER_OBJECT_HER = (
    "and or but when if so because cos in on at to with from for a an the up down out off again every all "
    "too then now that this really lots loads hard until till after before into around about"
)
WORDS_AFTER_OBJECT_HER = frozenset(_WORDS_AFTER_OBJECT_HER.split())
ADVERBS = frozenset(
    ["always", "often", "sometimes", "never", "still", "really", "just", "also", "even", "usually"]
)
AGREES = {"is": ["am"], "isnt": ["am", "not"], "has": ["have"], "hasnt": ["havent"], "does": ["do"]}
AGREES |= {"doesnt": ["dont"], "goes": ["go"]}


def first_person(verb: str) -> list[str]:
    """A verb after "she" or "he" as it follows "i": "hits" -> "hit", "cries" -> "cry"."""
    if verb in AGREES:
        return AGREES[verb]
    if len(verb) > 4 and verb.endswith("ies"):
        return [verb[:-3] + "y"]
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return [verb[:-2]]
    if len(verb) > 3 and verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
        return [verb[:-1]]
    return [verb]


def retold(
    parts: list[str], phrase_text: str, token_starts: list[int], first_names: frozenset[str] = frozenset()
) -> list[tuple[list[str], list[int]]]:
    """For each teller, the words after it as the child spoken of would write them, each with
    the index of the token (of ``parts``) it comes from. A teller is a friend or a child in the
    pupil's class ("my friend", "a girl in my class"), or one of ``first_names`` who speaks
    ("chloe told me her dad ...")."""
    named = not SPEAK_WORDS.isdisjoint(parts) and not first_names.isdisjoint(parts)
    if not named and TELLER_WORDS.isdisjoint(parts):
        return []
    found = []
    for start, end in _tellers(parts, phrase_text, token_starts, first_names if named else frozenset()):
        first = bisect.bisect_left(token_starts, start)
        after = bisect.bisect_left(token_starts, end)
        spoken = SPEAKS.match(phrase_text, end)
        if spoken:
            words, sources = [], []
            after = bisect.bisect_left(token_starts, spoken.end())
        else:  # the teller is the child: "my friend is scared" reads "i am scared"
            words, sources = ["i"], [first]
        found.append(_read_again(parts, after, words, sources, subject=not spoken))
        if len(found) == MOST_TELLERS:
            break
    return found


def _tellers(parts, phrase_text, token_starts, first_names) -> list[tuple[int, int]]:
    """Where each teller stands in ``phrase_text``, in order: a friend or classmate, or a first
    name that speaks (a name alone, "harry hits me", is not a teller)."""
    spans = [m.span() for m in TELLER.finditer(phrase_text)]
    if not first_names:
        return spans
    after_teller = {end + 1 for _, end in spans}  # "my friend amy told me": one teller
    for i, word in enumerate(parts):
        end = token_starts[i] + len(word)
        if word in first_names and token_starts[i] not in after_teller and SPEAKS.match(phrase_text, end):
            spans.append((token_starts[i], end))
    return sorted(spans)


def _read_again(parts, start, words, sources, subject: bool) -> tuple[list[str], list[int]]:
    """``words`` and ``sources`` carried on over the window of ``parts`` from ``start``;
    ``subject``: they end in a new "i" whose verb is still to come."""
    end = min(len(parts), start + WINDOW)
    agree = subject  # the next verb follows a new "i"
    for i in range(start, end):
        word = parts[i]
        if agree and word in ADVERBS:
            words.append(word)
        elif agree:
            words += first_person(word)
            agree = False
        elif word in SUBJECT:
            words.append(SUBJECT[word])
            agree = word in ("she", "he")
        elif word == "her":
            words.append("me" if _her_is_the_child(parts, i, end) else "my")
        else:
            words.append(OBJECT.get(word, word))
        sources += [i] * (len(words) - len(sources))
    return words, sources


def _her_is_the_child(parts: list[str], i: int, end: int) -> bool:
    """Whether "her" at ``parts[i]`` is the child ("hits her", "makes her hold") or theirs."""
    last = i + 1 == end
    return last or parts[i + 1] in WORDS_AFTER_OBJECT_HER or parts[i - 1] in VERBS_BEFORE_OBJECT_HER
