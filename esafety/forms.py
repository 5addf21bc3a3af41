"""Form helpers: GOV.UK Frontend classes on every widget, so templates stay plain."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

WIDGET_CLASSES = {
    forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select",
    forms.SelectMultiple: "govuk-select",
    forms.CheckboxInput: "govuk-checkboxes__input",
    forms.ClearableFileInput: "govuk-file-upload",
    forms.FileInput: "govuk-file-upload",
}


def govuk_class(widget: forms.Widget) -> str:
    for widget_type, css in WIDGET_CLASSES.items():
        if isinstance(widget, widget_type):
            return css
    return "govuk-input"


class GovukFormMixin:
    """Adds the GOV.UK class to each widget and the error class to fields that failed."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            css = govuk_class(field.widget)
            field.widget.attrs["class"] = f"{field.widget.attrs.get('class', '')} {css}".strip()

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["class"] += f" {govuk_class(widget)}--error"
                widget.attrs["aria-describedby"] = f"{name}-error"


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal on the form: on the field it names, else at the top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def saved(form: forms.Form, write: Callable[[], Any]) -> Any:
    """Run a service write for a valid form; on refusal, put the reasons on the form.

    Returns what the write returned, or None when the form or the service refused.
    """
    if not form.is_valid():
        return None
    try:
        return write()
    except ValidationError as error:
        add_service_errors(form, error)
        return None
