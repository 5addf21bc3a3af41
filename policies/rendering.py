"""Policy text is written in Markdown and shown as sanitised HTML."""

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe


def markdown_to_html(text: str) -> SafeString:
    html = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    return mark_safe(nh3.clean(html))  # noqa: S308 - cleaned by nh3 just above
