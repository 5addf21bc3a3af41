"""Odd input gives a verdict or a clear error, never a crash."""

import os
import random

import pytest

from screening import Verdict, screen


@pytest.mark.parametrize("text", ["", " ", "   \n\t  ", "\u200b\u200b", "\x00\x01\x02"])
def test_empty_and_whitespace(text):
    v = screen(text)
    assert isinstance(v, Verdict)
    assert v.action == "allow"


def test_100kb_input():
    text = ("This is a long but perfectly fine comment about our class trip. " * 1600)[:100_000]
    v = screen(text)
    assert v.action == "allow"
    v = screen(text + " you are such an idiot")
    assert "insult" in v.categories


def test_binary_garbage_bytes():
    rnd = random.Random(7)
    for _ in range(20):
        blob = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 3000)))
        assert isinstance(screen(blob), Verdict)
    assert isinstance(screen(os.urandom(5000)), Verdict)


def test_random_unicode_strings():
    rnd = random.Random(11)
    for _ in range(50):
        s = "".join(chr(rnd.randrange(0x20, 0x2FFFF)) for _ in range(rnd.randrange(0, 300)))
        s = s.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        assert isinstance(screen(s), Verdict)


def test_lone_surrogate():
    assert isinstance(screen("hello \ud800 world"), Verdict)


def test_wrong_type_is_a_clear_error():
    with pytest.raises(TypeError, match="needs text"):
        screen(None)
    with pytest.raises(TypeError):
        screen(123)


def test_too_long_is_a_clear_error():
    with pytest.raises(ValueError, match="too long"):
        screen("a" * 1_000_001)
