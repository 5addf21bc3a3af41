from django import template

register = template.Library()

CATEGORY_LABELS = {"self_harm": "self-harm", "personal_info": "personal information"}


@register.filter
def category_label(name: str) -> str:
    return CATEGORY_LABELS.get(name, name.replace("_", " "))
