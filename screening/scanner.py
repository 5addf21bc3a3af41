"""Where phrases can start, found for many regexes in one pass by Hyperscan.

Python's regex engine looks for the merged phrases at every word start of a post, walking a
trie each time (about a microsecond a word on a long post). Hyperscan compiles all the
alternatives into one automaton that reads each character once and reports every match,
overlapping or not. It reports where a match *ends*, though, and the phrase sets need where one
*starts*; so it reads the text backwards, with each alternative written backwards: where a
reversed match ends, the match starts.

What it finds is a superset of where each alternative matches in Python (it reports every
match, where a possessive or lazy repeat in Python gives some up): it only says where to look,
and each set's own regex then decides, so results cannot change. Only ASCII text is scanned
(each single character is written as the ASCII set Python's regex accepts for it, so the two
read ASCII alike); other text, any construct not written backwards here, and a machine without
the ``hyperscan`` package keep the Python detector.

The automaton is trusted only with the library release the tests have passed on: Vectorscan
5.4.12 (in the hyperscan wheels 0.7.30 to 0.9.1) reports no place at all for some phrases that
are there ("dad hit mum" followed by more words), so a disclosure would go unseen; 5.4.11 (the
0.7.8 wheel, pinned) finds them. With any other release the Python detector is used.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from re import _compiler, _parser
from re import _constants as sre

from .compiled import cached

try:
    import hyperscan
except ImportError:  # pragma: no cover - a dependency, but the engine runs without it
    hyperscan = None

TRUSTED_LIBRARY = "5.4.11"  # see above: the tests keep texts an untrusted release missed
SEPARATOR = "[^a-z0-9]"  # as around every phrase match (see phrases.PhraseSet)
_ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class Unsupported(ValueError):
    """A construct not written backwards here: anchors, lookarounds, capturing groups,
    back-references, inline flags."""


def _character(node, state, written: dict[str, str]) -> str:
    """One character's regex as the exact set of ASCII characters Python accepts for it."""
    op, av = node
    if op is sre.LITERAL and av < 128:
        return f"\\x{av:02x}"
    key = repr(node)  # the same class comes back thousands of times
    if key not in written:
        program = _compiler.compile(_parser.SubPattern(state, [node]), 0)
        accepted = [c for c in range(128) if program.fullmatch(chr(c))]
        if not accepted:
            raise Unsupported("a character no ASCII text holds")
        written[key] = "[" + "".join(f"\\x{c:02x}" for c in accepted) + "]"
    return written[key]


def _backwards(items, state, written: dict[str, str]) -> str:
    """Regex text (Hyperscan's syntax) matching each match of the parsed items backwards."""
    out = []
    for op, av in reversed(list(items)):
        if op in _ONE_CHARACTER:
            out.append(_character((op, av), state, written))
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(_backwards(alt, state, written) for alt in av[1]) + ")")
        elif _plain_group((op, av)):
            out.append("(?:" + _backwards(av[3], state, written) + ")")
        elif op is sre.ATOMIC_GROUP:  # it only gives up matches, and Hyperscan reports them all
            out.append("(?:" + _backwards(av, state, written) + ")")
        elif op in _REPEATS:
            low, high, inner = av
            bound = f"{{{low},}}" if high == sre.MAXREPEAT else f"{{{low},{high}}}"
            out.append("(?:" + _backwards(inner, state, written) + ")" + bound)
        else:
            raise Unsupported(str(op))
    return "".join(out)


def backwards(rx: str, written: dict[str, str] | None = None) -> str:
    """Regex text matching exactly the reversed matches of rx (Python's syntax in, Hyperscan's
    out; raises Unsupported). ``written`` keeps the character classes already written."""
    parsed = _parser.parse(rx)
    return _backwards(parsed, parsed.state, {} if written is None else written)


# An alternative with optional or repeated words after a long enough start ("everyone thinks
# you", then up to two words, then one of a hundred insults) is looked for by that start alone:
# on long posts the automaton spent a fifth of its time on that one phrase, and a start of this
# many characters is rare enough that hardly any more places are reported (each set's regex then
# decides)
SCANNED_START_MIN = 12


def scanned_start(rx: str, written: dict[str, str] | None = None) -> str:
    """Like ``backwards``, for the part of rx the scanner looks for: the words before its
    first optional or repeated group, where that group follows a space and the words before it
    are at least ``SCANNED_START_MIN`` characters; else the whole of rx. Wherever rx matches,
    that start matches from the same place and is followed by a space (a separator)."""
    written = {} if written is None else written
    parsed = _parser.parse(rx)
    items = list(parsed)
    while len(items) == 1 and _plain_group(items[0]):
        items = list(items[0][1][3])  # the group around the whole alternative
    gap = next((i for i, (op, av) in enumerate(items) if op in _REPEATS and not _one_character(av[2])), 0)
    if gap > 0 and items[gap - 1] == (sre.LITERAL, ord(" ")):
        start = _parser.SubPattern(parsed.state, items[: gap - 1])
        if start.getwidth()[0] >= SCANNED_START_MIN:
            return _backwards(start, parsed.state, written)
    return _backwards(parsed, parsed.state, written)


def _plain_group(node) -> bool:
    op, av = node
    return op is sre.SUBPATTERN and av[0] is None and not av[1] and not av[2]


def _one_character(items) -> bool:
    return len(items) == 1 and items[0][0] in _ONE_CHARACTER


class ReversedScanner:
    """For each alternative (regex text and the index of its set), where it can match right
    after a separator and before a non-word character or the end, in one pass."""

    def __init__(self, database, set_of_pattern: list[int]) -> None:
        self.database = database
        self.set_of_pattern = set_of_pattern
        self._local = threading.local()  # Hyperscan's scratch space is one thread's own

    def candidates(self, padded: str) -> list[tuple[int, int]]:
        """Sorted (index of the separator in ``padded``, set index) where some alternative of
        that set may match; ``padded`` is ASCII text led by a separator (see PhraseSets)."""
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self.database)
        # backwards, after one more separator standing for the end of the text
        data = (" " + padded[::-1]).encode("ascii")
        last = len(padded)
        found: set[tuple[int, int]] = set()
        add, sets = found.add, self.set_of_pattern

        def on_match(pattern: int, _start: int, end: int, _flags: int, _context) -> None:
            # the match's last character is the separator, padded[last - (end - 1)]
            add((last + 1 - end, sets[pattern]))

        self.database.scan(data, match_event_handler=on_match, scratch=scratch)
        return sorted(found)


def reversed_scanner(alternatives: Sequence[tuple[str, int]]) -> ReversedScanner | None:
    """A scanner for the alternatives, or None where Hyperscan is missing or cannot take them."""
    if hyperscan is None or library_release() != TRUSTED_LIBRARY:
        return None
    try:
        database = _database([rx for rx, _ in alternatives])
    except (Unsupported, hyperscan.HyperscanError):
        return None
    return ReversedScanner(database, [k for _, k in alternatives])


def library_release() -> str:
    """The release of the Hyperscan library the package runs ("5.4.11")."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=[b"x"])
    return database.info().decode().split()[1]


def _database(alternatives: list[str]):
    """Hyperscan's automaton (block mode) for the alternatives written backwards between
    separators, from the cache when it holds it: the key is the alternatives and this module,
    which writes them backwards."""

    def make() -> bytes:
        written: dict[str, str] = {}
        patterns = [f"{SEPARATOR}{scanned_start(rx, written)}{SEPARATOR}" for rx in alternatives]
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        expressions = [p.encode("ascii") for p in patterns]
        database.compile(expressions=expressions, ids=list(range(len(patterns))), elements=len(patterns))
        return hyperscan.dumpb(database)

    key = b"\n".join(
        [b"hyperscan", hyperscan.__version__.encode(), Path(__file__).read_bytes()]
        + [rx.encode("utf-8", "surrogatepass") for rx in alternatives]
    )
    return cached(key, make, lambda data: hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK))
