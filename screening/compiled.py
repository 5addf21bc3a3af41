"""Large regexes compiled once and kept between runs.

Python's ``re`` parses and compiles the phrase tries (close to a million characters in all) in
well over a second at every start-up. The compiled program of a pattern depends only on the
pattern, its flags and the interpreter, so it is saved under a key made of all three and read
back on the next start (a few hundredths of a second). A saved program must match its digest
and the regex engine checks a program it is given; anything missing, damaged or refused is
compiled afresh, so the cache can only ever save time. ``ESAFETY_SCREENING_CACHE`` names the
folder (default: the user's cache folder); an empty value turns the cache off.
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
from pathlib import Path

try:  # the interpreter's own regex compiler, which ``re.compile`` uses
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: compile as usual
    _sre = None

# what ``re.compile`` hands to the regex engine: flags, code, group count, group names
Program = tuple[int, list[int], int, dict[str, int]]


def cache_dir() -> Path | None:
    configured = os.environ.get("ESAFETY_SCREENING_CACHE")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "esafety-screening"


def _key(pattern: str, flags: int) -> str:
    stamp = f"{sys.version}|{_sre.MAGIC}|{flags}|".encode()
    return hashlib.sha256(stamp + pattern.encode("utf-8", "surrogatepass")).hexdigest()


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


def _read(path: Path) -> Program:
    data = path.read_bytes()
    size = int.from_bytes(data[:4], "little")
    head = json.loads(data[4 : 4 + size])
    code_bytes = data[4 + size :]
    if hashlib.sha256(code_bytes).hexdigest() != head["digest"]:
        raise ValueError("damaged")
    code = array.array("I")
    code.frombytes(code_bytes)
    return int(head["flags"]), code.tolist(), int(head["groups"]), dict(head["groupindex"])


def _write(path: Path, program: Program) -> None:
    """A small JSON head (flags, groups, group names, the code's digest) and the code as 32-bit
    words."""
    flags, code, groups, groupindex = program
    code_bytes = array.array("I", code).tobytes()
    digest = hashlib.sha256(code_bytes).hexdigest()
    head = json.dumps({"flags": flags, "groups": groups, "groupindex": groupindex, "digest": digest}).encode()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
        tmp.write(len(head).to_bytes(4, "little") + head + code_bytes)
    os.replace(tmp.name, path)  # whole or not at all


def compile_large(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, read from the cache when it holds it."""
    folder = cache_dir()
    if _sre is None or folder is None:
        return re.compile(pattern, flags)
    path = folder / f"{_key(pattern, flags)}.sre"
    try:
        return _engine_pattern(pattern, _read(path))
    except (OSError, ValueError, TypeError, KeyError, RuntimeError, OverflowError):
        pass
    try:
        program = _program(pattern, flags)
        compiled = _engine_pattern(pattern, program)
    except Exception:  # noqa: BLE001 - an interpreter whose internals differ: compile as usual
        return re.compile(pattern, flags)
    with contextlib.suppress(OSError):
        _write(path, program)
    return compiled
