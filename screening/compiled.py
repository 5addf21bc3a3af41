"""Large regexes compiled once and kept between runs.

Python's ``re`` parses and compiles the phrase tries (close to a million characters in all) in
well over a second at every start-up, and Hyperscan takes seconds to build its automaton for
the same phrases (see ``scanner``). What either makes depends only on its input and the
program's version, so it is saved under a key made of both and read back on the next start (a
few hundredths of a second). A saved file must match its digest, and the regex engine checks a
program it is given; anything missing, damaged or refused is made afresh, so the cache can only
ever save time. ``ESAFETY_SCREENING_CACHE`` names the folder (default: the user's cache
folder); an empty value turns the cache off.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

try:  # the interpreter's own regex compiler, which ``re.compile`` uses
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: compile as usual
    _sre = None

Made = TypeVar("Made")
DIGEST_SIZE = 32  # a saved file is the SHA-256 of its contents, then the contents


def cache_dir() -> Path | None:
    configured = os.environ.get("ESAFETY_SCREENING_CACHE")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "esafety-screening"


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    contents = data[DIGEST_SIZE:]
    if hashlib.sha256(contents).digest() != data[:DIGEST_SIZE]:
        raise ValueError("damaged")
    return contents


def _write(path: Path, contents: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
        tmp.write(hashlib.sha256(contents).digest() + contents)
    os.replace(tmp.name, path)  # whole or not at all


def cached(key: bytes, make: Callable[[], bytes], use: Callable[[bytes], Made]) -> Made:
    """``use(make())``, with what ``make`` returns saved under the key and read back next time.
    The key must name everything the bytes depend on (the input and the program's version)."""
    folder = cache_dir()
    if folder is None:
        return use(make())
    path = folder / f"{hashlib.sha256(key).hexdigest()}.bin"
    with contextlib.suppress(Exception):  # missing, damaged or refused: made afresh below
        return use(_read(path))
    contents = make()
    made = use(contents)
    with contextlib.suppress(OSError):
        _write(path, contents)
    return made


# what ``re.compile`` hands to the regex engine: flags, code, group count, group names
Program = tuple[int, list[int], int, dict[str, int]]


def _program(pattern: str, flags: int) -> Program:
    """The program ``re.compile`` would make of the pattern."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(parsed.state.groupdict)


def _engine_pattern(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex = program
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))


def _packed(program: Program) -> bytes:
    """A small JSON head (flags, groups, group names) and the code as 32-bit words."""
    flags, code, groups, groupindex = program
    head = json.dumps({"flags": flags, "groups": groups, "groupindex": groupindex}).encode()
    return len(head).to_bytes(4, "little") + head + array.array("I", code).tobytes()


def _unpacked(data: bytes) -> Program:
    size = int.from_bytes(data[:4], "little")
    head = json.loads(data[4 : 4 + size])
    code = array.array("I")
    code.frombytes(data[4 + size :])
    return int(head["flags"]), code.tolist(), int(head["groups"]), dict(head["groupindex"])


def compile_large(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, read from the cache when it holds it."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = f"sre|{sys.version}|{_sre.MAGIC}|{flags}|".encode() + pattern.encode("utf-8", "surrogatepass")
    try:
        return cached(
            key,
            lambda: _packed(_program(pattern, flags)),
            lambda data: _engine_pattern(pattern, _unpacked(data)),
        )
    except Exception:  # noqa: BLE001 - an interpreter whose internals differ: compile as usual
        return re.compile(pattern, flags)
