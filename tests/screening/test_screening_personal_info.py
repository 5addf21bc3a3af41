"""UK phone numbers, e-mails, postcodes, addresses and handles; ordinary numbers stay allowed."""

import random
import re

import pytest

from screening import screen
from screening.patterns import _word_start

PHONES = [
    "07700 900123", "07700900123", "07700-900-123", "07700 900 123", "0770 090 0123",
    "+44 7700 900123", "+447700900123", "+44 (0)7700 900123", "0044 7700 900123",
    "(01782) 123456", "01782 123456", "01782-123456", "020 7946 0018", "(020) 7946 0018",
    "0161 496 0000", "0113 496 0000", "0800 123 4567", "+44 20 7946 0018",
    "zero seven seven double oh nine oh oh one two three",
    "oh seven seven double oh nine hundred one two three",
    "zero seven seven double o nine double o four five six",
]  # fmt: skip

EMAILS = [
    "sam.jones@example.com",
    "jo_b99@hotmail.co.uk",
    "kid123 at gmail dot com",
    "jake dot b at hotmail dot co dot uk",
    "sam (at) example (dot) org",
]

POSTCODES = [
    *("ST16 2LD", "st16 2ld", "M1 1AE", "SW1A 1AA", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A1BB"),
    *("CR0 2AB", "bl0 9aa"),  # two of the few areas with a district 0
    *("st 16 2ld", "BS 0 1AB"),  # a space after a two-letter area
]

TEMPLATES = [
    "my number is {}",
    "text me on {} later",
    "ring {} after tea",
    "You can reach me at {}, thanks",
]


@pytest.mark.parametrize("phone", PHONES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_phone_numbers_in_sentences(phone, template):
    text = template.format(phone)
    v = screen(text, fast=True)
    assert "personal_info" in v.categories, text
    assert v.action == "block"
    spans = v.categories["personal_info"].spans
    start = text.index(phone)
    assert any(s <= start < e for s, e in spans), (text, spans)


# a mobile written one digit at a time, the same gap between each digit
SPACED_PHONES = [
    "0 7 7 0 0 9 0 0 1 2 3",
    "0-7-9-1-1-2-2-3-3-4-4",
    "0 . 7 . 7 . 0 . 0 . 9 . 0 . 0 . 1 . 2 . 3",
]
# single digits with spaces that are not a phone number
SPACED_ORDINARY = [
    "the score was 1 2 3",
    "count 1 2 3 4 5",
    "0 7 7 1 are my lucky numbers",
    "we counted 0 1 2 3 4 5 6 7 8 9 10",
    "the sequence goes 0 7 7 0 0 9 0 0 1 2 3 4 5",
    "count down 9 8 7 6 5 4 3 2 1 0",
]


@pytest.mark.parametrize("phone", SPACED_PHONES)
def test_phone_numbers_spaced_digit_by_digit(phone):
    text = f"text me {phone} tonight"
    v = screen(text, fast=True)
    assert "personal_info" in v.categories, text
    start = text.index(phone)
    assert any(s <= start < e for s, e in v.categories["personal_info"].spans)


@pytest.mark.parametrize("text", SPACED_ORDINARY)
def test_spaced_single_digits_are_not_phone_numbers(text):
    assert "personal_info" not in screen(text, fast=True).categories, text


@pytest.mark.parametrize("email", EMAILS)
def test_email_addresses(email):
    v = screen(f"send it to {email} please", fast=True)
    assert "personal_info" in v.categories


@pytest.mark.parametrize("postcode", POSTCODES)
def test_postcodes(postcode):
    v = screen(f"I live at {postcode} near the shop", fast=True)
    assert "personal_info" in v.categories


@pytest.mark.parametrize(
    "text",
    [
        "I live at 14 Elm Road",
        "come to 3 Church Street",
        "we are at 221b Baker Street now",
        "come to my house its number 22 on the high street",
        "my house number is 42",
        # a street named beside a landmark or a corner, with no house number
        "we live opposite the chip shop on mill lane",
        "i live on the corner of oak avenue",
        "we live in the flats on church street",
    ],
)
def test_street_addresses(text):
    assert "personal_info" in screen(text, fast=True).categories


@pytest.mark.parametrize(
    "text",
    [
        "add me on snap",
        "my insta is @sparkly_jo",
        "follow me on tiktok @jo.dances",
        "meet me at the bus station",
        "meet me at the gate after school",
        "i live on oak road",
        "my mums number is 07700 900123",
        "i'm at the park now come find me",
        "friend me on roblox",
        "message me on insta",
        "hmu on snap",
        # a username of more than one word between
        "add me: jojo.2012 on insta",
        # the writer's own name on a platform, with "as" or before it
        "im on tiktok as jo.dances_11",
        "im sam_b2013 on roblox",
        # someone else's name on a platform, given after their name
        "toms insta is tom_h.2012",
        "her snap is lily.b09",
    ],
)
def test_handles_and_contact_seeking(text):
    assert "personal_info" in screen(text, fast=True).categories


ORDINARY = [
    # an age, then words that are no street name before "way" or "close"
    "hes 17 but he looks way older",
    "shes 12 but lives so close to school",
    "The match is on 12/05/2025 at 10:30.",
    "I scored 3 goals in the park",
    "The answer is 07 + 12 = 19",
    "We won 21-14 and then 3-0",
    "there are 365 days in 2024 plus one",
    "1234 x 5678 = 7006652",
    "my times table score was 98 out of 100",
    "The year 1066 was the battle of Hastings",
    "It costs £12.50 and the bus is at 7:45",
    "we did 20 laps of the hall",
    "the population is 67,000,000 people",
    "I was born on 05.06.2015",
    "page 12, question 7b",
    "Our class has 30 pupils and 2 teachers",
    "the number 1000000 has six zeros",
    "The test is at 9am on the 2nd of May",
    "3.14159265358979 is pi",
    "I came 1st and Jo came 2nd",
    "at 08:15 we go to 4 lessons",
    "007 is a spy film",
    # leetspeak shaped like a postcode ("N0B 0DY"): London's N area has no district 0
    "n0b0dy w0uld m1ss m3",
    "s3nd n00dz",
    "we live on a farm",
    "we live near the seaside",
    "my sisters tiktok is all dance videos",
    "we live in the same street as my nan",
    "the shop is on the high street",
    "we came number 3 in the street dance competition",
    "i counted to nine hundred and ninety nine",
    # "message", "call" and "friend" are nouns too: only "me" or "us" after them asks for contact
    "i got a weird message on roblox",
    "i met a friend on roblox and we built a house",
    "we were in a call on discord",
    # "at" and "dot" in a sentence that gives no address
    "look at this dot to dot",
    "we arrived at school dot dot dot",
    # words, or a number alone, after "im on ... as" or before "on ..."
    "im on roblox as often as i can",
    "im 11 on minecraft",
    # a road and a junction: no space after a one-letter area
    "we came off the m 6 3rd exit",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_numbers_are_not_personal_info(text):
    assert "personal_info" not in screen(text, fast=True).categories, text


def test_word_start_finds_what_a_leading_lookbehind_finds():
    words = ["my", "me on", "add me on", "add me", "me"]
    fast = re.compile(_word_start(words) + r" x")
    plain = re.compile(r"(?<![a-z])(?:my|me on|add me on|add me|me) x")
    rng = random.Random(3)
    pieces = ["my", "me", "on", "add", "x", "a", "mme", "-", " ", "1"]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
