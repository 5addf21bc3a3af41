"""Every word a lexicon or allowed line looks for is one the phrase text can hold as written.

The phrase text is written in canonical forms: text-speak expanded ("ur" reads "your", "gonna"
"going to"), misspellings mended ("sed" reads "said"), leetspeak undone, apostrophes and symbols
dropped. An alternative written in another form never matches, and such a word also changes how
other words are read: while a line held "sed", a repeated letter made "seed" read as "sed", so
the allowed line about seed bombs never matched either.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from screening.lexicon import Lexicon, default_lexicon, define, phrase_form


@dataclass
class Node:
    """One item of a line's regex: a literal character, a ``(?:...)`` group or anything else
    (an escape, a class, a macro's name), with the quantifier after it."""

    kind: str  # "char", "group" or "other"
    text: str = ""
    alts: list[list[Node]] = field(default_factory=list)
    quant: str = ""


def parse(rx: str) -> list[list[Node]]:
    """The alternatives of a line's regex, each a list of nodes (the lexicon's subset of the
    syntax: non-capturing groups, escapes, classes, quantifiers)."""
    nodes, end = _alternatives(rx, 0)
    assert end == len(rx), f"unbalanced ')' in {rx}"
    return nodes


def _alternatives(rx: str, pos: int) -> tuple[list[list[Node]], int]:
    alts: list[list[Node]] = [[]]
    while pos < len(rx) and rx[pos] != ")":
        c = rx[pos]
        if c == "|":
            alts.append([])
            pos += 1
            continue
        if rx.startswith("(?:", pos):
            inner, pos = _alternatives(rx, pos + 3)
            node, pos = Node("group", alts=inner), pos + 1
        elif c == "(":
            raise AssertionError(f"a group other than (?:...) in {rx}")
        elif c == "\\":
            node, pos = Node("other", rx[pos : pos + 2]), pos + 2
        elif c == "[":
            close = rx.index("]", pos + 2) + 1
            node, pos = Node("other", rx[pos:close]), close
        else:
            node, pos = Node("char" if c != "." else "other", c), pos + 1
        node.quant, pos = _quantifier(rx, pos)
        alts[-1].append(node)
    return alts, pos


def _quantifier(rx: str, pos: int) -> tuple[str, int]:
    start = pos
    if pos < len(rx) and rx[pos] in "?*+":
        pos += 1
    elif rx.startswith("{", pos) and rx[pos + 1 : pos + 2].isdigit():
        pos = rx.index("}", pos) + 1
    if pos > start and pos < len(rx) and rx[pos] in "?+":  # lazy or possessive
        pos += 1
    return rx[start:pos], pos


def _is_space(node: Node) -> bool:
    return node.kind == "char" and node.text == " " and not node.quant


def _may_be_empty(node: Node) -> bool:
    return node.quant[:1] in ("?", "*") or node.quant.startswith("{0,") or not all(node.alts)


def _edge_is_space(node: Node, last: bool) -> bool:
    """Whether every match of the node that is not empty ends (``last``) or starts with a space."""
    if _is_space(node):
        return True
    if node.kind != "group" or node.quant[:1] in ("*", "+") or not any(node.alts):
        return False
    return all(_edge_is_space(alt[-1] if last else alt[0], last) for alt in node.alts if alt)


def _word_edge(seq: list[Node], i: int, step: int, outer: bool) -> bool:
    """Whether a word boundary always lies beside seq[i], before it (step -1) or after it (+1):
    a space, or the edge of the line (``outer``), maybe across groups that end in spaces."""
    j = i + step
    if not 0 <= j < len(seq):
        return outer
    neighbour = seq[j]
    if not _edge_is_space(neighbour, last=step < 0):
        return False
    return not _may_be_empty(neighbour) or _word_edge(seq, j, step, outer)


def whole_words(alts: list[list[Node]], before: bool = True, after: bool = True) -> Iterator[str]:
    """The literal words (or runs of words) in the alternatives that always stand as whole
    words: between spaces or the line's ends (a line matches whole words only). A word that may
    run on into more letters ("mum" in "(?:mum|mam)(?:s| has)?") is not one."""
    for seq in alts:
        i = 0
        while i < len(seq):
            node = seq[i]
            if node.kind == "group":
                plain = node.quant in ("", "?", "??", "{0,1}")
                yield from whole_words(
                    node.alts,
                    plain and _word_edge(seq, i, -1, before),
                    plain and _word_edge(seq, i, +1, after),
                )
                i += 1
            elif node.kind == "char" and not node.quant and node.text != " ":
                end = i
                while end + 1 < len(seq) and seq[end + 1].kind == "char" and not seq[end + 1].quant:
                    if seq[end + 1].text == " ":
                        break
                    end += 1
                if _word_edge(seq, i, -1, before) and _word_edge(seq, end, +1, after):
                    yield "".join(n.text for n in seq[i : end + 1])
                i = end + 1
            else:
                i += 1


def unreadable_words(rx: str) -> set[str]:
    """The whole words of a line that the phrase text never holds as written."""
    return {word for word in whole_words(parse(rx)) if phrase_form(word) != word}


def _lines() -> list[tuple[str, str]]:
    lexicon = default_lexicon()
    sets = [("allowed", lexicon.allowed_phrases)] + list(lexicon.phrases)
    return [(name, rx) for name, phrase_set in sets for rx, _ in phrase_set.items]


def test_every_word_of_every_line_is_one_the_phrase_text_holds():
    found = sorted(
        (name, word, phrase_form(word), rx) for name, rx in _lines() for word in unreadable_words(rx)
    )
    assert not found, "write the phrase text's form:\n" + "\n".join(
        f"{name}: {word!r} reads {form!r} in {rx[:100]}" for name, word, form, rx in found
    )


@pytest.mark.parametrize(
    ("rx", "unreadable"),
    [
        ("(?:youre|you are|ur) (?:gonna|going to) (?:get it|pay)", {"ur", "gonna"}),
        ("(?:my|me) snap (?:is|=)", {"="}),
        ("(?:sed|said) (?:\\w+ ){0,2}(?:its|it's) a secret", {"sed", "it's"}),
        ("(?:pictures|pics) of (?:u|you)(?: and me)?", {"pictures", "u"}),
        ("(?:a |)(?:mummy|mum) hit me", {"mummy"}),
    ],
)
def test_the_check_finds_words_the_phrase_text_never_holds(rx, unreadable):
    assert unreadable_words(rx) == unreadable


@pytest.mark.parametrize(
    "rx",
    [
        "(?:mum|mam)(?:s| has)? gone",  # "mams" can be read: the word may run on
        "(?:my dad|he) (?:hits|hit) me",
        "(?:you|your) (?:\\w+ ){0,2}(?:idiot|loser)",
        "[a-z]+s? at \\d+",
    ],
)
def test_the_check_passes_words_that_can_be_read(rx):
    assert unreadable_words(rx) == set()


def test_a_macro_name_may_hold_digits_and_a_name_not_defined_is_refused():
    # "{under18}" was once left as literal text, as a name with a digit was no macro name
    macros: dict[str, str] = {}
    assert define("@define under18 (?:16|17)", macros)
    assert Lexicon._expand("is {under18} (?:\\w+ ){0,3}now", macros) == "is (?:(?:16|17)) (?:\\w+ ){0,3}now"
    with pytest.raises(ValueError, match="undefined macro"):
        Lexicon._expand("is {under16}", macros)
    with pytest.raises(ValueError, match="macro's name"):
        define("@define Under-18 (?:16|17)", macros)
