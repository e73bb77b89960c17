"""The fields that turn answers into case-file values (the forms they sit in: ``base``)."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Any

from django import forms
from django.core import validators
from django.utils.translation import gettext_lazy as _

from pipv.engine.casefile import MAX_LONG_TEXT, MAX_SHORT_TEXT, plain_text
from pipv.engine.casefile.fields import text_length
from pipv.engine.casefile.limits import MAX_SEVERANCE_WEEKS
from pipv.engine.money import decimal_text, money_text
from pipv.engine.vocabulary import Vocabulary

from ..money import parse_amount
from ..paths import MISSING


def choices(codes, names) -> list[tuple[str, Any]]:
    return [(code, _(names[code])) for code in codes]


# --------------------------------------------------------------------------- fields


class DocField:
    """How a field's value is written to and read from the case file.

    ``saved`` is the field's value in the case file as the form found it (``MISSING`` when
    none): a field whose text form is not the case file's, like a list typed as lines, reads
    it to keep what was sent back as shown exactly as it was saved.
    """

    saved: Any = MISSING

    def to_document(self, value: Any) -> Any:
        return value if value not in ("", None) else None

    def from_document(self, value: Any) -> Any:
        return value


class _TextLength(validators.MaxLengthValidator):
    """A limit measured as the case file reader measures it (``text_length``)."""

    def clean(self, x: str) -> int:
        return text_length(x)


class TextField(DocField, forms.CharField):
    def __init__(self, *, long: bool = False, **kwargs):
        kwargs.setdefault("max_length", MAX_LONG_TEXT if long else MAX_SHORT_TEXT)
        kwargs.setdefault("required", False)
        if long:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 3}))
        super().__init__(**kwargs)
        self.validators = [
            _TextLength(v.limit_value, v.message) if type(v) is validators.MaxLengthValidator else v
            for v in self.validators
        ]
        self.error_messages["max_length"] = _(
            "This is too long: at most %(limit_value)d characters (it has %(show_value)d)."
        )

    def widget_attrs(self, widget: Any) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        # A browser cuts pasted text at maxlength without a word: a statement pasted from an
        # email would lose its end unseen. A one-line answer too: a name and a role pasted
        # into "By whom?", and even text within the limit, since a browser counts an emoji
        # (or a rarer Chinese character) as two. Without it the whole text is sent, and the
        # page says it is too long and shows all of it to shorten.
        attrs.pop("maxlength", None)
        return attrs

    def to_python(self, value: Any) -> str:
        # Kept as the case file reads it, so the page shows what the report prints. A browser
        # sends a text box's line ends as "\r\n": saved as "\n", as a script sends them, so
        # the same words are the same text however they were sent.
        text = super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")
        return plain_text(text)

    def to_document(self, value: Any) -> Any:
        # A one-line box cannot hold a line break (a browser drops it), so a name imported over
        # two lines comes back joined. Sent back so, unchanged, it is the saved text, kept.
        saved = self.saved
        if isinstance(saved, str) and not isinstance(self.widget, forms.Textarea):
            if value == self.to_python(saved.replace("\r", "").replace("\n", "")):
                return saved
        return super().to_document(value)


class DateField(DocField, forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    input_formats = ["%Y-%m-%d", "%m/%d/%Y"]
    default_error_messages = {
        "invalid": _("Enter a real date, for example 2026-03-31."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_document(self, value: datetime.date | None) -> str | None:
        return value.isoformat() if value else None


class AmountField(DocField, forms.CharField):
    """Money or a share count, typed the way people write it."""

    messages = {
        "negative": _("Enter an amount without a minus sign."),
        "not_number": _('Enter an amount in dollars, for example "165,000" or "165000.00".'),
        "too_precise": _("Use at most %(places)d digits after the decimal point."),
    }

    def __init__(self, *, places: int = 2, write=money_text, **kwargs):
        self.places = places
        self.write = write
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value: Any) -> Decimal | None:
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            if len(value) > 40:
                raise ValueError("not_number")
            return parse_amount(value, self.places)
        except ValueError as exc:
            message = self.messages[str(exc)]
            raise forms.ValidationError(message, params={"places": self.places}) from None

    def to_document(self, value: Decimal | None) -> str | None:
        return self.write(value) if value is not None else None


class SharesField(AmountField):
    not_number = _('Enter a number of shares, for example "40" or "12.5".')

    def __init__(self, **kwargs):
        super().__init__(places=4, write=decimal_text, **kwargs)
        self.messages = {**self.messages, "not_number": self.not_number}


# A number's limits in the questionnaire's voice, where Django would say "Ensure this value is
# greater than or equal to 0." beside our "Enter an amount without a minus sign."
NUMBER_MESSAGES = {
    "min_value": _("Enter %(limit_value)s or more, without a minus sign."),
    "max_value": _("Enter %(limit_value)s or less."),
    "max_decimal_places": _("Use at most %(max)s digits after the decimal point."),
}


class WeeksField(DocField, forms.DecimalField):
    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(min_value=0, max_value=MAX_SEVERANCE_WEEKS, decimal_places=2, **kwargs)
        self.error_messages.update(
            {**NUMBER_MESSAGES, "invalid": _("Enter one number of weeks, for example 12 or 12.5.")}
        )

    def to_document(self, value: Decimal | None) -> int | str | None:
        if value is None:
            return None
        return int(value) if value == value.to_integral_value() else decimal_text(value)


# Numbers are typed in text boxes that bring up a number keypad, not type="number": a browser
# sends what such a box cannot read ("40-45", a guess given as a range) as nothing, and
# nothing clears the saved answer without a word. A text box sends it, to be explained.
class WholeField(DocField, forms.IntegerField):
    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("min_value", 0)
        super().__init__(**kwargs)
        self.error_messages.update(
            {**NUMBER_MESSAGES, "invalid": _("Enter one whole number, for example 40.")}
        )

    def to_python(self, value):
        # Thousands written the way people write them: "1,500" or "1 500".
        if isinstance(value, str):
            value = re.sub(r"(?<=\d)[,\s](?=\d{3}\b)", "", value.strip())
        return super().to_python(value)


class ChoiceField(DocField, forms.ChoiceField):
    def __init__(self, *, codes, names, radio: bool = False, blank: str | None = None, **kwargs):
        options = choices(codes, names)
        if blank is not None:
            options = [("", blank), *options]
        if radio:
            kwargs.setdefault("widget", forms.RadioSelect)
        super().__init__(choices=options, **kwargs)


class YesNoField(DocField, forms.TypedChoiceField):
    """Yes or no, asked as two radio buttons so that "not answered yet" stays visible."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", True)
        super().__init__(
            choices=[("yes", _("Yes")), ("no", _("No"))],
            coerce=lambda v: v == "yes",
            empty_value=None,
            widget=forms.RadioSelect,
            **kwargs,
        )
        self.error_messages["required"] = _("Choose yes or no.")

    def to_document(self, value: bool | None) -> bool | None:
        return value

    def from_document(self, value: Any) -> Any:
        if isinstance(value, bool):
            return "yes" if value else "no"
        return None


class ManyField(DocField, forms.MultipleChoiceField):
    """Several codes, asked as checkboxes; none ticked leaves the key out."""

    def __init__(self, *, codes, names, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(
            choices=choices(codes, names), widget=forms.CheckboxSelectMultiple, **kwargs
        )

    def to_document(self, value: list[str]) -> list[str] | None:
        return list(value) or None


# ------------------------------------------------------------- one factory a kind of answer
# A question is its label, its reason and, for a choice, the vocabulary it offers; a number's
# upper limit is the case file's own (casefile.limits), so the form and the reader agree.


CHOOSE_ONE = _("Choose one")  # what a list of choices shows until one is chosen


def choice(
    label, terms: Vocabulary, help_text, *, radio: bool = False, blank=CHOOSE_ONE, **kwargs
) -> ChoiceField:
    """One term of a vocabulary, offered by its label: a list that opens on ``blank``, or with
    ``radio`` a set of buttons, none chosen at first."""
    return ChoiceField(
        label=label,
        codes=terms.codes(),
        names=terms.labels(),
        help_text=help_text,
        radio=radio,
        blank=None if radio else blank,
        **kwargs,
    )


def many(label, terms: Vocabulary, help_text) -> ManyField:
    """Any of a vocabulary's terms, as checkboxes."""
    return ManyField(label=label, codes=terms.codes(), names=terms.labels(), help_text=help_text)


def count(label, help_text, *, most: int) -> WholeField:
    """A whole number from 0 to ``most``; optional."""
    return WholeField(label=label, max_value=most, help_text=help_text)


def weeks(label, help_text) -> WeeksField:
    """Weeks of base pay, fractions allowed; optional."""
    return WeeksField(label=label, help_text=help_text)


def when(label, help_text, *, required: bool = False) -> DateField:
    return DateField(label=label, required=required, help_text=help_text)


def money(label, help_text, *, required: bool = False) -> AmountField:
    """Dollars and cents, typed the way people write them."""
    return AmountField(label=label, required=required, help_text=help_text)


def text(label, help_text, *, required: bool = False) -> TextField:
    """A short answer in the person's own words."""
    return TextField(label=label, required=required, help_text=help_text)


def long_answer(label, help_text) -> TextField:
    """An optional answer in the person's own words, as long as it needs."""
    return TextField(label=label, long=True, help_text=help_text)


def yes_no(label, help_text, *, required: bool = True) -> YesNoField:
    return YesNoField(label=label, required=required, help_text=help_text)
