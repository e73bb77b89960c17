"""Answers as a person reads them, for the review and the lists: labels for codes, dates and
dollars written out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pipv.engine import labels
from pipv.engine.money import money_text, price_text, usd

from .. import forms
from ..steps import ItemList


def shown(bound) -> str | None:
    """A form's answer as a person reads it; None when there is none."""
    value = bound.value()
    if value in (None, ""):
        return None
    field = bound.field
    if isinstance(value, list):
        return as_read_all(field, value) or None
    if isinstance(field, forms.AmountField) and field.write in (money_text, price_text):
        try:
            amount = forms.parse_amount(str(value), field.places)
        except ValueError:
            return str(value)
        return usd(amount) if field.write is money_text else usd_price(amount)
    return as_read(field, value)


def as_read_all(field, value) -> str:
    """A value, or each of a list of them (ticked boxes), as a person reads it."""
    values = value if isinstance(value, list) else [value]
    return _(", ").join(as_read(field, v) for v in values)


def as_read(field, value) -> str:
    """One value of a field as a person reads it: a choice by its words, a date as every page
    writes it ("Sept. 1, 2026"); anything else as it is (also what was typed and not saved)."""
    if hasattr(field, "choices"):
        return str(dict(field.choices).get(value, value))
    if isinstance(field, forms.DateField):
        return show_date(value)
    return str(value)


def usd_price(amount) -> str:
    """A share price for people to read: "$212.5075", "$1,020.00" (the places it was given)."""
    whole, fraction = price_text(amount).split(".")
    return f"${int(whole):,}.{fraction}"


def show_date(value) -> str:
    try:
        return formats.date_format(date.fromisoformat(str(value)), "DATE_FORMAT")
    except ValueError:
        return str(value)


def item_title(lst: ItemList, item: dict) -> str:
    """What names an item in its list: its kind, its shares or its amount."""
    if lst.kind == "activities":
        return _(labels.ACTIVITY_KIND.get(item.get("kind"), str(item.get("kind", ""))))
    if lst.kind == "events":
        return _(labels.EVENT_KIND.get(item.get("kind"), str(item.get("kind", ""))))
    if lst.kind == "vests":
        shares = item.get("shares", "?")
        one = 1 if _is_one(shares) else 2  # "1 share", but "1.5 shares"
        return ngettext("%(shares)s share", "%(shares)s shares", one) % {"shares": shares}
    try:
        return usd(forms.parse_amount(str(item.get("amount", ""))))
    except ValueError:
        return str(item.get("amount", ""))


def _is_one(value: object) -> bool:
    try:
        return Decimal(str(value)) == 1
    except InvalidOperation:
        return False
