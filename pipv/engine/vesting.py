"""Turn a stock grant into vest events, for users who do not have the dates to hand.

The user's own vest dates always win: these patterns only pre-fill a list the user
then edits. The Amazon pattern is as publicly reported.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from .calendar import add_months
from .case import Vest
from .i18n import _

PATTERNS = {
    "even_quarterly": _("Equal parts every 3 months"),
    "even_annual": _("Equal parts every year"),
    "amazon_5_15_40_40": _("Amazon 5/15/40/40 (as publicly reported, unverified)"),
}

# Months after the grant and the share of the grant that vests then. The Amazon
# pattern: 5% at 12 months, 15% at 24, then 20% every 6 months (one reported account).
_AMAZON = (
    (12, Decimal("0.05")),
    (24, Decimal("0.15")),
    (30, Decimal("0.20")),
    (36, Decimal("0.20")),
    (42, Decimal("0.20")),
    (48, Decimal("0.20")),
)


@dataclass(frozen=True)
class Grant:
    date: date
    shares: Decimal
    pattern: str
    years: int = 4


def schedule(grant: Grant, id_prefix: str = "v", first_number: int = 1) -> tuple[Vest, ...]:
    """Vests for a grant, in whole shares as they accrue: each date vests the whole shares
    earned by then less those vested before (the last takes any fraction of a share), and a
    date that earns no whole share is no vest. Rounding each part down instead would leave a
    small grant all to its last date (10 shares over 16 quarters: 15 vests of nothing)."""
    if grant.pattern not in PATTERNS:
        raise ValueError(f"unknown vesting pattern {grant.pattern!r}")
    if grant.shares < 0 or grant.years < 1:
        raise ValueError("a grant needs shares >= 0 and at least one year")
    if grant.pattern == "amazon_5_15_40_40":
        steps: tuple[tuple[int, Fraction], ...] = tuple((m, Fraction(p)) for m, p in _AMAZON)
    else:
        every = 3 if grant.pattern == "even_quarterly" else 12
        count = grant.years * 12 // every
        steps = tuple((every * (i + 1), Fraction(1, count)) for i in range(count))
    vested = Decimal(0)
    earned = Fraction(0)  # exact: a third added three times is one, not 0.999...
    dated: list[tuple[int, Decimal]] = []
    for number, (months, share) in enumerate(steps, start=1):
        earned += share
        by_then = (
            grant.shares
            if number == len(steps)
            else Decimal(math.floor(Fraction(grant.shares) * earned))
        )
        if by_then > vested:
            dated.append((months, by_then - vested))
            vested = by_then
    return tuple(
        Vest(
            id=f"{id_prefix}{first_number + i}", date=add_months(grant.date, months), shares=amount
        )
        for i, (months, amount) in enumerate(dated)
    )
