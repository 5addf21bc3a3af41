import io
import re

import pytest
from pypdf import PdfReader

from learning.pupil_accounts import (
    Slip,
    choose_username,
    credential_slips_pdf,
    memorable_password,
    read_class_list,
    username_stem,
)
from learning.words import COLOURS, THINGS


def test_columns_in_any_order_with_a_byte_order_mark() -> None:
    data = "\ufeffSurname,Class,First name\nBello,4,Amara\nCarter,4,Ben\n".encode()
    class_list = read_class_list(data)
    assert class_list.ok
    assert [(p.first_name, p.last_name) for p in class_list.pupils] == [("Amara", "Bello"), ("Ben", "Carter")]


def test_blank_lines_are_left_out_and_reported() -> None:
    class_list = read_class_list("First name,Last name\nAmara,Bello\n\n , \nBen,Carter\n\n")
    assert class_list.ok
    assert len(class_list.pupils) == 2
    assert class_list.blank_lines == [3, 4, 6]


def test_duplicates_are_reported_with_both_lines() -> None:
    class_list = read_class_list("First name,Last name\nAmara,Bello\nBen,Carter\namara , BELLO\n")
    assert not class_list.ok
    assert class_list.errors == ["Line 4: amara BELLO is also on line 2."]


def test_non_ascii_names_are_kept_as_written() -> None:
    class_list = read_class_list("First name,Last name\nZoë,Łukasiewicz\nSiân,O'Brien\n李,王\n".encode())
    assert class_list.ok
    assert [p.first_name for p in class_list.pupils] == ["Zoë", "Siân", "李"]
    assert class_list.pupils[0].last_name == "Łukasiewicz"


@pytest.mark.parametrize(
    "header",
    ["Name,Class", "first,second", "", "Amara,Bello"],
    ids=["name-only", "unknown", "empty", "no-header"],
)
def test_a_wrong_header_is_refused(header: str) -> None:
    class_list = read_class_list(f"{header}\nAmara,Bello\n")
    assert not class_list.ok
    assert "first row must name the columns" in class_list.errors[0]


def test_text_that_is_not_utf8_is_refused() -> None:
    class_list = read_class_list("First name,Last name\nZoë,Smith\n".encode("utf-16"))
    assert not class_list.ok
    assert "UTF-8" in class_list.errors[0]


def test_missing_names_and_empty_lists_are_reported() -> None:
    missing = read_class_list("First name,Last name\nAmara,\n,Carter\n")
    assert missing.errors == ["Line 2: the last name is missing.", "Line 3: the first name is missing."]
    assert read_class_list("First name,Last name\n\n").errors == ["The class list has no pupils in it."]
    assert read_class_list(b"").errors == ["The class list is empty."]


def test_control_characters_and_extra_spaces_are_cleaned() -> None:
    class_list = read_class_list("First name,Last name\n  Amara\u200b\x07 ,  Bello  Jones \n")
    assert (class_list.pupils[0].first_name, class_list.pupils[0].last_name) == ("Amara", "Bello Jones")


def test_usernames_use_the_surname_initial_only() -> None:
    taken: set[str] = set()
    name = choose_username("Zoë", "Łukasiewicz", taken)
    assert re.fullmatch(r"zoel\d{2}", name)
    assert "lukasiewicz" not in name
    assert username_stem("李", "王") == "pupil"


def test_usernames_stay_unique_when_short_ones_run_out() -> None:
    taken = {f"amarab{n}" for n in range(10, 100)}
    name = choose_username("Amara", "Bello", taken)
    assert re.fullmatch(r"amarab\d{3}", name)
    assert name in taken


def test_passwords_are_word_word_number_from_the_friendly_list() -> None:
    for _ in range(50):
        colour, thing, number = memorable_password().split("-")
        assert colour in COLOURS and thing in THINGS and 10 <= int(number) <= 99


def test_credential_pdf_has_one_slip_per_pupil_and_is_readable() -> None:
    slips = [
        Slip(f"Pupil{i} Zoë", "Class 4 Oak", f"pupil{i}z{i:02d}", f"green-otter-{i:02d}") for i in range(12)
    ]
    pdf = credential_slips_pdf(
        slips, sign_in_url="https://esafety.example/accounts/sign-in/", school="Brook Lane"
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # ten slips fit on a page
    text = "".join(page.extract_text() for page in reader.pages)
    for slip in slips:
        assert slip.username in text
        assert slip.password in text
    assert "Zoë" in text
    assert text.count("Username:") == 12
