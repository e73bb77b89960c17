"""What the intake questions say about which laws can reach the employer and the person.

The thresholds are the statutes' own: FMLA covers an employee of an employer with 50 or more
employees within 75 miles, after 12 months and 1,250 hours (29 U.S.C. 2611(2), (4));
Title VII and the ADA need 15 employees (42 U.S.C. 2000e(b), 12111(5)); the ADEA 20
(29 U.S.C. 630(b)). The answers are the person's estimates, so the report says "likely".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .case import Case
from .i18n import _

FMLA_HOURS = 1250
WEEKS_A_YEAR = 52


@dataclass(frozen=True)
class Coverage:
    law: str  # a label
    needs: int  # employees
    met: bool | None  # None: the employer's size was not given


LAWS = (
    (_("FMLA (50 employees within 75 miles)"), 50),
    (_("Title VII and the ADA (15 employees)"), 15),
    (_("Age discrimination, ADEA (20 employees)"), 20),
)


# The deadlines of a law that reaches only employers of a size, and that size: the FMLA's
# suit; a charge to the EEOC (Title VII and the ADA; the ADEA needs 20); the ADEA's release
# periods and waiting time; federal COBRA, which exempts employers of fewer than 20
# (29 U.S.C. 1161(b); a state's own continuation law may reach smaller ones).
DEADLINE_NEEDS: dict[str, int] = {
    "fmla_lawsuit": 50,
    "fmla_lawsuit_willful": 50,
    "eeoc_charge": 15,
    "owbpa_consider": 20,
    "owbpa_revoke": 20,
    "adea_suit_earliest": 20,
    "cobra_election": 20,
}


def employees_needed(case: Case, deadline_id: str) -> int | None:
    """How many employees the law behind this deadline needs, where the person said their
    employer has fewer; None where it needs none, or the size is not given or is enough."""
    needs = DEADLINE_NEEDS.get(deadline_id)
    count = case.employment.employee_count
    if needs is None or count is None or count >= needs:
        return None
    return needs


def coverage(case: Case) -> tuple[Coverage, ...]:
    count = case.employment.employee_count
    return tuple(
        Coverage(law, needs, None if count is None else count >= needs) for law, needs in LAWS
    )


def twelve_months(start: date, as_of: date) -> bool:
    """At least 12 months of service by the as-of date (29 CFR 825.110(b))."""
    try:
        anniversary = start.replace(year=start.year + 1)
    except ValueError:  # February 29: a year later is March 1
        anniversary = date(start.year + 1, 3, 1)
    return as_of >= anniversary


def fmla_hours_met(weekly_hours: int | None) -> bool | None:
    """1,250 hours in the last 12 months, from a usual week (about 24 hours or more)."""
    if weekly_hours is None:
        return None
    return weekly_hours * WEEKS_A_YEAR >= FMLA_HOURS
