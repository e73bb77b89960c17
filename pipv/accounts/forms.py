from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy


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


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("We ask for it so that nobody else at this computer can delete your account."),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
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
