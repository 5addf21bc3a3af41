"""Decide what an uploaded file really is from its bytes, against an allowlist.

Why by content: a file name is chosen by whoever uploads it, so a program
renamed ``photo.png`` must be refused however it is named. The name is only
used to pick between the text formats (plain, CSV, JSON) and to word the
refusal in terms the uploader recognises ("... not a PNG image").
"""

from __future__ import annotations

import json
import os

from vault import VaultError

PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
WEBP = "image/webp"
PDF = "application/pdf"
TEXT = "text/plain"
CSV = "text/csv"
JSON = "application/json"

ALLOWED_MEDIA_TYPES: frozenset[str] = frozenset({PNG, JPEG, GIF, WEBP, PDF, TEXT, CSV, JSON})

EXTENSION_FOR_MEDIA_TYPE: dict[str, str] = {
    PNG: ".png",
    JPEG: ".jpg",
    GIF: ".gif",
    WEBP: ".webp",
    PDF: ".pdf",
    TEXT: ".txt",
    CSV: ".csv",
    JSON: ".json",
}

_NAME_FOR_EXTENSION: dict[str, str] = {
    ".png": "a PNG image",
    ".jpg": "a JPEG image",
    ".jpeg": "a JPEG image",
    ".gif": "a GIF image",
    ".webp": "a WebP image",
    ".pdf": "a PDF document",
    ".txt": "a text file",
    ".csv": "a CSV file",
    ".json": "a JSON file",
}

_NAME_FOR_MEDIA_TYPE: dict[str, str] = {
    PNG: "a PNG image",
    JPEG: "a JPEG image",
    GIF: "a GIF image",
    WEBP: "a WebP image",
    PDF: "a PDF document",
    TEXT: "a text file",
    CSV: "a CSV file",
    JSON: "a JSON file",
}

# Recognised but refused: (signature, offset, description).
_REFUSED_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"MZ", 0, "a Windows program (MZ)"),
    (b"\x7fELF", 0, "a Linux program (ELF)"),
    (b"\xcf\xfa\xed\xfe", 0, "a macOS program (Mach-O)"),
    (b"\xce\xfa\xed\xfe", 0, "a macOS program (Mach-O)"),
    (b"\xca\xfe\xba\xbe", 0, "a macOS or Java program"),
    (b"PK\x03\x04", 0, "a ZIP archive (Word, Excel and other Office files are ZIP archives)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old-format Microsoft Office document"),
    (b"{\\rtf", 0, "a Rich Text (RTF) document"),
    (b"%!PS", 0, "a PostScript document"),
    (b"BM", 0, "a BMP image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x00\x00\x01\x00", 0, "an icon file (ICO)"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg audio or video file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"\x1a\x45\xdf\xa3", 0, "a Matroska or WebM video"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
)

_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")
_TEXT_CONTROL_ALLOWED = frozenset("\t\n\r\f")


class FileCheckError(VaultError):
    """Base class for upload checks."""


class UnsupportedFileType(FileCheckError):
    """The content is not on the allowlist; the message says what it looks like."""

    def __init__(self, message: str, found: str) -> None:
        super().__init__(message)
        self.found = found


class FileTooLarge(FileCheckError):
    """The upload is larger than the configured limit."""


def sniff(data: bytes, filename: str = "") -> str:
    """Return the allowlisted media type of ``data``, or raise ``UnsupportedFileType``."""
    if not data:
        raise UnsupportedFileType("This file is empty.", found="empty file")
    binary_type = _binary_media_type(data)
    if binary_type:
        return binary_type
    text = _clean_text(data)
    if text is not None:
        return _text_media_type(text, filename)
    found = _refused_description(data) or _why_not_text(data)
    raise UnsupportedFileType(_refusal(found, filename), found=found)


def check_size(size: int, limit_bytes: int) -> None:
    """Raise ``FileTooLarge`` if ``size`` exceeds ``limit_bytes`` (caller picks the limit)."""
    if size > limit_bytes:
        raise FileTooLarge(
            f"This file is {_human_size(size)}; the largest file accepted is {_human_size(limit_bytes)}."
        )


def extension_for(media_type: str) -> str:
    """Canonical file extension for an allowlisted media type (used in export bundles)."""
    return EXTENSION_FOR_MEDIA_TYPE.get(media_type, ".bin")


def _binary_media_type(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return WEBP
    if data.startswith(b"%PDF-"):
        return PDF
    return None


def _refused_description(data: bytes) -> str | None:
    for signature, offset, description in _REFUSED_SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return description
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in _HEIF_BRANDS:
            return "an HEIC/HEIF photo (please export it as JPEG)"
        return "a video or audio file (MP4/QuickTime)"
    if data.startswith(b"RIFF"):
        return "a RIFF media file (WAV or AVI)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text (please save it as UTF-8)"
    if data.startswith(b"\x89PNG"):
        return "a damaged PNG image"
    return None


def _clean_text(data: bytes) -> str | None:
    """The decoded text if ``data`` is UTF-8 without NUL or other control bytes."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(ord(char) < 32 and char not in _TEXT_CONTROL_ALLOWED for char in text):
        return None
    return text


def _why_not_text(data: bytes) -> str:
    if b"\x00" in data:
        return "binary data of an unrecognised type (it contains NUL bytes)"
    return "binary data of an unrecognised type"


def _text_media_type(text: str, filename: str) -> str:
    markup = _markup_description(text)
    if markup:
        raise UnsupportedFileType(_refusal(markup, filename), found=markup)
    extension = _extension(filename)
    if extension == ".csv":
        return CSV
    if extension == ".json" and _is_json(text):
        return JSON
    return TEXT


def _markup_description(text: str) -> str | None:
    """Web pages and SVG are text but browsers run their scripts, so refuse them."""
    head = text.lstrip("\ufeff \t\r\n")[:1024].lower()
    if not head.startswith("<"):
        return None
    if "<svg" in head:
        return "an SVG image (it can contain scripts)"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<script", "<iframe")):
        return "a web page (HTML)"
    if head.startswith("<?xml"):
        return "an XML document"
    return None


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _extension(filename: str) -> str:
    return os.path.splitext(filename or "")[1].lower()


def _refusal(found: str, filename: str) -> str:
    claimed = _NAME_FOR_EXTENSION.get(_extension(filename))
    allowed = "PNG, JPEG, GIF or WebP images, PDF documents, or plain text, CSV or JSON files"
    if claimed:
        return f"This file is {found}, not {claimed}. Only {allowed} are accepted."
    return f"This file is {found}. Only {allowed} are accepted."


def _human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def describe(media_type: str) -> str:
    """Human name of an allowlisted media type, e.g. "a PNG image"."""
    return _NAME_FOR_MEDIA_TYPE.get(media_type, media_type)
