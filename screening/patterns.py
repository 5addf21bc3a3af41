"""Personal information: UK phone numbers, e-mail addresses, postcodes, street addresses and
social-media handles, found on the folded text and reported as spans of the original.

Numbers that only look like data (dates, times, scores, sums) are not phone numbers: a phone
number must normalise to a UK number (0 + 9 or 10 digits with a valid leading digit, or
+44 / 0044 followed by the same) and may only use spaces, dashes, dots and brackets inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import Hit
from .normalise import Folded

# a run of digits with phone-style separators, optionally led by +44 / 0044 / (0)
_PHONE = re.compile(
    r"(?<![\w+/.£$€%])"
    r"((?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)"
    r"(\d(?:[ \-.]{0,2}\)?[ \-.]{0,2}\(?\d){8,10})"
    r"(?![\w/:%£$€]|[.,]\d)"
)
# a mobile written one digit at a time, the same gap between each: "0 7 7 0 0 9 0 0 1 2 3" (a
# longer run of single digits is a list, and ordinary spaced digits do not start 0 7)
_PHONE_SPACED = re.compile(r"(?<![\w+/.£$€%])0([ \-.]{1,3})7(?:\1\d){9}(?![\w/:%£$€]|[.,]\d|\1\d)")
# a mobile written without its leading 0: "7700 900123" (needs the usual 4+6 grouping)
_PHONE_BARE = re.compile(r"(?<![\w+/:.,£$€%-])(7\d{3}[ \-]\d{3}[ \-]?\d{3})(?![\w/:%£$€]|[.,]\d)")

# Number words, for "zero seven seven..." spelt out ("nine hundred" is 900, as said aloud)
_NUMWORD = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "double": "D", "triple": "T", "hundred": "00",
}  # fmt: skip
_NUMWORDS_RUN = re.compile(
    r"(?<![a-z])(?:(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred|\d|o(?![a-z]))"
    r"[\s,.\-]{0,3}){9,}"
)

_EMAIL = re.compile(
    r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\s?\.\s?[a-z0-9-]{1,63})*"
    r"\s?\.\s?[a-z]{2,12}(?![a-z0-9])"
)
# an address read out: "jake dot b at hotmail dot co dot uk"; a provider's name, or any other
# domain followed by a known ending ("at school dot dot dot" and "dot to dot" are not addresses).
# Bounded repeats: a long run of "x dot x dot ..." is read in linear time
_DOT = r"\s*(?:\(dot\)|\[dot\]|(?<![a-z])dot(?![a-z])|\.)\s*"
_ENDING = _DOT + r"(?:com|co|uk|net|org|me|io)\b"
_EMAIL_SPOKEN = re.compile(
    r"(?<![\w.])[a-z0-9][a-z0-9._-]{0,63}(?:\s+dot\s+[a-z0-9][a-z0-9._-]{0,63}){0,3}"
    r"\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+|\s*@\s*)\s*"
    r"(?:(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|btinternet|aol|protonmail|"
    rf"msn|virginmedia|talktalk)(?:{_ENDING}){{0,3}}|[a-z0-9-]+(?:{_ENDING}){{1,3}})"
)

_SPOKEN_HINTS = (
    "gmail", "googlemail", "hotmail", "yahoo", "outlook", "icloud", "btinternet", "aol",
    "protonmail", "msn", "virginmedia", "talktalk", " dot ", "(dot)", "[dot]", "(at)", "[at]",
)  # fmt: skip

_AREAS = [
    "ab",
    "al",
    "b",
    "ba",
    "bb",
    "bd",
    "bh",
    "bl",
    "bn",
    "br",
    "bs",
    "bt",
    "ca",
    "cb",
    "cf",
    "ch",
    "cm",
    "co",
    "cr",
    "ct",
    "cv",
    "cw",
    "da",
    "dd",
    "de",
    "dg",
    "dh",
    "dl",
    "dn",
    "dt",
    "dy",
    "e",
    "ec",
    "eh",
    "en",
    "ex",
    "fk",
    "fy",
    "g",
    "gl",
    "gu",
    "gy",
    "ha",
    "hd",
    "hg",
    "hp",
    "hr",
    "hs",
    "hu",
    "hx",
    "ig",
    "im",
    "ip",
    "iv",
    "je",
    "ka",
    "kt",
    "kw",
    "ky",
    "l",
    "la",
    "ld",
    "le",
    "ll",
    "ln",
    "ls",
    "lu",
    "m",
    "me",
    "mk",
    "ml",
    "n",
    "ne",
    "ng",
    "nn",
    "np",
    "nr",
    "nw",
    "ol",
    "ox",
    "pa",
    "pe",
    "ph",
    "pl",
    "po",
    "pr",
    "rg",
    "rh",
    "rm",
    "s",
    "sa",
    "se",
    "sg",
    "sk",
    "sl",
    "sm",
    "sn",
    "so",
    "sp",
    "sr",
    "ss",
    "st",
    "sw",
    "sy",
    "ta",
    "td",
    "tf",
    "tn",
    "tq",
    "tr",
    "ts",
    "tw",
    "ub",
    "w",
    "wa",
    "wc",
    "wd",
    "wf",
    "wn",
    "wr",
    "ws",
    "wv",
    "yo",
    "ze",
]  # noqa: E501
_AREA_RX = "|".join(sorted(_AREAS, key=len, reverse=True))
# District 0 exists only in these areas: elsewhere "n0b0dy" or "n00dz" is leetspeak, not a postcode
_AREAS_WITH_DISTRICT_0 = "bl|bs|bt|cm|cr|fy|ss"
# a space may stand between a two-letter area and the district too ("st 16 2ld"; "m 6" is a road)
_TWO_LETTER_AREA_RX = "|".join(a for a in _AREAS if len(a) == 2)
_DISTRICT = rf"(?:[1-9]|(?<=(?:{_AREAS_WITH_DISTRICT_0}))0|(?<=(?:{_AREAS_WITH_DISTRICT_0}) )0)"
_POSTCODE = re.compile(
    rf"(?<![a-z0-9])((?:{_AREA_RX}|(?:{_TWO_LETTER_AREA_RX}) ){_DISTRICT}[a-z\d]?)"
    rf"\s?(\d[abd-hjlnp-uw-z]{{2}})(?![a-z0-9])"
)
_STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|grove|court|place|"
    "terrace|gardens|gdns|hill|park|row|walk|mews|square|parade|boulevard"
)
# words that are no part of a street's name: "17 goals in the park", "hes 17 but he looks way older"
_STOP = (
    r"(?:in|at|on|to|of|the|a|an|and|for|my|our|your|with|from|is|was|by|it|i|we|you|goals?|points?|"
    r"times?|minutes?|hours?|days?|weeks?|years?|people|kids|pupils|children|but|or|if|so|too|very|"
    r"really|not|when|then|that|this|are|be|has|had|have|its|like|just|he|she|they|hes|shes|me|him|"
    r"her|them|his|their|looks?)"
)
_STREET = re.compile(
    rf"(?<![\w£$.,:/])(\d{{1,4}}[a-z]?),?\s+(?:(?!{_STOP}\b)[a-z][a-z'-]+\s+){{1,3}}(?:{_STREET_TYPES})(?![a-z0-9])"  # noqa: E501
)
_FLAT = re.compile(r"(?<![a-z])(?:flat|apartment|apt)\s+\d{1,4}[a-z]?\b")
_PLATFORM = (
    r"snap|snapchat|sc|insta|instagram|ig|tiktok|tik tok|discord|kik|whatsapp|facebook|fb|twitter|"
    r"telegram|roblox|xbox|psn|fortnite|minecraft|steam|twitch|youtube|yt|threads|bereal|yubo"
)


def _word_start(words: list[str]) -> str:
    """``(?<![a-z])(?:word|...)`` with the lookbehind moved after each word's first letter
    (words grouped by that letter, in order). A regex starting with a lookbehind is tried at
    every character; one starting with these letters lets the engine skip to where they are."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(re.escape(w[0]), []).append(re.escape(w[1:]))
    return "(?:" + "|".join(f"{c}(?<![a-z]{c})(?:{'|'.join(rest)})" for c, rest in by_first.items()) + ")"


_HANDLE_CTX = re.compile(
    "(?P<lead>"
    + _word_start(["my", "me on", "add me on", "follow me on", "find me on", "add me", "me"])
    + rf")\s+(?:{_PLATFORM})(?![a-z])"
    rf"\s*(?P<marker>(?:name|username|user|id|tag|handle)?\s*(?:is|its|=|:|-)?)\s*(?P<handle>@?[a-z0-9_.]*[a-z0-9_])"
)
# the writer's own name on a platform, said with "as" or before it ("im on insta as jo.b_09", "im
# jo_b09 on snap"): only a name with a digit, "_" or "." in it, not a word ("as much as i can")
_NAMED_HANDLE = r"@?(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[0-9_.])[a-z0-9_.]*[a-z0-9_]"
_HANDLE_NAMED = re.compile(
    _word_start(["im", "i am", "me"]) + rf"\s+(?:on\s+(?:{_PLATFORM})\s+as\s+(?P<handle>{_NAMED_HANDLE})|"
    rf"(?P<own>{_NAMED_HANDLE})\s+on\s+(?:{_PLATFORM}))(?![a-z0-9_])"
)
# someone's name on a platform given after their name or "her" ("amys snap is amy.x2013", "her
# insta is jo_b09"): only a name with a digit, "_" or "." in it ("my brothers insta is full of
# cats" is not). Each regex starts with its literal text, which the engine skips to (about 6 us
# on a 5 KB post here; led by a lookbehind instead, tried at every character, about 65 us)
_HANDLE_OWNED = tuple(
    re.compile(
        rf"{owner} (?:{_PLATFORM})(?![a-z])\s+(?:(?:user)?name\s+|handle\s+|id\s+|tag\s+)?(?:is|its|=|:)\s*"
        rf"(?P<handle>{_NAMED_HANDLE})(?![a-z0-9_])"
    )
    for owner in ("s", "her")
)
_ASKING_TO_BE_FOUND = ("add", "follow", "find")
_HANDLE_AT = re.compile(r"(?<![\w@])@[a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])")
_ADD_ME = re.compile(rf"(?:add|follow|dm|message|msg|hmu|snap|text)\s+me\s+(?:on|at|@)\s*(?:{_PLATFORM})?")

_COMMON_WORDS = frozenset(
    [
        "is",
        "me",
        "my",
        "and",
        "the",
        "on",
        "at",
        "it",
        "its",
        "a",
        "to",
        "you",
        "me",
        "for",
        "pls",
        "please",
        "plz",
        "now",
        "or",
        "if",
        "so",
        "too",
    ]  # noqa: E501
)


def _told_of(m: re.Match[str]) -> bool:
    """A plain word straight after a platform, with nothing asking to be found there, is the
    rest of a sentence ("someone keeps messaging me on roblox saying ..."), not a handle."""
    bare = not m.group("marker").strip() and m.group("handle").isalpha()
    return bare and not m.group("lead").startswith(_ASKING_TO_BE_FOUND)


def _uk_phone_digits(prefix: str, body: str) -> bool:
    """``body`` is the number after its leading 0 (or after +44); put the 0 back and check."""
    digits = "0" + re.sub(r"\D", "", body)
    if len(digits) not in (10, 11):
        return False
    second = digits[1]
    if second in "579":
        return len(digits) == 11
    return second in "1238"


_DIGIT = re.compile(r"\d")
# how far before its first digit a match can start: "+ 44", "(0"; a postcode's area letters
_PHONE_REACH = 2
_POSTCODE_REACH = max(len(a) for a in _AREAS) + 1  # and a space
_FLAT_WORDS = ("flat", "apartment", "apt")


def _digit_positions(text: str) -> list[int]:
    """Where the digits (``\\d``) are, in order. In ASCII text they are 0-9, and finding each
    of the few there usually are is much quicker than scanning the text for ``\\d``."""
    if not text.isascii() or sum(map(text.count, "0123456789")) > 64:
        return [m.start() for m in _DIGIT.finditer(text)]
    positions = []
    for digit in "0123456789":
        i = text.find(digit)
        while i >= 0:
            positions.append(i)
            i = text.find(digit, i + 1)
    return sorted(positions)


def _near_digits(rx: re.Pattern[str], text: str, digits: list[int], reach: int) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose (non-empty) matches start at most ``reach``
    characters before a digit. Scanning a long post for a pattern that begins with a
    lookbehind is slow; trying only the few places near digits finds the same matches."""
    if len(digits) * (reach + 1) * 8 > len(text):  # digits everywhere: scanning is cheaper
        yield from rx.finditer(text)
        return
    pos = 0
    for start in sorted({d - k for d in digits for k in range(reach + 1) if d >= k}):
        if start >= pos and (m := rx.match(text, start)):
            yield m
            pos = m.end()


def find_personal_info(f: Folded) -> list[Hit]:
    t = f.text
    hits: list[Hit] = []

    def add(a: int, b: int, score: float, what: str) -> None:
        s, e = f.span(a, b)
        hits.append(Hit("personal_info", score, s, e, what, "pattern"))

    # every pattern in this block needs a digit
    digits = _digit_positions(t)
    if digits:
        for m in _near_digits(_PHONE, t, digits, _PHONE_REACH):
            prefix, body = m.group(1), m.group(2)
            # digits spaced one by one are more likely a list
            if body.count(" ") > 4 and len(re.sub(r"\D", "", body)) < 10:
                continue
            if _uk_phone_digits(prefix, body):
                add(m.start(), m.end(), 0.97, "phone number")
        for m in _near_digits(_PHONE_BARE, t, digits, 0):
            add(m.start(), m.end(), 0.85, "phone number")
        for m in _near_digits(_PHONE_SPACED, t, digits, 0):
            add(m.start(), m.end(), 0.9, "phone number")
        for m in _near_digits(_POSTCODE, t, digits, _POSTCODE_REACH):
            add(m.start(), m.end(), 0.95, "postcode")
        for m in _near_digits(_STREET, t, digits, 0):
            add(m.start(), m.end(), 0.9, "street address")
        if any(w in t for w in _FLAT_WORDS):
            for m in _FLAT.finditer(t):
                add(m.start(), m.end(), 0.7, "flat number")
    if "@" in t:
        for m in _EMAIL.finditer(t):
            add(m.start(), m.end(), 0.97, "e-mail address")
    if not any(h.entry == "e-mail address" for h in hits) and any(d in t for d in _SPOKEN_HINTS):
        for m in _EMAIL_SPOKEN.finditer(t):
            add(m.start(), m.end(), 0.9, "e-mail address")
    if ("zero" in t or "oh" in t or "nought" in t) and _NUMWORDS_RUN.search(t):
        for m in _NUMWORDS_RUN.finditer(t):
            digits = []
            rep = 1
            for w in re.findall(r"[a-z]+|\d", m.group(0)):
                d = _NUMWORD.get(w, w)
                if d == "D":
                    rep = 2
                    continue
                if d == "T":
                    rep = 3
                    continue
                if d.isdigit():
                    digits.append(d * rep)
                rep = 1
            s = "".join(digits)
            if (
                s.startswith("0")
                and len(s) in (10, 11)
                and s[1] in "12378"
                and not any(h.start <= f.span(m.start(), m.end())[0] < h.end for h in hits)
            ):
                add(m.start(), m.end(), 0.9, "phone number")
    for m in _HANDLE_CTX.finditer(t):
        handle = m.group("handle")
        if len(handle.lstrip("@")) < 3 or handle.lstrip("@") in _COMMON_WORDS or _told_of(m):
            continue
        add(m.start("handle"), m.end("handle"), 0.85, "social-media handle")
    for m in _HANDLE_NAMED.finditer(t):  # the name is the one group that matched
        add(m.start(m.lastgroup), m.end(m.lastgroup), 0.85, "social-media handle")
    for rx in _HANDLE_OWNED:
        for m in rx.finditer(t):
            add(m.start("handle"), m.end("handle"), 0.85, "social-media handle")
    if "@" in t:
        add_me = list(_ADD_ME.finditer(t))
        for m in add_me:
            add(m.start(), m.end(), 0.85, "add me")
        if add_me:
            for m in _HANDLE_AT.finditer(t):
                add(m.start(), m.end(), 0.8, "social-media handle")
    return hits
