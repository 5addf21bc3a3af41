"""The compiled phrase patterns kept between runs are the patterns ``re.compile`` makes."""

import re

from screening.compiled import compile_large
from screening.lexicon import default_lexicon

PATTERN = r"[^a-z0-9](?=(?:k(?:ill (?:you|him)()|ick me()))(?![a-z0-9]))|(?P<name>x+)"


def test_a_pattern_compiled_and_read_back_is_the_one_re_compile_makes(tmp_path, monkeypatch):
    monkeypatch.setenv("ESAFETY_SCREENING_CACHE", str(tmp_path))
    fresh = compile_large(PATTERN)
    assert fresh == re.compile(PATTERN)
    saved = list(tmp_path.iterdir())
    assert len(saved) == 1
    read_back = compile_large(PATTERN)
    assert read_back == re.compile(PATTERN) and read_back.groupindex == {"name": 3}
    text = " kill you, kick me xx"
    spans = [(m.span(), m.lastindex) for m in read_back.finditer(text)]
    assert spans == [(m.span(), m.lastindex) for m in re.finditer(PATTERN, text)] and len(spans) == 3


def test_a_damaged_or_foreign_file_is_compiled_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("ESAFETY_SCREENING_CACHE", str(tmp_path))
    compile_large(PATTERN)
    (saved,) = tmp_path.iterdir()
    whole = saved.read_bytes()
    for damage in (b"", b"\x05\x00\x00\x00{}", whole[:-3], whole[:40] + b"\xff" * 64):
        saved.write_bytes(damage)
        assert compile_large(PATTERN) == re.compile(PATTERN)
    assert compile_large(PATTERN) == re.compile(PATTERN)  # and saved whole again


def test_an_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("ESAFETY_SCREENING_CACHE", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compile_large(PATTERN) == re.compile(PATTERN)
    assert not list(tmp_path.iterdir())


def test_the_lexicons_phrase_patterns_are_those_re_compile_makes():
    lexicon = default_lexicon()
    detector = lexicon.phrase_sets.detector
    assert detector == re.compile(detector.pattern)
    for phrase_set in lexicon.phrase_sets.sets:
        assert phrase_set.regex == re.compile(phrase_set.regex.pattern)
