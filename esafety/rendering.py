"""Documents (policies, the pupils' usage policy) are written in Markdown and shown as sanitised HTML."""

import re

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

HEADING = re.compile(r"<(/?)h([1-6])>")


def demote_headings(html: str) -> str:
    """The page already has its own h1, so the policy's headings start at h2."""
    return HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}>", html)


def markdown_to_html(text: str) -> SafeString:
    html = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    return mark_safe(demote_headings(nh3.clean(html)))  # noqa: S308 - cleaned by nh3 just above
