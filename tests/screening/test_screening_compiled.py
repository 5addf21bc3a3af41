"""The compiled phrase patterns kept between runs are the patterns ``re.compile`` makes."""

import re

from screening.compiled import compile_large
from screening.lexicon import default_lexicon
from screening.phrases import AFTER, PhraseSet, _looser, _merged_leaves, _regrouped, _trie

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


def test_a_phrase_set_regrouped_and_read_back_is_the_one_regrouped_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("ESAFETY_SCREENING_CACHE", str(tmp_path))
    items = [("kill (?:you|him)", "threat"), ("kick me", "threat"), ("(?:a|b)c d", "other")]
    fresh = PhraseSet(items)
    saved = sorted(tmp_path.iterdir())
    read_back = PhraseSet(items)
    assert sorted(tmp_path.iterdir()) == saved  # read, not made again
    assert read_back.regex == fresh.regex and read_back.regex is not None
    for part in ("labels", "first", "prepared"):
        assert getattr(read_back, part) == getattr(fresh, part)
    assert list(read_back.finditer("i will kick me and bc d")) == [(7, 14, "threat"), (19, 23, "other")]
    for _ in range(2):  # a set that cannot be regrouped is known as such from the cache too
        assert PhraseSet([("[ab]c", "x")]).regex is None


def test_the_lexicons_regrouped_phrases_from_the_cache_are_those_made_afresh():
    phrase_sets = default_lexicon().phrase_sets
    for ps in phrase_sets.sets:
        prepared, trie, order, first = _regrouped([rx for rx, _ in ps.items])
        assert ps.regex.pattern == f"[^a-z0-9](?:{trie}){AFTER}"
        assert ps.labels[1:] == [ps.items[i][1] for i in order] and ps.first == frozenset(first)
        assert [rx for rx, _ in ps.prepared] == prepared
    looser = [(_looser(rx), None) for ps in phrase_sets.sets for rx, _ in ps.prepared]
    body = _trie(looser, 0, [], _merged_leaves)
    assert phrase_sets.detector.pattern == f"[^a-z0-9](?=(?:{body}){AFTER})"
