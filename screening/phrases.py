"""Many phrase regexes matched as one, whole words only, quickly and with unchanged results.

A list of labelled alternatives (phrase regexes, each with a score or a reason) is matched as
one alternation between word boundaries::

    (?<![a-z0-9])(?:(?P<g0>(?:A)|(?:B))|(?P<g1>(?:C)))(?![a-z0-9])

Python's regex engine tries every alternative at every word start, which is slow on long posts.
When each alternative starts with a plain character, possibly inside non-capturing groups, the
alternation is regrouped by its first few characters, like a trie::

    a(?:b(?:<rest of A after "ab">()|<rest of C after "ab">())|...)|k(?:...)

where each branch holds, in the original order, what follows those characters in the
alternatives that can start with them, and ends in an empty group whose index gives the
alternative's label. The engine rejects a branch on one character without entering it, and
finds the same matches: the leftmost, from the first alternative that matches there, with the
same span and label. A set this cannot be done for (a character class, a lookaround, an
alternative that can be empty or starts with a repeat) keeps the plain alternation. An alternative
that starts with a long list of words leading into a long phrase would have the phrase copied
into the branch of every first letter: it is left whole instead, with the list regrouped inside
it, between the tries of the alternatives before and after it.

``PhraseSets`` matches several sets over one text in a single pass (see there).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Generic, TypeVar

from .compiled import cached, compile_large
from .scanner import ReversedScanner, reversed_scanner

Label = TypeVar("Label")

BEFORE = r"(?<![a-z0-9])"
AFTER = r"(?![a-z0-9])"

# characters an alternative may start with, for regrouping; anything else is left alone
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ")
_QUANTIFIERS = frozenset("?*+{")
# constructs the textual regrouping does not understand (character classes, lookarounds,
# capturing or named groups, inline flags, backreferences, anchors)
_UNSUPPORTED = re.compile(r"\[|\(\?[^:]|\((?!\?)|\\[0-9AbBZ]|\^|\$")


class NotRegroupable(ValueError):
    """An alternative whose first character cannot be split off as plain text."""


_GROUPING = re.compile(r"\\.|[()|]", re.S)  # an escaped character, or one that groups


def _scan(rx: str):
    """(index, character, group depth after it) for each "(", ")" and "|" of regex text that
    is not escaped."""
    depth = 0
    for m in _GROUPING.finditer(rx):
        ch = m[0]
        if ch[0] == "\\":
            continue
        depth += (ch == "(") - (ch == ")")
        yield m.start(), ch, depth


# Building a trie splits the same regex texts again and again (once per first character, and
# again when the sets are merged): the pure functions below remember their answers.
_remembered = lru_cache(maxsize=None)


@_remembered
def _split_alternatives(rx: str) -> tuple[str, ...]:
    """The top-level alternatives of regex text (split at '|' outside groups)."""
    out, start = [], 0
    for i, ch, depth in _scan(rx):
        if ch == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
    out.append(rx[start:])
    return tuple(out)


def _group_end(rx: str) -> int:
    """Index of the ')' closing the group that opens at rx[0]."""
    for i, ch, depth in _scan(rx):
        if ch == ")" and depth == 0:
            return i
    raise NotRegroupable(rx)


def _leading_group(alt: str) -> tuple[str, str] | None:
    """(inside, after) when the alternative starts with a non-capturing group that is not
    repeated or optional; None when it starts with a plain character."""
    if not alt.startswith("(?:"):
        if alt and alt[0] in _PLAIN and alt[1:2] not in _QUANTIFIERS:
            return None
        raise NotRegroupable(alt)  # empty, escaped, a class, or a repeated first character
    end = _group_end(alt)
    after = alt[end + 1 :]
    if after[:1] in _QUANTIFIERS:
        raise NotRegroupable(alt)
    return alt[3:end], after


@_remembered
def first_characters(rx: str, cont: str = "") -> frozenset[str]:
    """Every character a match of rx followed by cont can start with."""
    chars: set[str] = set()
    for alt in _split_alternatives(rx):
        if not alt:  # an empty alternative: the continuation starts here
            if not cont:
                raise NotRegroupable(rx)  # the whole can match nothing
            chars |= first_characters(cont)
            continue
        group = _leading_group(alt)
        chars |= {alt[0]} if group is None else first_characters(group[0], group[1] + cont)
    return frozenset(chars)


@_remembered
def after_first(ch: str, rx: str, cont: str = "") -> str | None:
    """Regex text matching what follows ``ch`` in the matches of rx followed by cont that
    start with ``ch``, alternatives in their original order; None when none starts so."""
    rests = []
    for alt in _split_alternatives(rx):
        if not alt:
            if not cont:
                raise NotRegroupable(rx)
            rest = after_first(ch, cont)
        elif (group := _leading_group(alt)) is None:
            rest = alt[1:] + cont if alt[0] == ch else None
        else:
            rest = _after_first_in_group(ch, group[0], group[1] + cont)
        if rest is not None:
            rests.append(rest)
    return "|".join(rests) if rests else None


def _after_first_in_group(ch: str, inside: str, cont: str) -> str | None:
    """``after_first(ch, inside, cont)`` for a leading group, with the continuation written
    once after the group's remainders, ``(?:r1|r2)cont``, rather than once per alternative,
    ``r1cont|r2cont``: the same matches in the same order, without copying a long
    continuation into each of a long list's words. A group with an empty alternative needs
    the continuation's own first characters, and is written the long way."""
    try:
        inner = after_first(ch, inside)
    except NotRegroupable:
        return after_first(ch, inside, cont)
    if inner is None or not cont:
        return inner
    return f"(?:{inner}){cont}"


# A word followed by a space can only be the whole word: the engine need not try it shorter.
_WORD_THEN_SPACE = re.compile(r"(?<!\\)((?:\\\\)*)\\w\+ ")


def without_backtracking(rx: str) -> str:
    """``\\w+ `` written possessively, ``\\w++ ``: a shorter run of word characters is followed
    by another word character, never by the space, so the matches are the same."""
    return _WORD_THEN_SPACE.sub(r"\1\\w++ ", rx)


def _label_runs(items: Sequence[tuple[str, Label]]) -> list[tuple[Label, list[str]]]:
    """Consecutive alternatives with the same label, grouped, in order."""
    runs: list[tuple[Label, list[str]]] = []
    for rx, label in items:
        if runs and runs[-1][0] == label:
            runs[-1][1].append(rx)
        else:
            runs.append((label, [rx]))
    return runs


def plain_regex(items: Sequence[tuple[str, Label]]) -> tuple[re.Pattern[str], dict[str, Label]]:
    """The alternation as written: every alternative tried at every word start, one named
    group per run of alternatives with the same label."""
    labels: dict[str, Label] = {}
    parts = []
    for label, rxs in _label_runs(items):
        name = f"g{len(labels)}"
        labels[name] = label
        parts.append(f"(?P<{name}>" + "|".join(f"(?:{rx})" for rx in rxs) + ")")
    return re.compile(f"{BEFORE}(?:{'|'.join(parts)}){AFTER}"), labels


# How many leading characters the alternatives are regrouped by. Deeper saves little more
# and copies each alternative's remainder into more branches.
TRIE_DEPTH = 3
# Below the first character, a split that would more than double the regex text (a long
# list of words, each leading into the same long remainder) is not made: the list itself
# rejects a wrong word quickly enough, and a smaller regex compiles sooner at start-up.
MAX_SPLIT_GROWTH = 2.0


def _split_by_first_character(
    items: list[tuple[str, Label]], depth: int
) -> list[tuple[str, list[tuple[str, Label]]]] | None:
    """The alternatives' remainders after each possible next character, in order; None
    where they are not split (too deep, not regroupable, or too much copying)."""
    if depth >= TRIE_DEPTH:
        return None
    try:
        firsts = [first_characters(rx) for rx, _ in items]
    except NotRegroupable:  # one can end here, or starts with something else
        return None
    branches = []
    for ch in sorted(set().union(*firsts)):
        starting = zip(items, firsts, strict=True)
        branches.append((ch, [(after_first(ch, rx), label) for (rx, label), f in starting if ch in f]))
    if depth > 0:
        size = sum(len(rx) for rx, _ in items)
        if sum(len(rx) for _, rests in branches for rx, _ in rests) > MAX_SPLIT_GROWTH * size:
            return None
    return branches


# At the top, an alternative whose split by first character would copy this many characters
# or more (a long list of words, each leading into the same long phrase) is not split: it
# stays whole between the tries of the alternatives before and after it, its list regrouped
# by first character inside it and the phrase after the list written once.
MAX_TOP_COPY = 3000


def _copied_by_split(rx: str) -> int:
    """How many characters splitting rx by its first character would add."""
    try:
        firsts = first_characters(rx)
    except NotRegroupable:
        return 0
    return sum(len(after_first(ch, rx)) + 1 for ch in firsts) - len(rx)


def _is_wide(rx: str) -> bool:
    return _copied_by_split(rx) >= MAX_TOP_COPY


def _leading_list(rx: str) -> tuple[str, str] | None:
    """(inside, after) for the group of alternatives rx starts with, looking inside groups
    around the whole of rx; None when it starts otherwise."""
    try:
        while (group := _leading_group(rx)) is not None and not group[1]:
            if len(_split_alternatives(group[0])) != 1:
                break
            rx = group[0]
    except NotRegroupable:
        return None
    return group


def _regrouped_inside(rx: str) -> str:
    """rx with its leading group of alternatives regrouped by their first characters and what
    follows the group written once: ``(?:a(?:..)|b(?:..))rest`` for ``(?:a..|b..)rest``."""
    if (group := _leading_list(rx)) is None:
        return rx
    inside, after = group
    try:
        firsts = sorted(first_characters(inside))
    except NotRegroupable:
        return rx
    branches = "|".join(f"{re.escape(ch)}(?:{after_first(ch, inside)})" for ch in firsts)
    return f"(?:{branches}){after}"


def _looser(rx: str) -> str:
    """A regex that matches wherever rx does, and elsewhere too: a wide alternative's leading
    group and the rest of its word, for finding where to look (see PhraseSets). Not when that
    group can match nothing ("(?:my |)dad ..."): on its own it would match everywhere."""
    if not _is_wide(rx) or (group := _leading_list(rx)) is None or _can_be_empty(group[0]):
        return rx
    return f"(?:{group[0]})[a-z0-9]*"


def _can_be_empty(rx: str) -> bool:
    try:
        first_characters(rx)
    except NotRegroupable:
        return True
    return False


def _leaves(items: list[tuple[str, Label]], labels: list[Label]) -> str:
    """Each alternative as it is, with its label."""
    leaves = []
    for rx, label in items:
        labels.append(label)
        leaves.append(f"(?:{rx})()")
    return "|".join(leaves)


def _trie(items: list[tuple[str, Label]], depth: int, labels: list[Label], leaves=_leaves) -> str:
    """Regex text for the alternatives (remainders, in order), split by their next character
    while they all have one; each ends in an empty group whose index gives its label (or, with
    ``leaves``, the alternatives left at each branch are written by that function)."""
    if depth == 0:
        wide = [_is_wide(rx) for rx, _ in items]
        if any(wide):  # alternation is associative: runs of alternatives can be regrouped apart
            runs = groupby(zip(items, wide, strict=True), key=itemgetter(1))
            return "|".join(
                leaves([(_regrouped_inside(rx), label) for (rx, label), _ in run], labels)
                if is_wide
                else _split_trie([item for item, _ in run], 0, labels, leaves)
                for is_wide, run in runs
            )
    return _split_trie(items, depth, labels, leaves)


def _split_trie(items: list[tuple[str, Label]], depth: int, labels: list[Label], leaves) -> str:
    branches = _split_by_first_character(items, depth)
    if branches is not None:
        return "|".join(
            f"{re.escape(ch)}(?:{_split_trie(rest, depth + 1, labels, leaves)})" for ch, rest in branches
        )
    return leaves(items, labels)


@lru_cache(maxsize=1)
def _this_source() -> bytes:
    """This module's source, read once: what ``_kept`` keeps depends on it."""
    return Path(__file__).read_bytes()


def _kept(kind: str, rxs: Sequence[str], make: Callable[[], object]):
    """What ``make`` returns (as JSON) for these alternatives, kept between runs
    (``compiled.cached``, under a key naming this module's source): regrouping some thousands
    of phrases takes longer at start-up than reading back the patterns compiled from them."""
    key = b"\n".join(
        [kind.encode(), sys.version.encode(), _this_source()]
        + [rx.encode("utf-8", "surrogatepass") for rx in rxs]
    )
    return cached(key, lambda: json.dumps(make()).encode(), json.loads)


def _merged_leaves(items: list[tuple[str, Label]], labels: list[Label]) -> str:
    """The alternatives merged, without labels (see ``_merged``)."""
    return _merged([rx for rx, _ in items])


def _ungrouped(rx: str) -> str:
    """rx without the non-capturing groups around the whole of it."""
    try:
        while (group := _leading_group(rx)) is not None and not group[1]:
            rx = group[0]
    except NotRegroupable:
        pass
    return rx


def _merged(rxs: Sequence[str]) -> str:
    """Regex text matching whatever one of rxs matches, the alternatives that start with the
    same group written as one, ``(?:G)(?:A|B)`` for ``(?:G)A|(?:G)B``, so that the engine
    matches G once for them all ("my dad", "mum" ... before each of twenty phrases). Which
    alternative matches, and so which match comes first, is not kept: for finding where some
    phrase matches, not for labelled matches."""
    by_group: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in dict.fromkeys(a for rx in rxs for a in _split_alternatives(_ungrouped(rx))):
        try:
            group = _leading_group(alt)
        except NotRegroupable:  # empty, or a repeated or escaped start
            group = None
        if group is None:
            others.append(alt)
        else:
            by_group.setdefault(group[0], []).append(group[1])
    merged = [
        f"(?:{g})" + (rests[0] if len(rests) == 1 else f"(?:{_merged(rests)})")
        for g, rests in by_group.items()
    ]
    return "|".join(merged + [f"(?:{alt})" for alt in others])


def _prepared(rxs: Sequence[str]) -> list[str]:
    """The alternatives ready to regroup (raises NotRegroupable)."""
    for rx in rxs:
        if _UNSUPPORTED.search(rx):
            raise NotRegroupable(rx)
    # every alternative must start with a character (an empty match would not move the
    # search on) that can be split off
    first_characters("|".join(f"(?:{rx})" for rx in rxs))
    return [f"(?:{without_backtracking(rx)})" for rx in rxs]


def _regrouped(rxs: Sequence[str]) -> list | None:
    """The alternatives ready to regroup, their trie (``_trie``), the index of each group's
    alternative in the order of the groups, and the characters they can start with; None for
    alternatives that cannot be regrouped."""
    try:
        prepared = _prepared(rxs)
    except NotRegroupable:
        return None
    order: list[int] = []
    trie = _trie([(rx, i) for i, rx in enumerate(prepared)], 0, order)
    return [prepared, trie, order, sorted(first_characters("|".join(prepared)))]


class PhraseSet(Generic[Label]):
    """Labelled phrase regexes matched as one alternation, whole words only."""

    def __init__(self, items: Sequence[tuple[str, Label]]) -> None:
        self.items = list(items)
        rxs = [rx for rx, _ in self.items]
        regrouped = _kept("regrouped", rxs, lambda: _regrouped(rxs))
        if regrouped is None:
            self.regex = None
            return
        prepared, trie, order, first = regrouped
        self.prepared = [(rx, label) for rx, (_, label) in zip(prepared, self.items, strict=True)]
        # regrouped, and led by the non-word character before a match (see finditer); the
        # labels are listed by group index, group 0 being the whole match
        self.labels: list[Label] = [items[0][1]] + [items[i][1] for i in order]
        self.regex = compile_large(f"[^a-z0-9](?:{trie}){AFTER}")
        self.first = frozenset(first)

    @cached_property
    def _plain(self) -> tuple[re.Pattern[str], dict[str, Label]]:
        return plain_regex(self.items)

    @property
    def plain(self) -> re.Pattern[str]:
        """The alternation as written (compiled when first needed: a fallback and a reference)."""
        return self._plain[0]

    @property
    def plain_labels(self) -> dict[str, Label]:
        return self._plain[1]

    def finditer(self, text: str) -> Iterator[tuple[int, int, Label]]:
        """Non-overlapping matches (start, end, label), leftmost first, each with the label of
        the first alternative that matches there, as ``re.finditer`` would give them."""
        if self.regex is None:
            for m in self.plain.finditer(text):
                yield m.start(), m.end(), self.plain_labels[m.lastgroup]
            return
        # The regrouped regex is led by the non-word character before a match instead of a
        # lookbehind, so that the engine skips straight to word starts, and runs on the text
        # behind one space (the separator of a match at the very start): a match of
        # text[a:b] is a match of padded[a:b + 1]. The next search starts at padded[b], the
        # match's last character, which is the separator before a match starting at text[b]
        # exactly when a lookbehind at b would pass.
        padded = " " + text
        pos = 0
        while m := self.regex.search(padded, pos):
            yield self.hit(m)
            pos = m.end() - 1

    def hit(self, m: re.Match[str]) -> tuple[int, int, Label]:
        """(start, end, label) in the text for a match of the regrouped regex on padded text."""
        return m.start(), m.end() - 1, self.labels[m.lastindex]

    def match_after(self, padded: str, sep: int) -> re.Match[str] | None:
        """The match whose separator is padded[sep], if any."""
        return self.regex.match(padded, sep)


class PhraseSets:
    """Several phrase sets matched over one text, each as ``PhraseSet.finditer`` would.

    Each set's search costs a pass over the text, however few phrases it has. One pass with
    all the sets' alternatives merged into one trie, inside a lookahead, finds the word starts
    where some set has a match (few, in most posts); each set is then tried only there, in
    order, resuming after its previous match as its own search would."""

    def __init__(self, sets: Sequence[PhraseSet]) -> None:
        self.sets = list(sets)
        self.detector = None
        self.scanner: ReversedScanner | None = None
        if all(ps.regex is not None for ps in self.sets):
            # only where some alternative may match counts here: a wide one is looked for by
            # its first words alone, so that the merged trie stays one trie
            prepared = [rx for ps in self.sets for rx, _ in ps.prepared]
            body = _kept(
                "detector",
                prepared,
                lambda: _trie([(_looser(rx), None) for rx in prepared], 0, [], _merged_leaves),
            )
            self.detector = compile_large(f"[^a-z0-9](?=(?:{body}){AFTER})")
            # the sets that can have a match starting with each character
            self.starting: dict[str, list[int]] = {}
            for k, ps in enumerate(self.sets):
                for ch in ps.first:
                    self.starting.setdefault(ch, []).append(k)
            # each alternative as it is, with its set, for Hyperscan (faster, ASCII text only),
            # which can take the wide ones whole: it reports fewer places than the detector
            alternatives = [(rx, k) for k, ps in enumerate(self.sets) for rx, _ in ps.prepared]
            self.scanner = reversed_scanner(alternatives)

    def finditer_each(self, text: str) -> list[list[tuple[int, int, Label]]]:
        """For each set, its matches (start, end, label) in order."""
        if self.detector is None:
            return [list(ps.finditer(text)) for ps in self.sets]
        padded = " " + text  # as in PhraseSet.finditer
        found: list[list[tuple[int, int, Label]]] = [[] for _ in self.sets]
        resume = [0] * len(self.sets)  # where each set's own search would go on from
        for sep, k in self.candidates(padded):
            if sep >= resume[k] and (m := self.sets[k].match_after(padded, sep)):
                found[k].append(self.sets[k].hit(m))
                resume[k] = m.end() - 1
        return found

    def candidates(self, padded: str) -> Iterable[tuple[int, int]]:
        """(separator, set index) in order, wherever that set may have a match."""
        if self.scanner is not None and padded.isascii():
            return self.scanner.candidates(padded)
        return (
            (sep, k)
            for sep in map(re.Match.start, self.detector.finditer(padded))
            for k in self.starting[padded[sep + 1]]
        )
