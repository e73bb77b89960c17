"""Reading amounts the way people type them: "165,000", "$165000.00", "165 000"."""

from __future__ import annotations

import re
from decimal import Decimal

_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def parse_amount(text: str, places: int = 2) -> Decimal:
    """A non-negative Decimal, or ValueError with a reason a person can act on."""
    value = re.sub(r"[\s\u00a0]", "", text or "")
    for prefix in ("US$", "USD", "$"):
        if value.upper().startswith(prefix):
            value = value[len(prefix) :]
            break
    if value.upper().endswith("USD"):
        value = value[:-3]
    if value.startswith("-"):
        raise ValueError("negative")
    if _GROUPED.match(value):
        value = value.replace(",", "")
    if not _PLAIN.match(value):
        raise ValueError("not_number")
    number = Decimal(value)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise ValueError("too_precise")
    return number
