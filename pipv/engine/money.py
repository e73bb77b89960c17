"""Money as Decimal: parse strictly, keep exact, round half-up to cents only at output."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0")

_DECIMAL_TEXT = re.compile(r"^-?\d+(\.\d+)?$")


def parse_decimal(value: object) -> Decimal:
    """Read a decimal from a JSON value: a decimal string, an int or a Decimal.

    A float is read through its shortest decimal text, never through its binary
    value, so 0.1 stays 0.1; nothing downstream ever holds a float.
    """
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, float):
        # repr() is the shortest text that reads back as this float: what the user wrote.
        result = Decimal(repr(value))
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str) and _DECIMAL_TEXT.match(value.strip()):
        try:
            result = Decimal(value.strip())
        except InvalidOperation as exc:  # pragma: no cover - the pattern already guards
            raise ValueError("not a number") from exc
    else:
        raise ValueError("not a number")
    if not result.is_finite():
        raise ValueError("not a number")
    return result


def cents(amount: Decimal) -> Decimal:
    """Round half-up to whole cents, the one rounding step in every figure."""
    # Enough digits for the amount itself: the default 28 cannot hold a 27-digit typo in
    # cents, and refusing it is the engine's job (too_big), not an InvalidOperation's.
    digits = max(28, amount.adjusted() + 4)
    return amount.quantize(CENT, rounding=ROUND_HALF_UP, context=Context(prec=digits))


def money_text(amount: Decimal) -> str:
    """The contract's money form: a plain decimal string with two places."""
    return format(cents(amount), "f")


def usd(amount: Decimal) -> str:
    """Dollars for people to read: "$38,076.92", "-$15,000.00"."""
    text = money_text(amount)
    sign = "-" if text.startswith("-") else ""
    whole, fraction = text.lstrip("-").split(".")
    return f"{sign}${int(whole):,}.{fraction}"


def price_text(amount: Decimal) -> str:
    """A share price: at least two places, more only when the user gave more."""
    whole, _, fraction = format(amount, "f").partition(".")
    return f"{whole}.{fraction.rstrip('0').ljust(2, '0')}"


def decimal_text(amount: Decimal) -> str:
    """A decimal as plain text without exponent ("40", "12.5")."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"
