from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from esafety.home import panels_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"panels": panels_for(request.user)})


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


def form_page(
    request: HttpRequest,
    form: forms.Form,
    *,
    title: str,
    button: str,
    caption: object = None,
    intro: str = "",
    page_title: str = "",
    warning: bool = False,
) -> HttpResponse:
    """A page holding one GOV.UK form: heading, optional caption and introduction, error summary."""
    return render(
        request,
        "includes/form_page.html",
        {
            "form": form,
            "title": title,
            "button": button,
            "caption": caption,
            "intro": intro,
            "page_title": page_title,
            "warning": warning,
        },
    )
