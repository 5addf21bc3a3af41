"""Recall and false-alarm rate of the personal-information patterns on generated sentences."""

import random

from screening import screen

rnd = random.Random(20260101)

FRAMES = [
    "my number is {}", "text me on {} tonight", "ring me {} after school", "call {} if you want",
    "{} is my mum's phone", "here's my mobile {} add me", "whatsapp me on {}", "it's {} ok",
    "contact me: {}", "my email is {}", "send it to {} please", "I live at {} now",
    "our postcode is {}", "we moved to {} last year", "message me at {}!",
]  # fmt: skip


def mobile() -> str:
    d = "7" + "".join(rnd.choice("0123456789") for _ in range(9))
    fmt = rnd.choice(["0{} {}", "0{}{}", "+44 {} {}", "+44{}{}", "0{}-{}", "(0{}) {}", "+44 (0){} {}"])
    return fmt.format(d[:4], d[4:])


def landline() -> str:
    area = rnd.choice(["1782", "161", "113", "20", "121", "1632", "1904", "114", "117", "131"])
    rest_len = 10 - len(area)
    rest = "".join(rnd.choice("0123456789") for _ in range(rest_len))
    if area == "20":
        rest = rnd.choice("378") + rest[1:]
        return rnd.choice(["020 {} {}", "(020) {} {}", "+44 20 {} {}"]).format(rest[:4], rest[4:])
    return rnd.choice(["0{} {}", "(0{}) {}", "0{}-{}", "0{}{}"]).format(area, rest)


def email() -> str:
    user = rnd.choice(["sam", "jo.b", "kid_2014", "lily.m99", "ben-x"])
    dom = rnd.choice(["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "school.sch.uk"])
    return f"{user}@{dom}"


def postcode() -> str:
    return rnd.choice([
        "ST16 2LD", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "SW1A 1AA", "LS6 3BN",
        "EH1 2NG", "CF10 3AT", "BS8 1TH", "NE1 4ST", "st4 7qb", "WC2N 5DU", "G12 8QQ",
    ])  # fmt: skip


ORDINARY = [
    lambda: f"the match is on {rnd.randint(1, 28)}/{rnd.randint(1, 12)}/{rnd.randint(2000, 2030)}",
    lambda: f"we start at {rnd.randint(7, 11)}:{rnd.choice(['00', '15', '30', '45'])} tomorrow",
    lambda: f"I scored {rnd.randint(0, 100)} out of {rnd.randint(100, 200)}",
    lambda: f"{rnd.randint(1, 999)} + {rnd.randint(1, 999)} = {rnd.randint(1, 2000)}",
    lambda: f"{rnd.randint(100, 99999)} x {rnd.randint(10, 999)} is a big sum",
    lambda: f"we won {rnd.randint(0, 9)}-{rnd.randint(0, 9)} on saturday",
    lambda: f"the year {rnd.randint(1000, 2025)} was important",
    lambda: f"it cost £{rnd.randint(1, 99)}.{rnd.randint(10, 99)} in the shop",
    lambda: f"page {rnd.randint(1, 400)} question {rnd.randint(1, 30)}",
    lambda: f"there were {rnd.randint(1000, 9999999)} people there",
    lambda: f"born on {rnd.randint(1, 28)}.{rnd.randint(1, 12)}.{rnd.randint(2010, 2020)}",
    lambda: f"my score was {rnd.randint(1000000, 99999999)} points",
    lambda: f"the bus is the {rnd.randint(1, 99)} at {rnd.randint(1, 12)}.{rnd.randint(10, 59)}",
    lambda: f"{rnd.randint(1, 9)}.{rnd.randint(1000, 99999)} is close to the answer",
    lambda: f"I was {rnd.randint(1, 30)}th in the race and {rnd.randint(1, 3)}rd at chess",
]


def test_personal_info_recall_at_least_98_percent():
    items = [mobile, landline, email, postcode]
    n = hits = 0
    misses = []
    for _ in range(400):
        value = rnd.choice(items)()
        text = rnd.choice(FRAMES).format(value)
        n += 1
        if "personal_info" in screen(text, fast=True).categories:
            hits += 1
        else:
            misses.append(text)
    assert hits / n >= 0.98, misses[:10]


def test_ordinary_numbers_flagged_at_most_2_percent():
    n = flagged = 0
    bad = []
    for _ in range(400):
        text = rnd.choice(ORDINARY)()
        n += 1
        if "personal_info" in screen(text, fast=True).categories:
            flagged += 1
            bad.append(text)
    assert flagged / n <= 0.02, bad[:10]
