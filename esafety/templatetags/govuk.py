"""GOV.UK Frontend markup that pages repeat: summary-list rows and table heads."""

from django import template
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString

register = template.Library()


class SummaryRowNode(template.Node):
    def __init__(self, key: FilterExpression, value: NodeList, value_class: FilterExpression | None) -> None:
        self.key, self.value, self.value_class = key, value, value_class

    def render(self, context: template.Context) -> SafeString:
        extra = f" {self.value_class.resolve(context)}" if self.value_class else ""
        return format_html(
            '<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{}</dt>'
            '<dd class="govuk-summary-list__value{}">{}</dd></div>',
            conditional_escape(self.key.resolve(context)),
            extra,
            self.value.render(context),
        )


@register.tag
def summary_row(parser: Parser, token: Token) -> SummaryRowNode:
    """`{% summary_row "Key" %}value{% endsummary_row %}`, optionally `class="app-pre-wrap"` for the value."""
    bits = token.split_contents()
    if len(bits) not in (2, 3) or (len(bits) == 3 and not bits[2].startswith("class=")):
        raise template.TemplateSyntaxError('Use {% summary_row "Key" [class="..."] %}')
    value_class = parser.compile_filter(bits[2].removeprefix("class=")) if len(bits) == 3 else None
    value = parser.parse(("endsummary_row",))
    parser.delete_first_token()
    return SummaryRowNode(parser.compile_filter(bits[1]), value, value_class)


@register.simple_tag
def table_head(caption: str, *headers: str, size: str = "", numeric: str = "") -> SafeString:
    """A table's caption (visually hidden unless a size such as "m" is given) and column headers.

    `numeric` names, separated by commas, the columns whose figures are right-aligned.
    """
    caption_class = f"govuk-table__caption--{size}" if size else "govuk-visually-hidden"
    right_aligned = set(numeric.split(",")) if numeric else set()
    columns = format_html_join(
        "\n    ",
        '<th scope="col" class="govuk-table__header{}">{}</th>',
        ((" govuk-table__header--numeric" if h in right_aligned else "", h) for h in headers),
    )
    return format_html(
        '<caption class="govuk-table__caption {}">{}</caption>\n'
        '  <thead class="govuk-table__head"><tr class="govuk-table__row">\n    {}\n  </tr></thead>',
        caption_class,
        caption,
        columns,
    )


@register.filter(name="markdown")
def markdown_filter(text: str) -> SafeString:
    """`{{ document.body|markdown }}`: the one way Markdown written in the platform is shown."""
    from esafety.rendering import markdown_to_html

    return markdown_to_html(text or "")
