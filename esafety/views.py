from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from esafety.home import panels_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"panels": panels_for(request.user)})


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")
