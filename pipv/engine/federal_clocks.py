"""Federal clocks an intake lawyer checks besides the EEOC charge and the FMLA.

The 90 days to sue after a notice of right to sue, the ADEA's 60 days between charge and
suit, Dodd-Frank retaliation, FLSA and Equal Pay Act suits and 42 U.S.C. 1981. Court periods
are shown as counted (the earlier, safer date); none of these is moved off a weekend. The
WARN Act's 60 days' notice is no date here: a case file cannot say whether a plant closing or
mass layoff happened, so ``questions.warn_site_layoff`` asks.

Each is one of ``deadlines.KINDS``: a suit's last day is a ``deadline``; the ADEA's 60 days
are a waiting period, the earliest day the person may sue, which no one can miss, so it is a
``what_if``: it matters only if the person chooses to sue under the ADEA before the agency has
finished, and it is never a passed deadline or the nearest one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .calendar import add_days, add_years
from .clocks import Clock, Facts, each_act
from .i18n import _

TITLES = {
    "right_to_sue_lawsuit": _("Last day to sue after the notice of right to sue"),
    "adea_suit_earliest": _("Age 40+: earliest day to sue under the ADEA after the charge"),
    "dodd_frank_lawsuit": _("If you reported to the SEC: last day to sue under Dodd-Frank"),
    "flsa_lawsuit": _("Last day to sue under the FLSA or Equal Pay Act"),
    "flsa_lawsuit_willful": _("Last day to sue under the FLSA or Equal Pay Act if willful"),
    "section_1981_lawsuit": _(
        "If the complaint was about race: last day to sue under 42 U.S.C. 1981"
    ),
}

DISCRIMINATION_COMPLAINTS = frozenset(
    {"discrimination_complaint", "harassment_complaint", "retaliation_complaint", "agency_charge"}
)


def _right_to_sue(f: Facts) -> Iterator[Clock]:
    case = f.case
    notices = [e for e in case.events if e.kind == "right_to_sue_notice" and e.date <= case.as_of]
    yield from each_act(
        notices, "right_to_sue_lawsuit", lambda d: add_days(d, 90), "federal.right_to_sue"
    )


def _adea_wait(f: Facts) -> Iterator[Clock]:
    if f.case.employment.age_40_or_over:
        yield from each_act(
            f.charges(),
            "adea_suit_earliest",
            lambda d: add_days(d, 60),
            "adea.sixty_days",
            kind="what_if",
        )


def _dodd_frank(f: Facts) -> Iterator[Clock]:
    # Dodd-Frank protects a report of a securities violation made to the SEC; a report about
    # safety or wages is not one, so a report whose subject says so starts no clock here.
    # Once one report may be about securities, the acts count from the first report of all.
    reports = [a for a in f.case.protected_activities if a.kind == "whistleblower_report"]
    if not any(a.subject in (None, "securities_fraud") for a in reports):
        return
    acts = f.after_kinds({"whistleblower_report"})
    yield from each_act(acts, "dodd_frank_lawsuit", lambda d: add_years(d, 6), "dodd_frank.lawsuit")


def _flsa(f: Facts) -> Iterator[Clock]:
    # A wage complaint and a report about wages and hours (or one whose subject is not said)
    # start the same FLSA clocks: one family, each act counted once, from the earliest.
    acts = f.after_first(
        lambda a: (
            a.kind == "wage_complaint"
            or (a.kind == "whistleblower_report" and a.subject in (None, "wages_hours"))
        )
    )
    for event in acts:
        for deadline_id, years in (("flsa_lawsuit", 2), ("flsa_lawsuit_willful", 3)):
            yield Clock(
                deadline_id, add_years(event.date, years), event.id, event.date, "flsa.lawsuit"
            )


def _section_1981(f: Facts) -> Iterator[Clock]:
    acts = f.after_kinds(DISCRIMINATION_COMPLAINTS)
    yield from each_act(
        acts, "section_1981_lawsuit", lambda d: add_years(d, 4), "section_1981.lawsuit"
    )


FEDERAL_FAMILIES: tuple[Callable[[Facts], Iterator[Clock]], ...] = (
    _right_to_sue,
    _adea_wait,
    _dodd_frank,
    _flsa,
    _section_1981,
)
