"""Many phrase regexes matched as one, whole words only, quickly and with unchanged results.

A list of labelled alternatives (phrase regexes, each with a score or a reason) is matched as
one alternation between word boundaries::

    (?<![a-z0-9])(?:(?P<g0>(?:A)|(?:B))|(?P<g1>(?:C)))(?![a-z0-9])

Python's regex engine tries every alternative at every word start, which is slow on long posts.
When each alternative starts with a plain character, possibly inside non-capturing groups, the
alternation is regrouped by that first character::

    (?<![a-z0-9])(?:a(?:<rest of A>|<rest of C>)|k(?:<rest of B>))(?![a-z0-9])

where each branch holds, in the original order, what follows the character in the
alternatives that can start with it. The engine skips a branch on its first character without
entering it, and finds the same matches: the leftmost, from the first alternative that matches
there, with the same span and label. Alternatives this cannot be done for (a character class,
a lookaround, a group that can be empty or repeated at the start) leave the plain alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

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


def _split_alternatives(rx: str) -> list[str]:
    """The top-level alternatives of regex text (split at '|' outside groups)."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(rx):
        ch = rx[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
        i += 1
    out.append(rx[start:])
    return out


def _group_end(rx: str) -> int:
    """Index of the ')' closing the group that opens at rx[0]."""
    depth, i = 0, 0
    while i < len(rx):
        ch = rx[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
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
    if after[:1] in _QUANTIFIERS and after:
        raise NotRegroupable(alt)
    return alt[3:end], after


def first_characters(rx: str) -> set[str]:
    """Every character a match of rx can start with."""
    chars: set[str] = set()
    for alt in _split_alternatives(rx):
        group = _leading_group(alt)
        chars |= {alt[0]} if group is None else first_characters(group[0])
    return chars


def after_first(ch: str, rx: str) -> str | None:
    """Regex text matching what follows ``ch`` in the matches of rx that start with ``ch``,
    alternatives in their original order; None when no match starts with ``ch``."""
    rests = []
    for alt in _split_alternatives(rx):
        group = _leading_group(alt)
        if group is None:
            if alt[0] == ch:
                rests.append(alt[1:])
            continue
        inside, after = group
        rest = after_first(ch, inside)
        if rest is not None:
            rests.append(f"(?:{rest}){after}")
    return "|".join(rests) if rests else None


def _label_runs(items: Sequence[tuple[str, Label]]) -> list[tuple[Label, list[str]]]:
    """Consecutive alternatives with the same label, grouped, in order."""
    runs: list[tuple[Label, list[str]]] = []
    for rx, label in items:
        if runs and runs[-1][0] == label:
            runs[-1][1].append(rx)
        else:
            runs.append((label, [rx]))
    return runs


def _labelled(runs: list[tuple[Label, list[str]]], labels: dict[str, Label]) -> str:
    """Alternation with one named group per run; ``labels`` gets each group's label."""
    parts = []
    for label, rxs in runs:
        name = f"g{len(labels)}"
        labels[name] = label
        parts.append(f"(?P<{name}>" + "|".join(f"(?:{rx})" for rx in rxs) + ")")
    return "|".join(parts)


def plain_regex(items: Sequence[tuple[str, Label]]) -> tuple[re.Pattern[str], dict[str, Label]]:
    """The alternation as written: every alternative tried at every word start."""
    labels: dict[str, Label] = {}
    body = _labelled(_label_runs(items), labels)
    return re.compile(f"{BEFORE}(?:{body}){AFTER}"), labels


def regrouped_regex(items: Sequence[tuple[str, Label]]) -> tuple[re.Pattern[str], dict[str, Label]]:
    """The same alternation regrouped by first character (raises NotRegroupable)."""
    for rx, _ in items:
        if _UNSUPPORTED.search(rx):
            raise NotRegroupable(rx)
    wrapped = [(f"(?:{rx})", label) for rx, label in items]
    chars = sorted(set().union(*(first_characters(rx) for rx, _ in wrapped)))
    labels: dict[str, Label] = {}
    branches = []
    for ch in chars:
        rests = [(rest, label) for rx, label in wrapped if (rest := after_first(ch, rx)) is not None]
        branches.append(re.escape(ch) + "(?:" + _labelled(_label_runs(rests), labels) + ")")
    return re.compile(f"{BEFORE}(?:{'|'.join(branches)}){AFTER}"), labels


class PhraseSet(Generic[Label]):
    """Labelled phrase regexes matched as one alternation, whole words only."""

    def __init__(self, items: Sequence[tuple[str, Label]]) -> None:
        self.plain, self.plain_labels = plain_regex(items)
        try:
            self.regex, self.labels = regrouped_regex(items)
        except NotRegroupable:
            self.regex, self.labels = self.plain, self.plain_labels
            self._after_separator = None
        else:
            # The same regex, led by the non-word character before the match instead of a
            # lookbehind: the engine then skips to the next such character without trying
            # the lookbehind at every position. It runs on the text behind one space, the
            # separator of a match at the very start (see ``finditer``).
            self._after_separator = re.compile("[^a-z0-9]" + self.regex.pattern[len(BEFORE) :])

    def finditer(self, text: str) -> Iterator[tuple[int, int, Label]]:
        """Non-overlapping matches (start, end, label), leftmost first, each with the label of
        the first alternative that matches there, as ``re.finditer`` would give them."""
        labels = self.labels
        rx = self._after_separator
        if rx is None:
            for m in self.regex.finditer(text):
                yield m.start(), m.end(), labels[m.lastgroup]
            return
        padded = " " + text  # padded[i + 1] == text[i]
        # A match of text[a:b] is a match of padded[a:b + 1] with its separator padded[a].
        # The next search starts at padded[b], the match's last character: it is the
        # separator before a match starting at text[b] exactly when a lookbehind at b passes.
        pos = 0
        while m := rx.search(padded, pos):
            yield m.start(), m.end() - 1, labels[m.lastgroup]
            pos = m.end() - 1
