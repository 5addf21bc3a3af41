from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.messages.views import SuccessMessageMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from rest_framework.authtoken.models import Token

from accounts import two_factor
from accounts.forms import (
    ChangePasswordForm,
    CodeForm,
    NewPasswordForm,
    SignInForm,
    StaffPasswordResetForm,
)


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    form_class = SignInForm
    redirect_authenticated_user = True


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    form_class = StaffPasswordResetForm
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(SuccessMessageMixin, auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = NewPasswordForm
    success_url = reverse_lazy("accounts:sign_in")
    success_message = "Your password has been changed. You can now sign in."


class PasswordChangeView(SuccessMessageMixin, auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = ChangePasswordForm
    success_url = reverse_lazy("accounts:security")
    success_message = "Your password has been changed."


@login_required
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    device = two_factor.pending_authenticator(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if two_factor.confirm_authenticator(device, form.cleaned_data["code"]):
            otp_login(request, device)
            codes = two_factor.issue_recovery_codes(request.user)
            return render(request, "accounts/recovery_codes.html", {"codes": codes})
        form.add_error(
            "code", "That code is not right. Check the time on your phone and try the newest code."
        )
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_code": two_factor.qr_code_data_uri(device),
            "secret": two_factor.readable_secret(device),
        },
    )


@login_required
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    if not two_factor.has_confirmed_device(request.user):
        return redirect("accounts:two_factor_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = two_factor.matching_device(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect("home")
        form.add_error("code", "That code is not right, or it has been used already.")
    return render(request, "accounts/two_factor_verify.html", {"form": form})


@login_required
def security(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/security.html",
        {
            "two_factor_on": two_factor.has_confirmed_device(request.user),
            "two_factor_required": two_factor.must_use_two_factor(request.user),
            "recovery_codes_left": two_factor.recovery_codes_left(request.user),
            "has_token": Token.objects.filter(user=request.user).exists(),
        },
    )


@require_POST
@login_required
def new_recovery_codes(request: HttpRequest) -> HttpResponse:
    if not request.user.is_verified():
        return redirect("accounts:two_factor_verify")
    codes = two_factor.issue_recovery_codes(request.user)
    return render(request, "accounts/recovery_codes.html", {"codes": codes})


@require_POST
@login_required
def new_api_token(request: HttpRequest) -> HttpResponse:
    """A new API token, shown once. Privileged people must have passed the second factor."""
    if two_factor.must_use_two_factor(request.user) and not request.user.is_verified():
        return redirect("accounts:two_factor_verify")
    Token.objects.filter(user=request.user).delete()
    token = Token.objects.create(user=request.user)
    return render(request, "accounts/api_token.html", {"token": token.key})
