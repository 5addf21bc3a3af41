"""Pupils' accounts made in bulk: reading a class list, choosing usernames and passwords, and
printing the slips a teacher cuts up and hands out."""

from __future__ import annotations

import csv
import io
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from learning.words import COLOURS, THINGS

MAX_ROWS = 200
MAX_NAME_CHARS = 60
FIRST_NAME_HEADERS = {"first name", "firstname", "first", "forename", "given name", "given names"}
LAST_NAME_HEADERS = {"last name", "lastname", "last", "surname", "family name"}


@dataclass
class PupilName:
    first_name: str
    last_name: str
    line: int


@dataclass
class ClassList:
    """A class list read from CSV: the pupils, anything wrong with it, and lines left out."""

    pupils: list[PupilName] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    blank_lines: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.pupils)


def header_key(cell: str) -> str:
    return " ".join(cell.replace("_", " ").replace("-", " ").lower().split())


def clean_name(value: str) -> str:
    value = unicodedata.normalize("NFC", value)
    value = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C")
    return " ".join(value.split())


def find_columns(header: list[str]) -> tuple[int | None, int | None]:
    keys = [header_key(cell) for cell in header]
    first = next((i for i, k in enumerate(keys) if k in FIRST_NAME_HEADERS), None)
    last = next((i for i, k in enumerate(keys) if k in LAST_NAME_HEADERS), None)
    return first, last


def decode(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def read_class_list(data: bytes | str) -> ClassList:
    """Read names from CSV with a header row naming 'First name' and 'Last name' in any order."""
    result = ClassList()
    text = decode(data) if isinstance(data, bytes) else data
    if text is None:
        result.errors.append("The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.")
        return result
    rows = list(csv.reader(io.StringIO(text.replace("\x00", ""))))
    if not rows:
        result.errors.append("The class list is empty.")
        return result
    first_col, last_col = find_columns(rows[0])
    if first_col is None or last_col is None:
        result.errors.append("The first row must name the columns, for example 'First name' and 'Last name'.")
        return result
    seen: dict[tuple[str, str], int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            result.blank_lines.append(line)
            continue
        first = clean_name(row[first_col]) if first_col < len(row) else ""
        last = clean_name(row[last_col]) if last_col < len(row) else ""
        problem = name_problem(first, last)
        if problem:
            result.errors.append(f"Line {line}: {problem}")
            continue
        key = (first.casefold(), last.casefold())
        if key in seen:
            result.errors.append(f"Line {line}: {first} {last} is also on line {seen[key]}.")
            continue
        seen[key] = line
        result.pupils.append(PupilName(first, last, line))
    if len(result.pupils) > MAX_ROWS:
        result.errors.append(f"A class list can have at most {MAX_ROWS} pupils.")
    if not result.pupils and not result.errors:
        result.errors.append("The class list has no pupils in it.")
    return result


def name_problem(first: str, last: str) -> str:
    if not first:
        return "the first name is missing."
    if not last:
        return "the last name is missing."
    if len(first) > MAX_NAME_CHARS or len(last) > MAX_NAME_CHARS:
        return f"a name is longer than {MAX_NAME_CHARS} characters."
    return ""


# Latin letters that do not split into a base letter and an accent.
LATIN_EXTRAS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
    }
)


def ascii_letters(name: str) -> str:
    """Letters a-z for a username: accents dropped, other scripts left out."""
    folded = unicodedata.normalize("NFKD", name.translate(LATIN_EXTRAS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


def username_stem(first_name: str, last_name: str) -> str:
    """First name and the surname's initial: never the whole surname, which other pupils would see."""
    first = ascii_letters(first_name)[:12] or "pupil"
    initial = ascii_letters(last_name)[:1]
    return first + initial


def choose_username(first_name: str, last_name: str, taken: set[str]) -> str:
    """Stem plus two digits; more digits only when a popular name has used up the short ones."""
    stem = username_stem(first_name, last_name)
    for digits in (2, 3, 4, 6):
        low = 10 ** (digits - 1)
        for _ in range(30):
            candidate = f"{stem}{low + secrets.randbelow(9 * low)}"
            if candidate not in taken:
                taken.add(candidate)
                return candidate
    raise RuntimeError(f"No free username for {stem!r}")


def memorable_password() -> str:
    return f"{secrets.choice(COLOURS)}-{secrets.choice(THINGS)}-{secrets.randbelow(90) + 10}"


@dataclass
class Slip:
    name: str
    class_name: str
    username: str
    password: str


# Pupils' names come in every script; DejaVu covers far more of them than the PDF base fonts.
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FONT_CANDIDATES = (
    (DEJAVU + "DejaVuSans.ttf", DEJAVU + "DejaVuSans-Bold.ttf"),
    ("Vera.ttf", "VeraBd.ttf"),
)


def slip_fonts() -> tuple[str, str]:
    if "SlipFont" not in pdfmetrics.getRegisteredFontNames():
        for regular, bold in FONT_CANDIDATES:
            try:
                pdfmetrics.registerFont(TTFont("SlipFont", regular))
                pdfmetrics.registerFont(TTFont("SlipFont-Bold", bold))
                break
            except Exception:  # noqa: S112 - a missing font file means try the next one
                continue
    return "SlipFont", "SlipFont-Bold"


SLIP_COLUMNS = 2
SLIP_ROWS = 5


def credential_slips_pdf(slips: Iterable[Slip], *, sign_in_url: str, school: str) -> bytes:
    """A printable A4 sheet of sign-in slips with dashed cut lines, one slip per pupil."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(f"Sign-in slips – {school}")
    width, height = A4
    margin = 10 * mm
    slip_w = (width - 2 * margin) / SLIP_COLUMNS
    slip_h = (height - 2 * margin) / SLIP_ROWS
    per_page = SLIP_COLUMNS * SLIP_ROWS
    slips = list(slips)
    for index, slip in enumerate(slips):
        if index and index % per_page == 0:
            pdf.showPage()
        position = index % per_page
        column, row = position % SLIP_COLUMNS, position // SLIP_COLUMNS
        x = margin + column * slip_w
        y = height - margin - (row + 1) * slip_h
        draw_cut_lines(pdf, x, y, slip_w, slip_h)
        draw_slip(pdf, slip, x + 6 * mm, y + slip_h - 12 * mm, sign_in_url, school)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def draw_cut_lines(pdf: canvas.Canvas, x: float, y: float, w: float, h: float) -> None:
    pdf.saveState()
    pdf.setDash(4, 3)
    pdf.setStrokeGray(0.5)
    pdf.rect(x, y, w, h, stroke=1, fill=0)
    pdf.restoreState()


def draw_slip(pdf: canvas.Canvas, slip: Slip, x: float, top: float, url: str, school: str) -> None:
    regular, bold = slip_fonts()
    pdf.setFont(bold, 14)
    pdf.drawString(x, top, slip.name)
    pdf.setFont(regular, 10)
    pdf.drawString(x, top - 6 * mm, f"{slip.class_name} · {school}")
    pdf.setFont(regular, 12)
    pdf.drawString(x, top - 15 * mm, "Username:")
    pdf.drawString(x, top - 23 * mm, "Password:")
    pdf.setFont("Courier-Bold", 14)
    pdf.drawString(x + 25 * mm, top - 15 * mm, slip.username)
    pdf.drawString(x + 25 * mm, top - 23 * mm, slip.password)
    pdf.setFont(regular, 9)
    pdf.drawString(x, top - 32 * mm, f"Sign in at {url}")
    pdf.drawString(x, top - 37 * mm, "Keep your password secret. Only share it with a grown-up at home.")
