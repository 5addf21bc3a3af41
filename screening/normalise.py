"""Text normalisation with a map back to the original characters.

``fold(text)`` gives a lower-case, compatibility-folded string (NFKC, accents stripped,
Cyrillic/Greek look-alikes, small capitals and boxed or regional-indicator letters mapped to
Latin, zero-width and other invisible characters removed, HTML entities decoded) and, for every
folded character, the index of the original character it came from, so that matches found on
the folded text can be reported as spans of the original.

``tokenise(folded)`` splits the folded text into word tokens, undoes leetspeak inside tokens that
mix letters and symbols, and joins letters split by spaces, dots or dashes ("f.u.c.k").
Repeated letters are handled by the lexicon matcher (see ``lexicon.py``), which compares
run-length encodings.
"""

from __future__ import annotations

import html
import operator
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate, compress, repeat
from typing import NamedTuple

from .native import native

# Look-alike letters from other scripts that NFKC leaves alone (lower case: we fold case first).
CONFUSABLES = {
    # Cyrillic
    "а": "a", "б": "b", "в": "b", "г": "r", "д": "d", "е": "e", "ё": "e", "ж": "x", "з": "3",
    "и": "u", "й": "u", "к": "k", "л": "n", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p",
    "с": "c", "т": "t", "у": "y", "ф": "o", "х": "x", "ц": "u", "ч": "4", "ш": "w", "щ": "w",
    "ъ": "b", "ы": "bi", "ь": "b", "э": "e", "ю": "io", "я": "r", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "є": "e", "ѵ": "v", "ү": "y",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "θ": "o", "ι": "i",
    "κ": "k", "λ": "l", "μ": "u", "ν": "v", "ξ": "e", "ο": "o", "π": "n", "ρ": "p", "σ": "o",
    "ς": "c", "τ": "t", "υ": "u", "φ": "o", "χ": "x", "ψ": "w", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Armenian and Cherokee look-alikes
    "ս": "u", "օ": "o", "հ": "h", "ց": "g", "ք": "p", "ո": "n", "ա": "w",
    # Latin oddities that do not decompose
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ß": "ss", "æ": "ae", "œ": "oe",
    "ɑ": "a", "ɡ": "g", "ɩ": "i", "ʀ": "r", "ʏ": "y", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d",
    "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n",
    "ᴏ": "o", "ᴘ": "p", "ꞯ": "q", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ꜰ": "f",
    "ꜱ": "s",
    # punctuation look-alikes
    "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "‒": "-",
    "–": "-", "—": "-", "․": ".", "·": ".", "•": ".", "＠": "@",
    # symbols written for letters ("ƒυ¢к уσυ")
    "ƒ": "f", "¢": "c",
}  # fmt: skip
# Emoji that stand for a word: the rude gesture, a knife or a gun used as a verb ("ill 🔪 u",
# "ill 🔫 you"), and pills ("gonna take all my 💊"). Read as the word between spaces, so that
# they are matched like it and the span is the emoji.
CONFUSABLES.update(
    {"\U0001f595": " fuck ", "\U0001f52a": " knife ", "\U0001f52b": " shoot ", "\U0001f48a": " pills "}
)
# Emoji that, side by side, stand for sex ("🍆💦", "🍑🍆", "👅💦"): read as the things they show,
# so that the pairs are found (sexual.txt) and one alone stays fruit, veg or a tongue.
CONFUSABLES.update(
    {
        "\U0001f346": " aubergine ",
        "\U0001f351": " peach ",
        "\U0001f4a6": " droplets ",
        "\U0001f445": " tongue ",
    }
)
# Letters in negative circled and negative squared boxes ("🅵🆄🅲🅺"), which NFKC leaves alone
# (it does fold the plain circled and squared ones).
CONFUSABLES.update({chr(base + k): chr(ord("a") + k) for base in (0x1F150, 0x1F170) for k in range(26)})

_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});|<br\s*/?>", re.I)

# Regional indicator letters ("🇫🇺🇨🇰"). Two of them make a country's flag, so a run that reads
# as flags (every pair a region with a flag) is left alone; any other run is read as the letters
# it spells, one letter for each.
_REGIONAL_A = 0x1F1E6
_REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]+")
_FLAG_CODES = """ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo
    bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cp cr cu cv cw cx cy cz de dg dj
    dk dm do dz ea ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp
    gq gr gs gt gu gw gy hk hm hn hr ht hu ic id ie il im in io iq ir is it je jm jo jp ke kg kh
    ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo
    mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl
    pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv
    sx sy sz ta tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um un us uy uz va vc ve vg
    vi vn vu wf ws xk ye yt za zm zw"""
_FLAG_REGIONS = frozenset(_FLAG_CODES.split())


def _regional_letters(text: str) -> str:
    """The text with each run of regional indicators that does not read as flags replaced by
    its letters (the same length: offsets into it are offsets into the text)."""

    def letters(m: re.Match[str]) -> str:
        spelt = "".join(chr(ord(c) - _REGIONAL_A + ord("a")) for c in m[0])
        pairs = [spelt[k : k + 2] for k in range(0, len(spelt), 2)]
        if len(spelt) % 2 == 0 and all(pair in _FLAG_REGIONS for pair in pairs):
            return m[0]
        return spelt

    return _REGIONAL.sub(letters, text)


def _fold_char(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat == "Cf":  # zero-width space/joiners, BOM, soft hyphen, bidi marks
        return ""
    if cat == "Cc":
        return " "
    if cat == "Zs" or ch in "\u2028\u2029":
        return " "
    out = []
    for c in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", ch)):
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        for d in c.casefold():
            out.append(CONFUSABLES.get(d, d))
    return "".join(out)


class _FoldTable(dict):
    """Each character's fold by code point, worked out when first met: a table for
    ``str.translate``. Characters that fold to nothing or to several are also noted in
    ``uneven``, since a text holding one needs a map of offsets (as are regional indicators,
    whose reading depends on their neighbours)."""

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        # a regional indicator is read with its neighbours (see _regional_letters), which the
        # fold with offsets does first
        if len(folded) != 1 or _REGIONAL_A <= code < _REGIONAL_A + 26:
            self.uneven.add(chr(code))
        if len(self) < 5000:
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


@dataclass
class Folded:
    text: str
    # offsets[i] = index in the original text of folded character i; None means identity
    offsets: list[int] | None
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span for folded-text [start, end)."""
        if end <= start:
            return (start, start)
        if self.offsets is None:
            return (start, end)
        a = self.offsets[start]
        b = self.offsets[end - 1] + 1
        # extend over characters that folded to nothing (e.g. a trailing zero-width char)
        return (a, b)


def fold(text: str) -> Folded:
    if text.isascii() and "&" not in text and "<" not in text and "`" not in text:
        return Folded(text.lower().translate(_ASCII_CONTROL), None, text)
    if not _ENTITY.search(text):
        folded = text.translate(_FOLD_TABLE)
        if _FOLD_TABLE.uneven.isdisjoint(text):  # one character for one: offsets unchanged
            return Folded(folded, None, text)
    return _fold_with_offsets(text)


def _fold_with_offsets(text: str) -> Folded:
    """The fold of a text with entities, or with characters that fold to nothing or to several
    ("\u200b", "ﬁ"), or with regional indicators, with each folded character's offset in the
    text."""
    original = text
    if _REGIONAL.search(text):
        text = _regional_letters(text)
    out: list[str] = []
    offs: list[int] = []
    i = 0
    while (entity := _ENTITY.search(text, i)) is not None:
        _fold_stretch(text, i, entity.start(), out, offs)
        decoded = (" " if entity[0][0] == "<" else html.unescape(entity[0])).translate(_FOLD_TABLE)
        out.append(decoded)
        offs.extend([entity.start()] * len(decoded))
        i = entity.end()
    _fold_stretch(text, i, len(text), out, offs)
    return Folded("".join(out), offs, original)


def _fold_stretch(text: str, start: int, end: int, out: list[str], offs: list[int]) -> None:
    for j in range(start, end):
        folded_char = _FOLD_TABLE[ord(text[j])]
        out.append(folded_char)
        offs.extend([j] * len(folded_char))


_ASCII_CONTROL = {c: " " for c in list(range(0, 32)) + [127]}

# Leetspeak: applied only inside tokens that mix letters with digits/symbols (so "2019" stays).
LEET = {"4": "a", "@": "a", "3": "e", "0": "o", "1": "i", "!": "i", "|": "i", "$": "s",
        "5": "s", "7": "t", "+": "t", "8": "b", "9": "g", "6": "g", "€": "e", "£": "l"}  # fmt: skip
LEET_ALT = {"1": "l", "|": "l", "!": "l"}
_LEET_TABLE = str.maketrans(LEET)
_LEET_ALT_TABLE = str.maketrans({**LEET, **LEET_ALT})

# A token: letters/digits with leet symbols and masking asterisks inside; apostrophes joined.
# (A word does not start right after a symbol: where it could, the word would have started at
# the symbol. Saying so spares the engine trying every place in a long run of symbols, each
# time to the run's end: 20,000 "!" took 3.8 s, 100,000 now take 3 ms.)
_TOKEN = re.compile(
    r"(?<![@$!|*+€£])[a-z0-9@$!|*+€£]*[a-z0-9][a-z0-9@$!|*+€£]*(?:'[a-z]+)*|[@$][a-z0-9@$!|*]+"
)
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_SEP_CHARS = r"[\s.\-_*,/|+~:;'\"()\[\]]{1,3}"  # between split letters: "f.u.c.k", "(k)(i)(l)(l)"
_SEP = re.compile(f"^{_SEP_CHARS}$")
# Three one-character tokens in a row, split by separators. A token of one character is a letter
# or digit with no letter, digit or leet symbol beside it (those would be part of the token).
# Where this finds nothing there are no split letters to join; where it finds something, there
# may be none either ("i'm a"), and the tokens are checked one by one.
_MAYBE_SPLIT_WORD = re.compile(
    rf"(?<![a-z0-9@$€£])[a-z0-9]{_SEP_CHARS}[a-z0-9]{_SEP_CHARS}[a-z0-9](?![a-z0-9@$€£])"
)
_HAS_LETTER = re.compile(r"[a-z]")
# a number with an ordinal ending or a plural, as written: "1st", "10th", "the year 6s", "the 90s"
_NUMBER_WORD = re.compile(r"[0-9]+(?:st|nd|rd|th|s)")
_STRIP = "!|*+'"


class _TokenFields(NamedTuple):
    start: int  # in folded text
    end: int
    raw: str  # as folded
    form: str  # leet undone, apostrophes removed
    alt: str  # second leet reading (1 -> l) or "" when the same
    joined: bool


class Token(_TokenFields):
    """A word token. A named tuple rather than a dataclass: a long post has a thousand, and
    making each was half the cost of tokenising it."""

    __slots__ = ()

    def __new__(cls, start, end, raw, form, alt, joined=False) -> Token:
        return super().__new__(cls, start, end, raw, form, alt, joined)


# Builds a token from its six fields without the Python-level __new__ (for the plain words).
_plain_token = partial(tuple.__new__, Token)
_FORM = operator.itemgetter(3)  # a token's form


def _deleet(tok: str) -> tuple[str, str]:
    tok = tok.replace("'", "")
    if tok.isalpha() or not _HAS_LETTER.search(tok) or _NUMBER_WORD.fullmatch(tok):
        return tok, ""
    a = tok.translate(_LEET_TABLE)
    b = tok.translate(_LEET_ALT_TABLE)
    return a, (b if b != a else "")


def _mixed_token(raw: str, s: int, e: int) -> Token | None:
    """A token with digits or symbols: strip punctuation that is not a letter substitute
    here, then undo masking ("f*c*k") or leetspeak."""
    while raw and raw[-1] in _STRIP:
        raw = raw[:-1]
        e -= 1
    while raw and raw[0] in _STRIP:
        raw = raw[1:]
        s += 1
    if not raw:
        return None
    if "*" in raw and re.fullmatch(r"(?:[a-z0-9]\*)+[a-z0-9]", raw):
        form, alt = raw.replace("*", ""), ""
    else:
        form, alt = _deleet(raw)
    return Token(s, e, raw, form, alt)


def plain_tokens(folded: str) -> tuple[list[Token], list[int]]:
    """The word tokens (``_TOKEN``), each made as a plain word, and the indices of those that
    are not all letters. In C where the package was built with it (``_native.c``)."""
    if native is not None:
        return native.plain_tokens(folded, Token)
    # Splitting on the token pattern gives separators and tokens in turn, and their offsets
    # follow from the lengths: no match object per token (a long post has a thousand).
    parts = _TOKEN_SPLIT.split(folded)
    bounds = list(accumulate(map(len, parts)))
    raws = parts[1::2]
    toks = list(map(_plain_token, zip(bounds[0:-1:2], bounds[1::2], raws, raws, repeat(""), repeat(False))))
    return toks, list(compress(range(len(raws)), map(operator.not_, map(str.isalpha, raws))))


def tokenise(folded: str) -> list[Token]:
    toks, mixed = plain_tokens(folded)
    # most tokens are plain words; the others have punctuation to strip or leetspeak to undo
    for i in reversed(mixed):
        t = toks[i]
        tok = _mixed_token(t.raw, t.start, t.end)
        if tok is None:
            del toks[i]
        else:
            toks[i] = tok
    return toks


# Contractions written with a space for the apostrophe ("don t", "i m", "it s"), as some text
# arrives (the apostrophe lost on the way): each pair is read as the word without its apostrophe.
# And the words for people that children often write as two ("every one hates me", "no body
# cares"): read as one.
_NOT = "don can isn didn won doesn wasn aren couldn wouldn shouldn haven hasn hadn weren ain mustn needn"
_SUBJECTS = ("i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what", "where", "let")
_SPLIT_WORDS = frozenset(
    [(w, "t") for w in _NOT.split()]
    + [("i", "m")]
    + [(w, end) for w in _SUBJECTS for end in ("s", "ll", "ve", "re")]
    + [(w, end) for w in ("every", "no", "some", "any") for end in ("one", "body")]
)
_MAYBE_SPLIT_WORD_PAIR = re.compile(
    r"[a-z] (?:t|m|s|ll|ve|re)(?![a-z0-9])|(?<![a-z0-9])(?:every|no|some|any) (?:one|body)(?![a-z0-9])"
)


def _split_pairs(toks: list[Token]) -> list[int]:
    """Each i where toks[i - 1] and toks[i] read as a pair to join. No word ends one pair and
    starts another, so pairs never overlap."""
    forms = list(map(_FORM, toks))
    is_pair = map(_SPLIT_WORDS.__contains__, zip(forms[:-1], forms[1:], strict=True))
    return [i + 1 for i in compress(range(len(forms) - 1), is_pair)]


def join_split_words(folded: str, toks: list[Token]) -> list[Token]:
    """Join "don t" into "dont", "i m" into "im" (a contraction whose apostrophe became a space)
    and "no body" into "nobody"."""
    # the tokens first, cheaper than the regex on a long post; the regex still keeps to pairs
    # written in letters, as before ("every 0ne" is not joined)
    pairs = _split_pairs(toks)
    if not pairs or not _MAYBE_SPLIT_WORD_PAIR.search(folded):
        return toks
    out = list(toks)
    for i in reversed(pairs):
        a, b = toks[i - 1], toks[i]
        if folded[a.end : b.start] == " ":
            out[i - 1 : i + 1] = [Token(a.start, b.end, a.raw + b.raw, a.form + b.form, "", joined=True)]
    return out


def join_split_letters(folded: str, toks: list[Token], accept, segment) -> list[Token]:
    """Join runs of single letters split by spaces/dots/dashes when the result is a known word,
    or, failing that, several (``segment``: "i w a n t t o d i e").

    ``accept(word) -> bool`` says whether a joined word is worth keeping (a lexicon hit), so
    that "u r a" is not glued into nonsense; ``segment(letters) -> list[str] | None`` gives the
    words the letters spell when that reading is worth keeping.
    """
    if not _MAYBE_SPLIT_WORD.search(folded):  # most posts: nothing to join
        return toks
    out: list[Token] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if len(t.form) == 1:
            j = i + 1
            while j < n and len(toks[j].form) == 1 and _SEP.match(folded[toks[j - 1].end : toks[j].start]):
                j += 1
            if j - i >= 3:
                # find the longest accepted run starting at i (and allow a trailing word part)
                # the whole run must make a known word: "s c u n t h o r p e" stays apart
                raw = "".join(x.raw for x in toks[i:j])
                form, alt = _deleet(raw)
                word = next((w for w in (form, alt) if w and accept(w)), None)
                if word:
                    out.append(Token(t.start, toks[j - 1].end, raw, word, "", joined=True))
                    i = j
                    continue
                pieces = next(filter(None, (segment(w) for w in (form, alt) if w)), None)
                out.extend(_spelt(toks[i:j], pieces) if pieces else toks[i:j])
                i = j
                continue
        out.append(t)
        i += 1
    return out


def _spelt(letters: list[Token], words: list[str]) -> list[Token]:
    """One joined token for each of the words, spanning the split letters that spell it."""
    out, k = [], 0
    for word in words:
        part = letters[k : k + len(word)]
        out.append(Token(part[0].start, part[-1].end, "".join(x.raw for x in part), word, "", joined=True))
        k += len(word)
    return out


def sound_alike(form: str) -> str:
    """A second spelling of a word written the way it sounds ("phuck", "ph0ck": ph for f), or
    "" when there is none. The lexicon tries it only where the word as written is not known."""
    return form.replace("ph", "f") if "ph" in form else ""


@lru_cache(maxsize=65536)  # a new word is looked at several times (lexicon words, squeezing)
def runs(word: str) -> tuple[str, tuple[int, ...]]:
    """Run-length encoding: 'stuuupid' -> ('stupid', (1,1,3,1,1,1))."""
    if not word:
        return "", ()
    letters = [word[0]]
    counts = [1]
    for c in word[1:]:
        if c == letters[-1]:
            counts[-1] += 1
        else:
            letters.append(c)
            counts.append(1)
    return "".join(letters), tuple(counts)


def squeeze(word: str, keep: int = 2) -> str:
    """Collapse runs longer than ``keep`` ('sooooo' -> 'soo')."""
    letters, counts = runs(word)
    if max(counts, default=0) <= keep:  # most words: nothing to collapse
        return word
    return "".join(c * min(k, keep) for c, k in zip(letters, counts, strict=True))
