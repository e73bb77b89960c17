from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, UserCreationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

PASSWORD_HELP = _(
    "At least 15 characters. Any letters, digits, spaces or signs, in any language. A few "
    "ordinary words that only you would put together make a good one, for example "
    "“blue kettle on the night bus”. Very common passwords are refused."
)


class SignupForm(UserCreationForm):
    """A username and a password, nothing else: no email, so nothing ties the account to you."""

    class Meta(UserCreationForm.Meta):
        fields = ("username",)
        help_texts = {
            "username": _(
                "Any name you will remember. It does not need to be your real name. "
                "Letters, digits and @ . + - _ only."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = PASSWORD_HELP

    def validate_password_for_user(self, user, password_field_name="password1"):
        # Django checks the confirmation field, and only once it matches: what is wrong with the
        # password showed under the wrong field, after a second try. Check the password itself.
        super().validate_password_for_user(user, password_field_name)


def _canonical_username(username: str) -> str:
    """The account's own spelling of a name typed in any case (names are compared without case)."""
    matches = list(
        get_user_model()
        .objects.filter(username__iexact=username)
        .values_list("username", flat=True)[:2]
    )
    return matches[0] if len(matches) == 1 else username


class LoginForm(AuthenticationForm):
    """Django's log-in form, with the username's length checked on the server too.

    AuthenticationForm sets the length only on the input element, so a longer name went on to
    authenticate(), and django-axes failed to record it (PostgreSQL refuses a name longer than
    its 255-character column): a 500 instead of "wrong name or password".
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        longest = get_user_model()._meta.get_field("username").max_length
        self.fields["username"].validators.append(
            MaxLengthValidator(
                longest,
                _("This is too long: at most %(limit_value)d characters (it has %(show_value)d)."),
            )
        )

    def clean_username(self):
        # Sign-up refuses a name that differs from another only in case; log-in matches the same
        # way, and the throttle counts "Alice" and "alice" as one name.
        return _canonical_username(self.cleaned_data["username"])


def recheck_password(request, user, password: str) -> None:
    """The current password asked again (changing it, deleting the account), counted like a log-in.

    A wrong one counts towards django-axes' limit for this name and address, as at log-in; once
    the limit is reached, the page answers with the same pause as the log-in page.
    """
    credentials = {"username": user.get_username()}
    if request is not None:
        from axes.handlers.proxy import AxesProxyHandler

        if AxesProxyHandler.is_locked(request, credentials):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            raise ValidationError(_("Too many tries. Wait, then try again."), code="locked")
    if user.check_password(password):
        return
    if request is not None:
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    raise ValidationError(_("That is not your password."), code="password_incorrect")


class ChangePasswordForm(PasswordChangeForm):
    def __init__(self, user, *args, request=None, **kwargs):
        self.request = request
        super().__init__(user, *args, **kwargs)
        self.fields["new_password1"].help_text = PASSWORD_HELP

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        recheck_password(self.request, self.user, old_password)
        return old_password

    def clean_new_password2(self):
        # Checked here rather than in clean(): see SignupForm.validate_password_for_user.
        password1 = self.cleaned_data.get("new_password1")
        password2 = self.cleaned_data.get("new_password2")
        if password1 and password2 and password1 != password2:
            raise ValidationError(
                self.error_messages["password_mismatch"], code="password_mismatch"
            )
        return password2

    def clean(self):
        # The new password's problems go under the new password, all at once.
        from django.contrib.auth import password_validation

        password1 = self.cleaned_data.get("new_password1")
        if password1:
            try:
                password_validation.validate_password(password1, self.user)
            except ValidationError as error:
                self.add_error("new_password1", error)
        return self.cleaned_data


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("We ask for it so that nobody else at this computer can delete your account."),
    )

    def __init__(self, user, *args, request=None, **kwargs):
        self.user = user
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        recheck_password(self.request, self.user, password)
        return password


# Django's own messages on the sign-up and password pages, translated again in pipv's catalogue
# (which Django reads before its own): its Chinese says 你 where pipv says 您 throughout, and
# Django 5.2 changed the "too short" message's placeholder, so its Chinese for that one no
# longer matches and the page showed English. Listed here so that makemessages keeps them.
DJANGO_MESSAGES = (
    _("Your password can’t be too similar to your other personal information."),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    _("Your password can’t be a commonly used password."),
    _("Your password can’t be entirely numeric."),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    _("The password is too similar to the %(verbose_name)s."),
    _("This password is too common."),
    _("This password is entirely numeric."),
    _("The two password fields didn’t match."),
    _("Your old password was entered incorrectly. Please enter it again."),
    _("A user with that username already exists."),
)
