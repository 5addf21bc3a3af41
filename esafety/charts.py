"""Bar charts drawn on the server as SVG: presentation attributes and classes only, so the
Content-Security-Policy (no inline styles, no scripts) holds."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH = 640
LABEL_WIDTH = 220
VALUE_WIDTH = 120
ROW = 28
BAR = 18
LABEL_CHARACTERS = 26  # what fits in LABEL_WIDTH at the chart's type size; the table has the rest


def number(value: float) -> str:
    return f"{value:g}"


def with_unit(value: float, unit: str) -> str:
    """'3 incidents', but '38%'."""
    return f"{number(value)} {unit}" if unit[:1].isalpha() else f"{number(value)}{unit}"


def short(label: str) -> str:
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def bar_chart(
    chart_id: str,
    title: str,
    points: list[tuple[str, float]],
    *,
    unit: str = "",
    maximum: float | None = None,
) -> SafeString:
    largest = maximum or max((v for _, v in points), default=0) or 1
    room = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = max(len(points), 1) * ROW + 8
    bars = format_html_join(
        "",
        '<g><text x="{}" y="{}" text-anchor="end" class="app-chart__label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="app-chart__bar"></rect>'
        '<text x="{}" y="{}" class="app-chart__value">{}</text></g>',
        (
            (
                LABEL_WIDTH - 8,
                i * ROW + BAR,
                short(label),
                LABEL_WIDTH,
                i * ROW + 4,
                round(room * value / largest, 1),
                BAR,
                LABEL_WIDTH + round(room * value / largest, 1) + 6,
                i * ROW + BAR,
                with_unit(value, unit),
            )
            for i, (label, value) in enumerate(points)
        ),
    )
    description = "; ".join(f"{label}: {with_unit(value, unit)}" for label, value in points) or "No data"
    return format_html(
        '<svg class="app-chart" role="img" aria-labelledby="{0}-title {0}-desc" viewBox="0 0 {1} {2}" '
        'width="100%" preserveAspectRatio="xMinYMin meet" font-size="14" font-family="system-ui, sans-serif" '
        'fill="#0b0c0c">'
        '<title id="{0}-title">{3}</title><desc id="{0}-desc">{4}</desc>{5}</svg>',
        chart_id,
        WIDTH,
        height,
        title,
        description,
        bars,
    )
