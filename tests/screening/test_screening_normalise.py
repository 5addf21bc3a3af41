"""Normalisation keeps a faithful map back to the original text, however the text is mixed."""

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from screening import normalise, screen
from screening.lexicon import analyse
from screening.normalise import fold, tokenise

# Pieces that fold on their own and cannot join with a neighbour into something else: plain
# ASCII, HTML entities and line breaks, the look-alike quote, other scripts, invisible and
# control characters.
PIECES = [
    *"abcXYZ019 .,!?'-@$*",
    "&amp;", "&#65;", "&eacute;", "<br>", "<br />", "& ", "< ", "`",
    "é", "Ｆ", "а", "ο", "ß", "😂", "\u200b", "\x01", "\u00a0", "ﬁ",
]  # fmt: skip


def offsets_of(text: str) -> list[int]:
    folded = fold(text)
    return list(range(len(folded.text))) if folded.offsets is None else folded.offsets


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_folding_a_text_is_folding_its_pieces_one_after_another(pieces):
    text = "".join(pieces)
    expected_text, expected_offsets, at = "", [], 0
    for piece in pieces:
        expected_text += fold(piece).text
        expected_offsets += [at + offset for offset in offsets_of(piece)]
        at += len(piece)
    assert fold(text).text == expected_text
    assert offsets_of(text) == expected_offsets


def test_folding_examples_with_their_offsets():
    folded = fold("Ｈi &amp; Bye`\u200bé")
    assert folded.text == "hi & bye'e"
    # "&amp;" folds to one character that points at the entity's "&"; the zero-width space is gone
    assert folded.offsets == [0, 1, 2, 3, 8, 9, 10, 11, 12, 14]
    assert folded.span(5, 8) == (9, 12)  # "bye" is "Bye" in the original


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_tokens_are_in_order_and_point_at_their_text(pieces):
    folded = fold("".join(pieces)).text
    tokens = tokenise(folded)
    assert all(folded[t.start : t.end] == t.raw for t in tokens)
    assert all(a.end <= b.start for a, b in pairwise(tokens))


def test_tokens_undo_leetspeak_and_strip_punctuation_only_where_mixed():
    tokens = tokenise("h3ll0 there!! f*ck 2019 !!great $$$")
    assert [(t.raw, t.form) for t in tokens] == [
        ("h3ll0", "hello"),
        ("there", "there"),
        ("f*ck", "f*ck"),
        ("2019", "2019"),
        ("great", "great"),
        ("$$$", "$$$"),
    ]
    assert [(t.start, t.end) for t in tokens][2:5] == [(14, 18), (19, 23), (26, 31)]


def test_numbers_with_an_ordinal_ending_or_a_plural_are_not_leetspeak():
    # "year 6s" had read "year gs", "1st" "ist" and "the 90s" "the gos"
    tokens = tokenise("the year 6s 1st 2nd 3rd 10th 90s 5h1t")
    assert [t.form for t in tokens] == ["the", "year", "6s", "1st", "2nd", "3rd", "10th", "90s", "shit"]


def test_small_capitals_and_letters_in_boxes_fold_to_latin():
    assert fold("\ua730\u1d1c\u1d04\u1d0b \ua731\u1d0f").text == "fuck so"
    # negative circled and negative squared letters; the plain circled ones NFKC folds already
    assert fold("\U0001f150\U0001f151 \U0001f170\U0001f189 \u24b6").text == "ab az a"


def test_regional_indicators_spell_letters_unless_they_make_flags():
    a = "\U0001f1e6"  # regional indicator A
    spelt = "".join(chr(ord(a) + ord(c) - ord("a")) for c in "fuck")  # "fu" is not a flag
    flags = "".join(chr(ord(a) + ord(c) - ord("a")) for c in "gbfr")
    folded = fold(f"x{spelt} off {flags}")
    assert folded.text == f"xfuck off {flags}"
    assert folded.span(1, 5) == (1, 5)  # one letter for each indicator: offsets unchanged
    assert fold(spelt[:3]).text == "fuc"  # an odd run cannot be flags
    # with an entity and an invisible character the offsets still point at the original
    folded = fold(f"&amp;\u200b{spelt}")
    assert folded.text == "&fuck"
    assert folded.offsets == [0, 6, 7, 8, 9]
    assert folded.original == f"&amp;\u200b{spelt}"


def test_contractions_written_with_a_space_are_read_as_one_word():
    assert analyse("i don t want to live anymore").phrase_text == "i dont want to live anymore"
    assert analyse("i m sad and it s late").phrase_text == "im sad and its late"
    assert "self_harm" in screen("life really isn t worth living").categories
    # single letters that are not the end of a contraction stay apart
    for text in ("i d k", "the letter m is next", "plan b s", "vitamin d is good"):
        assert analyse(text).phrase_text == text


def test_pairs_to_join_never_overlap():
    # join_split_words joins each pair on its own: no word may end one pair and start another
    firsts = {first for first, _ in normalise._SPLIT_WORDS}
    assert firsts.isdisjoint(second for _, second in normalise._SPLIT_WORDS)
    assert analyse("i m sure it s fine don t worry i m ok").phrase_text == "im sure its fine dont worry im ok"
    assert analyse("don  t stop no-body i  m").phrase_text == "don t stop no body i m"  # not one space


def test_words_for_people_written_as_two_are_read_as_one():
    assert analyse("every one hates me").phrase_text == "everyone hates me"
    assert analyse("no body cares, some one said").phrase_text == "nobody cares someone said"
    assert analyse("every body and any one").phrase_text == "everybody and anyone"
    assert screen("some one online asked for my address").alert
    # only a single space between them splits a word in two
    assert analyse("no  body likes me").phrase_text == "no body likes me"


TOKEN_CHARACTERS = "abz09'@$!|*+\u20ac\u00a3 .,-_\u00e9\u4f60\U0001f642\n#&"


@settings(max_examples=3000)
@given(st.text(alphabet=TOKEN_CHARACTERS, max_size=40))
def test_tokens_found_in_c_are_those_of_the_token_pattern(text):
    with_c = normalise.plain_tokens(text)
    saved, normalise.native = normalise.native, None
    try:
        in_python = normalise.plain_tokens(text)
    finally:
        normalise.native = saved
    assert with_c == in_python
    assert all(type(token) is normalise.Token for token in with_c[0])


def test_the_package_tokenises_in_c():
    assert normalise.native is not None  # built by the package's set-up (a C compiler)
