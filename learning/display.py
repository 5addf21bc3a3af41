"""Shaping records for pages: highlighted spans, the chart, the download of slips."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpResponse

from learning.pupil_accounts import Slip, credential_slips_pdf


@dataclass
class Segment:
    text: str
    marked: bool


def merged_spans(categories: dict, length: int) -> list[tuple[int, int]]:
    spans = sorted(
        (max(0, s), min(length, e)) for result in categories.values() for s, e in result.get("spans", [])
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted(text: str, categories: dict) -> list[Segment]:
    """The comment cut into plain and marked pieces where screening found something."""
    segments, position = [], 0
    for start, end in merged_spans(categories, len(text)):
        if start > position:
            segments.append(Segment(text[position:start], False))
        segments.append(Segment(text[start:end], True))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:], False))
    return segments


def slips_response(slips: list[Slip], *, sign_in_url: str, school: str, filename: str) -> HttpResponse:
    pdf = credential_slips_pdf(slips, sign_in_url=sign_in_url, school=school)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Passwords are in it: never kept by a browser or proxy cache.
    response["Cache-Control"] = "no-store"
    return response
