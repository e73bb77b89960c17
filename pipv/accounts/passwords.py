"""Password rules after NIST SP 800-63B-4 for a password used alone (single factor).

Section 3.1.1.2: at least 15 characters; any characters (spaces and Unicode too); no
composition rules; checked against a list of common passwords. A password of spaces only is
refused as well: it is long but guessed first.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class NotOnlySpacesValidator:
    def validate(self, password: str, user=None) -> None:
        if not password.strip():
            raise ValidationError(
                _("This password is only spaces. Use words you will remember."),
                code="password_only_spaces",
            )

    def get_help_text(self) -> str:
        return _("Your password cannot be only spaces.")
