"""Content sniffing: allowlisted types accepted by content, everything else refused clearly."""

from __future__ import annotations

import io

import pytest

from vault.filetypes import (
    ALLOWED_MEDIA_TYPES,
    FileTooLarge,
    UnsupportedFileType,
    check_size,
    extension_for,
    sniff,
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!"
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48


def real_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Incident summary")
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (PNG, "screenshot.png", "image/png"),
        (JPEG, "photo.jpg", "image/jpeg"),
        (GIF, "sticker.gif", "image/gif"),
        (WEBP, "image.webp", "image/webp"),
        (b"Chat export\nline two\n", "chat.txt", "text/plain"),
        ("Grüße, 你好 \U0001f600\n".encode(), "note.txt", "text/plain"),
        (b"\xef\xbb\xbfwith a byte order mark\n", "bom.txt", "text/plain"),
        (b"name,date\nA,2025-01-01\n", "log.csv", "text/csv"),
        (b'{"messages": [1, 2]}', "export.json", "application/json"),
        (b"no extension at all", "", "text/plain"),
    ],
)
def test_each_allowed_type_is_accepted(data: bytes, filename: str, expected: str) -> None:
    assert sniff(data, filename) == expected
    assert expected in ALLOWED_MEDIA_TYPES


def test_real_pdf_is_accepted() -> None:
    assert sniff(real_pdf(), "summary.pdf") == "application/pdf"


def test_content_wins_over_the_name() -> None:
    assert sniff(JPEG, "actually-a-jpeg.png") == "image/jpeg"
    assert sniff(b'{"a": 1}', "data.txt") == "text/plain"
    assert sniff(b"not json {", "broken.json") == "text/plain"


def test_renamed_windows_program_is_refused_with_a_clear_message() -> None:
    with pytest.raises(UnsupportedFileType) as refusal:
        sniff(WINDOWS_PROGRAM, "cute-cat.png")
    assert str(refusal.value).startswith("This file is a Windows program (MZ), not a PNG image.")
    assert refusal.value.found == "a Windows program (MZ)"


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8, "Linux program"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "old-format Microsoft Office"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "HEIC"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00", "video"),
        (b"<!DOCTYPE html><html><script>alert(1)</script>", "web page"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', "SVG"),
        (b"\xff\xfeh\x00i\x00", "UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00JUNK", "damaged PNG"),
        (bytes(range(128, 256)), "unrecognised"),
    ],
)
def test_other_content_is_refused_and_named(data: bytes, found: str) -> None:
    with pytest.raises(UnsupportedFileType, match=found):
        sniff(data, "upload.png")


def test_empty_file_is_refused() -> None:
    with pytest.raises(UnsupportedFileType, match="empty"):
        sniff(b"", "empty.txt")


def test_text_with_nul_is_refused() -> None:
    with pytest.raises(UnsupportedFileType, match="NUL"):
        sniff(b"looks like text\x00but is not", "notes.txt")


def test_text_with_other_control_bytes_is_refused() -> None:
    with pytest.raises(UnsupportedFileType):
        sniff(b"bell\x07character", "notes.txt")


def test_size_limit_helper() -> None:
    check_size(10 * 1024 * 1024, 10 * 1024 * 1024)
    with pytest.raises(FileTooLarge, match=r"10\.0 MB"):
        check_size(10 * 1024 * 1024 + 1, 10 * 1024 * 1024)


def test_extensions_for_bundles() -> None:
    assert extension_for("image/jpeg") == ".jpg"
    assert extension_for("application/x-unknown") == ".bin"
