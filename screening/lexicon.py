"""Word and phrase lexicons, matched on normalised tokens.

Lexicon files live in ``screening/data/lexicon/<category>.txt``. Each line is
``<score> <entry>``; ``#`` starts a comment. An entry is either

* a single word (letters only), optionally ending in ``*`` to match any word that starts with it
  (used only where no innocent word starts the same way); matching is on whole tokens, so
  "Scunthorpe" never matches a word inside it, and repeated letters are allowed
  ("stuuupid" matches "stupid", but "as" does not match "ass"); a word that is not known as
  written is also tried with "ph" read as "f" ("phuq");
* or a phrase: a regular expression over the *phrase text* (tokens in canonical form, joined by
  single spaces, apostrophes removed, text-speak expanded: "u" -> "you", "ur" -> "your"), so
  each word is written in that form (a test checks every line).

``@define NAME regex`` lines define macros used in later phrases as ``{NAME}``.

A token with letters masked by ``*`` is read as the profanity, sexual, hate or insult word it
fits ("c*nt", or a stem and more letters: "f*cking"), else as the one word used in phrases that
it fits ("s*icide"); the first letter and one more must show.

``data/allowed.txt`` lists innocent phrases (``phrase<TAB>reason``) that switch off any hit
inside them; a setting can add its own (see ``policy.Allowed``).

A pupil telling of harm done to another child ("my friend said her dad hits her") is read again
in that child's words (``reported.py``), and the disclosure and self-harm lines found there
count as disclosures at the original words.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, compress, islice
from pathlib import Path

from .normalise import (
    Folded,
    Token,
    fold,
    join_split_letters,
    join_split_words,
    runs,
    sound_alike,
    squeeze,
    tokenise,
)
from .phrases import PhraseSet, PhraseSets
from .reported import retold

DATA = Path(__file__).resolve().parent / "data"
CATEGORIES = (
    "profanity",
    "insult",
    "threat",
    "sexual",
    "hate",
    "self_harm",
    "personal_info",
    "grooming",
    "extremism",
)

# short words that letters split apart one by one may spell beside the phrases' own words
# (which have three letters or more), the longest word looked for in such letters, and the most
# letters read so (a sentence; a long run of letters is left as it is, however it was built)
SPELT_SHORT_WORDS = frozenset(
    ("i", "a", "u", "ur", "im", "me", "my", "to", "go", "of", "on", "in", "is", "it", "no", "so", "up")
    + ("an", "at", "be", "do", "he", "if", "or", "we")
)
LONGEST_SPELT_WORD = 20
MOST_SPELT_LETTERS = 80
# the shortest word looked at as a phrase written without spaces ("killmyself", "wanttodie")
SHORTEST_RUN_TOGETHER = 9

# text-speak expanded in the phrase text (token form -> words)
SYNONYMS = {
    "u": "you", "ya": "you", "yu": "you", "yoo": "you", "r": "are", "ru": "are you", "ur": "your",
    "yr": "your",
    "youre": "youre", "ure": "youre", "urself": "yourself", "yourslef": "yourself",
    "urslf": "yourself", "pls": "please", "plz": "please", "plse": "please", "wat": "what",
    "wats": "whats", "2nite": "tonight", "2night": "tonight", "2day": "today", "2moro": "tomorrow",
    "2morrow": "tomorrow", "wot": "what", "wut": "what", "wanna": "want to", "gonna": "going to",
    "gotta": "got to", "gunna": "going to", "gna": "going to", "gnna": "going to",
    "coz": "because", "cos": "because", "cuz": "because",
    "bc": "because", "bcos": "because", "bcoz": "because", "becuz": "because",
    "ppl": "people", "evry": "every", "every1": "everyone", "everyi": "everyone",
    "no1": "no one", "noi": "no one", "noone": "no one", "nobdy": "nobody", "any1": "anyone",
    "anyi": "anyone", "some1": "someone", "somei": "someone", "sumi": "someone", "2": "to", "4": "for",
    "b4": "before", "n": "and", "y": "why", "ill": "ill", "dnt": "dont", "nt": "not", "cnt": "cant",
    "bout": "about", "sum1": "someone", "sumthin": "something", "sumthing": "something",
    "summat": "something", "av": "have",
    "mum": "mum", "mom": "mum", "mam": "mum", "mummy": "mum", "ma": "mum", "mother": "mum",
    "mama": "mum", "mammy": "mum", "mommy": "mum", "father": "dad", "daddy": "dad", "papa": "dad",
    "pic": "pic", "pix": "pics", "pik": "pic", "piccy": "pic",
    "photo": "pic", "photos": "pics", "picture": "pic", "pictures": "pics", "selfie": "pic",
    "selfies": "pics", "snap": "snap", "m8": "mate", "gf": "girlfriend", "bf": "boyfriend",
    "kms": "kill myself", "kys": "kill yourself", "stfu": "shut the fuck up", "thx": "thanks",
    "im": "im", "iam": "im", "snd": "send", "whr": "where", "wer": "where", "wen": "when",
    "tho": "though",
    "sewerslide": "suicide", "noodz": "nudes", "noods": "nudes", "nudez": "nudes", "newds": "nudes",
    "nudies": "nudes", "ctb": "kill myself",
    "h8": "hate", "h8s": "hates", "h8ed": "hated", "h8d": "hated", "h8ing": "hating", "h8in": "hating",
}  # fmt: skip


@dataclass(frozen=True)
class Hit:
    category: str
    score: float
    start: int  # original text
    end: int
    entry: str
    kind: str = "phrase"  # word | phrase | pattern | disclosure
    # the words it was found in when they are what a pupil tells of another child, read again
    # in that child's words (``reported``); empty for the comment's own words
    retold: tuple[str, ...] = ()


@dataclass
class Analysis:
    """Everything the fast path learns from one text."""

    folded: Folded
    tokens: list[Token]
    phrase_text: str
    token_starts: list[int]  # start of each token in phrase_text
    token_ends: list[int]
    hits: list[Hit]
    allowed: list[tuple[int, int, str]]  # original spans of allowed phrases with reasons
    setting_allowed: list[tuple[int, int]] = field(default_factory=list)  # added by a setting

    def token_span(self, i: int) -> tuple[int, int]:
        t = self.tokens[i]
        return self.folded.span(t.start, t.end)

    def tokens_within(self, spans) -> list[tuple[int, int]]:
        """Index ranges [lo, hi) of the tokens lying inside any of the original-text spans
        (start, end, ...), in order, overlapping or touching ranges merged."""
        if not spans or not self.tokens:
            return []
        # tokens do not overlap and come in text order, so their spans' starts and ends both
        # rise: the tokens inside a span are the ones from the first starting in it to the
        # last ending in it
        offsets = self.folded.offsets
        if offsets is None:
            starts = [t.start for t in self.tokens]
            ends = [t.end for t in self.tokens]
        else:
            starts = [offsets[t.start] for t in self.tokens]
            ends = [offsets[t.end - 1] + 1 for t in self.tokens]
        ranges = [(bisect.bisect_left(starts, a), bisect.bisect_right(ends, b)) for a, b, *_ in spans]
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(ranges):
            if lo >= hi:
                continue
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        return merged

    def phrase_span(self, a: int, b: int) -> tuple[int, int]:
        """Original-text span for phrase-text [a, b)."""
        i = max(0, bisect.bisect_right(self.token_starts, a) - 1)
        j = max(i, bisect.bisect_left(self.token_ends, b))
        j = min(j, len(self.tokens) - 1)
        s = self.folded.span(self.tokens[i].start, self.tokens[i].end)[0]
        e = self.folded.span(self.tokens[j].start, self.tokens[j].end)[1]
        return (s, e)


class Lexicon:
    def __init__(self, data_dir: Path = DATA) -> None:
        self.words: dict[str, list[tuple[str, tuple[int, ...], str, float]]] = {}
        self.prefixes: list[tuple[str, str, float]] = []
        self.prefix_runs: list[tuple[str, tuple[int, ...], str, float]] = []
        self.masked: dict[int, list[tuple[str, str, float]]] = {}  # words by length
        self.masked_stems: list[tuple[str, str, float]] = []  # prefix entries' stems
        # phrases by category and kind: "phrase", or "disclosure" (a pupil telling of harm done
        # to them, from disclosure.txt, where "@category NAME" says which category follows)
        phrases: dict[tuple[str, str], list[tuple[str, float]]] = {}
        macros: dict[str, str] = {}
        sources = [(f"{cat}.txt", cat, "phrase") for cat in CATEGORIES]
        sources.append(("disclosure.txt", None, "disclosure"))
        for filename, cat, kind in sources:
            path = data_dir / "lexicon" / filename
            if not path.exists():
                continue
            for raw in path.read_text(encoding="utf-8").splitlines():
                line = raw.split(" #", 1)[0].strip() if not raw.startswith("#") else ""
                if not line:
                    continue
                if define(line, macros):
                    continue
                if line.startswith("@category "):
                    cat = line.split()[1]
                    if cat not in CATEGORIES:
                        raise ValueError(f"lexicon {filename}: unknown category {cat}")
                    continue
                score_s, entry = line.split(None, 1)
                score = float(score_s)
                entry = entry.strip()
                if kind == "phrase" and re.fullmatch(r"[a-z]+\*?", entry):
                    self._add_word(entry, cat, score)
                else:
                    phrases.setdefault((cat, kind), []).append((self._expand(entry, macros), score))
        self.prefix_tuple = tuple(p for p, _, _ in self.prefixes)
        # plain words used in phrases, so that "k i l l myself" is joined back into "kill"
        self.phrase_words = frozenset(
            w for items in phrases.values() for rx, _ in items for w in re.findall(r"[a-z]{3,}", rx)
        )
        # words a run of split letters may spell (``segments``): the phrases' and the listed ones
        self.spelt_words = (
            self.phrase_words
            | SPELT_SHORT_WORDS
            | {w for entries in self.words.values() for w, _, _, _ in entries}
        )
        self.phrase_runs: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        self.phrase_words_by_len: dict[int, list[str]] = {}
        for w in sorted(self.phrase_words):
            letters, counts = runs(w)
            self.phrase_runs.setdefault(letters, []).append((w, counts))
            self.phrase_words_by_len.setdefault(len(w), []).append(w)
        # one phrase set per category and kind, highest score first: where phrases overlap,
        # the higher-scoring one is the match
        self.phrases: list[tuple[str, PhraseSet[float]]] = []
        self.phrase_kinds: list[str] = []
        for (cat, kind), items in phrases.items():
            by_score: dict[float, list[str]] = {}
            for rx, sc in items:
                by_score.setdefault(sc, []).append(rx)
            ordered = [(rx, sc) for sc, rxs in sorted(by_score.items(), reverse=True) for rx in rxs]
            if ordered:
                self.phrases.append((cat, PhraseSet(ordered)))
                self.phrase_kinds.append(kind)
        self.allowed_default = load_allowed(data_dir / "allowed.txt")
        self.allowed_phrases: PhraseSet[str] = PhraseSet(self.allowed_default)
        # the innocent phrases and every category's phrases, matched in one pass
        self.phrase_sets = PhraseSets([self.allowed_phrases] + [ps for _, ps in self.phrases])
        # text-speak that stands for something flagged ("kys", "stfu")
        self.flagged_shorthand = frozenset(short for short, said in SYNONYMS.items() if self._flags(said))

    @staticmethod
    def _expand(rx: str, macros: dict[str, str]) -> str:
        def rep(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in macros:
                raise ValueError(f"lexicon: undefined macro {{{name}}}")
            return f"(?:{macros[name]})"

        return re.sub(rf"\{{({MACRO_NAME})\}}", rep, rx)

    def _add_word(self, entry: str, cat: str, score: float) -> None:
        maskable = cat in ("profanity", "sexual", "hate", "insult")
        if entry.endswith("*"):
            stem = entry[:-1]
            letters, counts = runs(stem)
            self.prefixes.append((letters, cat, score))
            self.prefix_runs.append((letters, counts, cat, score))
            if maskable:  # "c*nt" is the stem itself, "f*cking" the stem and more letters
                self.masked.setdefault(len(stem), []).append((stem, cat, score))
                self.masked_stems.append((stem, cat, score))
            return
        letters, counts = runs(entry)
        self.words.setdefault(letters, []).append((entry, counts, cat, score))
        if maskable:
            self.masked.setdefault(len(entry), []).append((entry, cat, score))

    # -- matching -------------------------------------------------------------------------
    def word_hits(self, tok: Token) -> list[tuple[str, str, float]]:
        """(canonical word, category, score) for one token."""
        found: list[tuple[str, str, float]] = []
        for form in (tok.form, tok.alt, sound_alike(tok.form)):
            if not form or not form.isalpha():
                continue
            letters, counts = runs(form)
            for word, wc, cat, sc in self.words.get(letters, ()):
                if _runs_ok(letters, counts, wc):
                    found.append((word, cat, sc))
            if self.prefix_tuple and letters.startswith(self.prefix_tuple):
                for p, pc, cat, sc in self.prefix_runs:
                    if letters.startswith(p) and _prefix_runs_ok(p, counts, pc):
                        found.append((form, cat, sc))
            if found:
                return found
        if "*" in tok.raw:
            pat = tok.raw.translate(_UNLEET)
            visible = sum(1 for c in pat if c != "*")
            if visible >= 2 and pat[0] != "*":
                # the first word of the same length that fits, or a stem that fits, at least half
                # of it showing, followed by plain letters ("f*cking"), whichever scores higher
                best = next(((w, c, sc) for w, c, sc in self.masked.get(len(pat), ()) if _fits(pat, w)), None)
                for stem, cat, sc in self.masked_stems:
                    head, rest = pat[: len(stem)], pat[len(stem) :]
                    if rest.isalpha() and 2 * head.count("*") <= len(stem) and _fits(head, stem):
                        if best is None or sc > best[2]:
                            best = (stem + rest, cat, sc)
                        break
                if best is not None:
                    found.append(best)
        return found

    def unmask(self, raw: str) -> str | None:
        """The one word used in phrases that a masked token fits ("s*icide"), if exactly one
        does; at least its first letter and one more must show."""
        pat = raw.translate(_UNLEET)
        if pat[0] == "*" or len(pat) - pat.count("*") < 2:
            return None
        fitting = [w for w in self.phrase_words_by_len.get(len(pat), ()) if _fits(pat, w)]
        return fitting[0] if len(fitting) == 1 else None

    def accepts(self, word: str) -> bool:
        """Whether letters split apart ("k i l l", "k y s") are worth joining into this word."""
        return word in self.phrase_words or word in self.flagged_shorthand or self.is_listed(word)

    def segments(self, letters: str) -> list[str] | None:
        """The fewest words that spell letters split apart one by one, when no single word does
        ("i w a n t t o d i e", "k i l l m y s e l f"): words of the phrases, lexicon words and
        short everyday words (``spelt_words``), and only where that reading is flagged. An
        innocent word spelt out ("t h e r a p i s t", ``innocent_words.txt``) is left as it is."""
        words = self._fewest_words(letters)
        return words if words and self._flags(" ".join(words)) else None

    def run_together(self, word: str) -> list[str] | None:
        """The words of a phrase written without spaces ("iwanttodie", "killmyself"), as for
        ``segments``, but only where they match a whole phrase: a listed word inside a long
        word is most often an innocent one ("cocktail", "penistone")."""
        if len(word) < SHORTEST_RUN_TOGETHER or word in self.phrase_words or self.is_listed(word):
            return None
        words = self._fewest_words(word)
        return words if words and self._matches_a_phrase(" ".join(words)) else None

    def _fewest_words(self, letters: str) -> list[str] | None:
        """The fewest ``spelt_words`` (two or more) that spell the letters, or None; never for
        an innocent word (``innocent_words.txt``) or more than ``MOST_SPELT_LETTERS`` letters."""
        if len(letters) > MOST_SPELT_LETTERS or letters in word_list("innocent_words.txt"):
            return None
        fewest: list[list[str] | None] = [[]] + [None] * len(letters)
        for end in range(1, len(letters) + 1):
            for start in range(max(0, end - LONGEST_SPELT_WORD), end):
                word, before = letters[start:end], fewest[start]
                if before is None or word not in self.spelt_words:
                    continue
                if fewest[end] is None or len(before) + 1 < len(fewest[end]):
                    fewest[end] = before + [word]
        words = fewest[-1]
        return words if words and len(words) > 1 else None

    def _flags(self, text: str) -> bool:
        """Whether phrase text holds a listed word or matches a phrase."""
        return any(map(self.is_listed, text.split())) or self._matches_a_phrase(text)

    def _matches_a_phrase(self, text: str) -> bool:
        return any(self.phrase_sets.finditer_each(text)[1:])

    def is_listed(self, word: str) -> bool:
        """A word of the lexicon, however its letters are stretched."""
        letters, counts = runs(word)
        if letters.startswith(self.prefix_tuple) and any(
            letters.startswith(p) and _prefix_runs_ok(p, counts, pc) for p, pc, _, _ in self.prefix_runs
        ):
            return True
        return any(_runs_ok(letters, counts, wc) for _, wc, _, _ in self.words.get(letters, ()))


def _fits(pattern: str, word: str) -> bool:
    """A masked pattern ("c*nt") against a word of the same length: "*" stands for any letter."""
    return all(p == "*" or p == w for p, w in zip(pattern, word, strict=True))


def _runs_ok(letters: str, counts: tuple[int, ...], wanted: tuple[int, ...]) -> bool:
    """Token runs against a word's runs: equal, or clearly stretched ("stuuupid", "shiit"),
    but a doubled consonant is a different word ("assess" is not "asses")."""
    for ch, c, k in zip(letters, counts, wanted, strict=True):
        if c == k:
            continue
        if c < k:
            return False
        if c < 3 and ch not in "aeiouy":
            return False
    return True


def _prefix_runs_ok(prefix: str, counts: tuple[int, ...], wanted: tuple[int, ...]) -> bool:
    n = len(wanted)
    if not _runs_ok(prefix[: n - 1], counts[: n - 1], wanted[: n - 1]):
        return False
    return counts[n - 1] >= wanted[n - 1]


_UNLEET = str.maketrans({"4": "a", "@": "a", "3": "e", "0": "o", "1": "i", "$": "s", "5": "s"})


@cache
def listed_lines(path: Path) -> list[str]:
    """The entries of a list file: one per line, blank lines and "#" comments left out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def misspellings() -> dict[str, str]:
    """Each misspelling in ``data/misspellings.txt`` and the word it stands for."""
    table: dict[str, str] = {}
    for line in listed_lines(DATA / "misspellings.txt"):
        word, _, spelt = line.partition(":")
        table.update(dict.fromkeys(spelt.split(), word.strip()))
    return table


@cache  # read with every comment
def word_list(name: str) -> frozenset[str]:
    """A list of words in ``data/`` (one per line; the reason for it in its opening comments)."""
    return frozenset(listed_lines(DATA / name))


_MENTION = re.compile(r"@[a-z0-9_]")
# what is said of a group that may be people ("quakers are the worst", "we dont want yazidis
# here"): the same words about spiders or sprouts are rarer than a moan about homework; what is
# the writer's own ("my legs are dead after pe") is no group
_GROUP_STATEMENT = re.compile(
    r"(?<![a-z])(?<!my )(?<!our )[a-z]{3,}s "
    r"(?:are|arent|r|should|shouldnt|must|need|deserve|dont|cant|smell|stink)(?![a-z])"
    r"|(?:dont|do not) want (?:any )?(?:[a-z]+ )?[a-z]+s (?:here|in|at|near|around)(?![a-z])"
)


@lru_cache(maxsize=64)
def name_words(names: tuple[str, ...]) -> frozenset[str]:
    """First names as the phrase text reads them ("Zoë" -> "zoe"); remembered per setting's list,
    which comes with every comment."""
    return frozenset(w for name in names for w in phrase_form(name).split())


def names_someone(an: Analysis, names: frozenset[str] = frozenset()) -> bool:
    """Whether a comment speaks to or about a person: a pronoun or a word for a person
    (``data/person_words.txt``), a common first name (``data/first_names.txt``) or one of
    ``names`` (``name_words``), an @mention, an order in its first two words
    (``data/orders.txt``), or a statement about a group."""
    words = an.phrase_text.split()
    return (
        not word_list("person_words.txt").isdisjoint(words)
        or not word_list("first_names.txt").isdisjoint(words)
        or not names.isdisjoint(words)
        or not word_list("orders.txt").isdisjoint(words[:2])
        or bool(_MENTION.search(an.folded.text))
        or bool(_GROUP_STATEMENT.search(an.phrase_text))
    )


# a macro's name: a letter or "_" first, so that a repeat count ("{0,3}", "{2}") is never one
MACRO_NAME = "[a-z_][a-z0-9_]*"


def define(line: str, macros: dict[str, str]) -> bool:
    """Record an ``@define NAME regex`` line's macro (expanding those defined before it); False
    for any other line."""
    if not line.startswith("@define "):
        return False
    _, name, rx = line.split(None, 2)
    if not re.fullmatch(MACRO_NAME, name):
        raise ValueError(f"lexicon: a macro's name is lower-case letters, digits and '_': {name!r}")
    macros[name] = Lexicon._expand(rx, macros)
    return True


def load_allowed(path: Path) -> list[tuple[str, str]]:
    """``phrase<TAB>reason`` lines, with ``@define`` macros as in the lexicon files."""
    out = []
    macros: dict[str, str] = {}
    if path.exists():
        for line in listed_lines(path):
            if define(line, macros):
                continue
            rx, _, reason = line.partition("\t")
            out.append((Lexicon._expand(rx.strip(), macros), reason.strip() or "an innocent phrase"))
    return out


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon()


def phrase_form(text: str) -> str:
    """The phrase-text form of a plain phrase (used for a setting's allowed phrases)."""
    lex = default_lexicon()
    folded = fold(text)
    return " ".join(c for c, _ in _canonicals(lex, tokenise(folded.text)))


@lru_cache(maxsize=512)
def allowed_regex(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(phrase_form(phrase))}(?![a-z0-9])")


WordHits = tuple[tuple[str, str, float], ...]  # (canonical word, category, score) for a token
_CANON_CACHE: dict[tuple[str, str, str], tuple[str, WordHits]] = {}
_first, _second = operator.itemgetter(0), operator.itemgetter(1)
_token_key = operator.itemgetter(2, 3, 4)  # raw, form, alt: all that a token's reading depends on


def _canonicals(lex: Lexicon, toks: list[Token]) -> list[tuple[str, WordHits]]:
    """Each token's canonical form for the phrase text, and its word hits."""
    keys = list(map(_token_key, toks))
    found = list(map(_CANON_CACHE.get, keys))
    if None in found:  # words not seen before, each read once however often it comes
        new: dict[tuple[str, str, str], tuple[str, WordHits]] = {}
        for i in [i for i, f in enumerate(found) if f is None]:
            if (reading := new.get(keys[i])) is None:
                reading = new[keys[i]] = _canonical_uncached(lex, toks[i])
            found[i] = reading
        for key in islice(new, max(0, 100_000 - len(_CANON_CACHE))):
            _CANON_CACHE[key] = new[key]
    return found


# a pronoun with its verb: never a word of the lexicon, however it reads without the apostrophe
_CONTRACTION = re.compile(r"(?:he|she|we|you|they|i|it|who|that|there)'(?:ll|d|s|re|ve|m)")


def is_contraction(tok: Token) -> bool:
    """Whether the token is a pronoun's contraction as written: "he'll" is not "hell"."""
    return "'" in tok.raw and bool(_CONTRACTION.fullmatch(tok.raw))


def _canonical_uncached(lex: Lexicon, tok: Token) -> tuple[str, WordHits]:
    if (meant := misspellings().get(tok.form)) is not None:  # "kil", "scard"
        tok = tok._replace(form=meant, alt="")
    form = tok.form
    # text-speak as read ("2nite") or, with digits in a word, as written ("h8", "m8": the leet
    # reading makes them "hb", "mb")
    if (said := SYNONYMS.get(form, SYNONYMS.get(tok.raw))) is not None:
        return said, ()
    hits = tuple(lex.word_hits(tok)) if (form.isalpha() or "*" in tok.raw) and not is_contraction(tok) else ()
    if hits:
        return hits[0][0], hits
    if not form.isalpha():
        if "*" in tok.raw and (word := lex.unmask(tok.raw)):
            return word, ()
        return form, ()
    if form in lex.phrase_words:  # as written ("kkk" is not squeezed to "kk")
        return form, ()
    if tok.alt in lex.phrase_words:  # the second leet reading: "ki11" is "kill"
        return tok.alt, ()
    letters, counts = runs(form)
    for w, wc in lex.phrase_runs.get(letters, ()):
        if _runs_ok(letters, counts, wc):
            return w, ()
    if words := lex.run_together(form):  # "iwanttodie"
        return " ".join(words), ()
    sq = squeeze(form, 2)
    return SYNONYMS.get(sq, sq), ()


def _offsets(parts: list[str]) -> tuple[list[int], list[int]]:
    """Start and end of each part in ``" ".join(parts)``."""
    lengths = list(map(len, parts))
    ends = list(map(operator.add, accumulate(lengths), range(len(parts))))  # one space before each
    return list(map(operator.sub, ends, lengths)), ends


def analyse(text: str, extra_allowed: tuple[tuple[str, str], ...] = ()) -> Analysis:
    lex = default_lexicon()
    folded = fold(text)
    toks = tokenise(folded.text)
    toks = join_split_letters(folded.text, toks, lex.accepts, lex.segments)
    toks = join_split_words(folded.text, toks)
    canonicals = _canonicals(lex, toks)
    parts = list(map(_first, canonicals))
    starts, ends = _offsets(parts)
    phrase_text = " ".join(parts)
    an = Analysis(folded, toks, phrase_text, starts, ends, [], [])
    if not toks:
        return an

    allowed_matches, *phrase_matches = lex.phrase_sets.finditer_each(phrase_text)
    # allowed phrases first: hits inside them are dropped
    allowed_ph: list[tuple[int, int]] = []
    for a, b, reason in allowed_matches:
        allowed_ph.append((a, b))
        s, e = an.phrase_span(a, b)
        an.allowed.append((s, e, reason))
    for p, reason in extra_allowed:
        for m in allowed_regex(p).finditer(phrase_text):
            allowed_ph.append((m.start(), m.end()))
            s, e = an.phrase_span(m.start(), m.end())
            an.allowed.append((s, e, reason))
            an.setting_allowed.append((s, e))

    hits: list[Hit] = []
    for i in compress(range(len(toks)), map(_second, canonicals)):  # the few tokens with word hits
        for word, cat, sc in canonicals[i][1]:
            if explained(allowed_ph, starts[i], ends[i]):
                continue
            s, e = an.token_span(i)
            hits.append(Hit(cat, sc, s, e, word, "word"))
    for cat, kind, a, b, score in _lines_found(lex, phrase_matches, allowed_ph):
        s, e = an.phrase_span(a, b)
        hits.append(Hit(cat, score, s, e, phrase_text[a:b], kind))
    for words, sources in retold(parts, phrase_text, starts, word_list("first_names.txt")):
        hits += _retold_hits(lex, an, words, sources, allowed_ph)
    an.hits = _without_orders_to_self(hits)
    return an


# the lines that read an order to someone else ("go die", "just die")
ORDER_CATEGORIES = ("insult", "threat")


def _without_orders_to_self(hits: list[Hit]) -> list[Hit]:
    """The hits without an order to someone else that lies inside the writer's own self-harm
    phrase: "im gonna go die" and "i want to just die" are said of the writer, who needs
    support, not a telling-off for unkind words."""
    own = [(h.start, h.end) for h in hits if h.category == "self_harm" and h.kind == "phrase"]
    if not own:
        return hits
    return [
        h for h in hits if not (h.category in ORDER_CATEGORIES and h.kind == "phrase" and lies_within(h, own))
    ]


def lies_within(hit: Hit, spans) -> bool:
    """Whether the hit lies wholly inside one of the (start, end, ...) spans."""
    return any(sp[0] <= hit.start and hit.end <= sp[1] for sp in spans)


def outside(hits: list[Hit], spans) -> list[Hit]:
    """The hits not lying wholly inside one of the (start, end, ...) spans."""
    return [h for h in hits if not lies_within(h, spans)]


def explained(allowed: list[tuple[int, int]], a: int, b: int, kind: str = "word") -> bool:
    """Whether a hit at [a, b) is explained by an innocent phrase among ``allowed`` (spans of
    the same text): one it overlaps, or for a pupil telling of harm, one it ends inside ("my
    mum is going to kill me" is a figure of speech, "... if i tell anyone" after it is not)."""
    if kind == "disclosure":
        return any(a < e and s < b <= e for s, e in allowed)
    return any(a < e and b > s for s, e in allowed)


def _lines_found(lex: Lexicon, phrase_matches, allowed: list[tuple[int, int]]):
    """(category, kind, start, end, score) of each phrase line matched (``phrase_matches``, per
    set, from ``PhraseSets.finditer_each``) that no innocent phrase among ``allowed`` explains,
    each judged as its own kind (see ``explained``)."""
    for (cat, _), kind, matches in zip(lex.phrases, lex.phrase_kinds, phrase_matches, strict=True):
        for a, b, score in matches:
            if not explained(allowed, a, b, kind):
                yield cat, kind, a, b, score


def _retold_hits(
    lex: Lexicon, an: Analysis, words: list[str], sources: list[int], allowed: list[tuple[int, int]]
) -> list[Hit]:
    """What a pupil tells of another child (``reported.retold``): the disclosure and self-harm
    lines found in the words read again, at the original words they come from. Innocent
    phrases in either reading (``allowed``: in the phrase text) explain a line as they do in
    the comment, by its own kind: a self-harm phrase that overlaps one is explained even
    where it ends beyond it ("a girl told me to go kill myself" is someone else's words)."""
    text, retelling = " ".join(words), tuple(words)
    word_starts, word_ends = _offsets(words)
    allowed_matches, *phrase_matches = lex.phrase_sets.finditer_each(text)
    allowed_here = [(s, e) for s, e, _ in allowed_matches]
    hits: list[Hit] = []
    for cat, kind, a, b, score in _lines_found(lex, phrase_matches, allowed_here):
        if kind != "disclosure" and cat != "self_harm":
            continue  # the other lines speak to "you": read as the comment is
        first = sources[bisect.bisect_right(word_starts, a) - 1]
        last = sources[min(len(sources) - 1, bisect.bisect_left(word_ends, b))]
        if explained(allowed, an.token_starts[first], an.token_ends[last], kind):
            continue
        s, e = an.token_span(first)[0], an.token_span(last)[1]
        hits.append(Hit(cat, score, s, e, text[a:b], "disclosure", retold=retelling))
    return hits
