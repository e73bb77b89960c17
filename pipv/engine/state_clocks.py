"""Clocks that come from the jurisdiction table and from state laws beyond the agencies.

State, city and county agency charges, each state's time to sue after its agency's notice, and
the state laws an intake lawyer checks next (California Labor Code 98.7, Washington's WLAD, New
York's Labor Law 740 and General Obligations Law 5-336, Illinois's Workplace Transparency Act,
New Jersey's LAD and CEPA, Texas's two years from the complaint). A state agency's deadline
moves by that state's legal holidays (the entry's ``holidays`` subdivision), not the federal
list; ``file_by`` stays the day counted. The 21 days New York and Illinois give to consider a
confidentiality term are time the employer must allow (``employer_minimum``); every other clock
here is the person's ``deadline``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from . import jurisdictions
from .calendar import add_days, add_months, add_years
from .clocks import Clock, Facts, each_act
from .i18n import _

TITLES = {
    "state_agency_charge": _("Last day to file with the state agency"),
    "local_agency_charge": _("Last day to file with the city or county agency"),
    "state_lawsuit_after_notice": _("Last day to sue under state law after the agency's notice"),
    "tx_lawsuit_two_years": _("Texas: last day to sue, two years from the complaint"),
    "ca_labor_commissioner": _("California: last day for a Labor Commissioner complaint"),
    "wa_wlad_lawsuit": _("Washington: last day to sue under the Law Against Discrimination"),
    "wa_pfml_complaint": _(
        "Washington: last day for a Paid Family and Medical Leave retaliation complaint"
    ),
    "ny_740_lawsuit": _("New York: last day to sue under the whistleblower law"),
    "ny_release_consider": _(
        "New York: up to 21 days to consider a confidentiality term in a release"
    ),
    "ny_release_revoke": _("New York: last day to cancel a signed confidentiality agreement"),
    "il_release_consider": _(
        "Illinois: at least 21 days to consider an agreement with a confidentiality term"
    ),
    "il_release_revoke": _(
        "Illinois: last day to cancel a signed agreement with a confidentiality term"
    ),
    "nj_cepa_lawsuit": _("New Jersey: last day to sue under the whistleblower law"),
    "nj_lad_lawsuit": _("New Jersey: last day to sue under the Law Against Discrimination"),
}

CA_98_7_ONE_YEAR_FROM = date(2021, 1, 1)  # AB 1947 (Stats. 2020, ch. 344)
NY_740_TWO_YEARS_FROM = date(2022, 1, 26)  # L. 2021, ch. 522
# 820 ILCS 96/1-10(c): the Workplace Transparency Act (P.A. 101-221, eff. 2020-01-01) governs
# contracts entered into, modified or extended from its effective date on.
IL_WTA_FROM = date(2020, 1, 1)
WHISTLE_KINDS = frozenset({"whistleblower_report", "wage_complaint"})
# In Washington a leave, or asking for one, may be Paid Family and Medical Leave as well as
# FMLA leave, so its retaliation clock (RCW 50A.40) runs beside the FMLA's.
LEAVE_KINDS = frozenset({"fmla_request", "fmla_leave"})


def agency_charges(f: Facts) -> Iterator[Clock]:
    """The state agency's charge, and the city's or county's where the work city has one."""
    emp = f.case.employment
    state = jurisdictions.state(emp.work_state)
    city = jurisdictions.local_agency(emp.work_state, getattr(emp, "work_city", None))
    for entry, deadline_id in ((state, "state_agency_charge"), (city, "local_agency_charge")):
        if entry is None or entry.agency is None:
            continue
        for event in f.adverse:
            last = entry.charge_deadline(event.date)
            assert last is not None  # an entry with an agency has a period
            yield Clock(
                deadline_id, last, event.id, event.date, entry.rule_id, calendar=entry.holidays
            )


def _suit_after_notice(f: Facts) -> Iterator[Clock]:
    """Time to sue under state law after the state agency's notice."""
    case = f.case
    entry = jurisdictions.state(case.employment.work_state)
    if entry is None or entry.sue_after_notice is None:
        return
    notices = [e for e in case.events if e.kind == "right_to_sue_notice" and e.date <= case.as_of]
    yield from each_act(
        notices, "state_lawsuit_after_notice", entry.sue_after_notice.after, entry.rule_id + ".suit"
    )


def _texas_two_years(f: Facts) -> Iterator[Clock]:
    if f.case.employment.work_state == "TX":
        yield from each_act(
            f.charges(), "tx_lawsuit_two_years", lambda d: add_years(d, 2), "tx.tchra_two_years"
        )


def _washington_wlad(f: Facts) -> Iterator[Clock]:
    if f.case.employment.work_state == "WA":
        yield from each_act(
            f.adverse, "wa_wlad_lawsuit", lambda d: add_years(d, 3), "wa.wlad_lawsuit"
        )


def _new_jersey_lad(f: Facts) -> Iterator[Clock]:
    """A suit under the LAD in Superior Court: no charge first, two years from each act."""
    if f.case.employment.work_state == "NJ":
        yield from each_act(
            f.adverse, "nj_lad_lawsuit", lambda d: add_years(d, 2), "nj.lad_lawsuit"
        )


def _washington_paid_leave(f: Facts) -> Iterator[Clock]:
    if f.case.employment.work_state == "WA":
        entry = jurisdictions.state("WA")
        yield from each_act(
            f.after_kinds(LEAVE_KINDS),
            "wa_pfml_complaint",
            lambda d: add_years(d, 3),
            "wa.pfml_complaint",
            calendar=entry.holidays if entry else None,
        )


def california_98_7(day: date) -> date:
    """Labor Code 98.7: a year from the act since AB 1947, six months before."""
    return add_years(day, 1) if day >= CA_98_7_ONE_YEAR_FROM else add_months(day, 6)


def _ny_740(day: date) -> date:
    return add_years(day, 2 if day >= NY_740_TWO_YEARS_FROM else 1)


def _whistleblower_laws(f: Facts) -> Iterator[Clock]:
    """California's Labor Commissioner, New York's Labor Law 740, New Jersey's CEPA."""
    code = f.case.employment.work_state
    acts = f.after_kinds(WHISTLE_KINDS)
    if code == "CA":
        # A report said to be about safety already gives California's 98.7 complaint, as the
        # state plan's safety period (``deadlines.STATE_SAFETY_PLAN``): the same clock once.
        safety = f.after_first(
            lambda a: a.kind == "whistleblower_report" and a.subject == "workplace_safety"
        )
        entry = jurisdictions.state(code)
        yield from each_act(
            [e for e in acts if e not in safety],
            "ca_labor_commissioner",
            california_98_7,
            "ca.labor_commissioner",
            calendar=entry.holidays if entry else None,
        )
    elif code == "NY":
        yield from each_act(acts, "ny_740_lawsuit", _ny_740, "ny.labor_law_740")
    elif code == "NJ":
        yield from each_act(acts, "nj_cepa_lawsuit", lambda d: add_years(d, 1), "nj.cepa")


# A confidentiality term about discrimination, harassment or retaliation in a release: 21
# days to consider it from the offer, 7 to revoke from the signing (state: ids and rule).
CONFIDENTIAL_RELEASE = {
    "NY": ("ny_release_consider", "ny_release_revoke", "ny.gol_5_336"),
    "IL": ("il_release_consider", "il_release_revoke", "il.wta_1_30"),
}


def _confidential_release(f: Facts) -> Iterator[Clock]:
    """New York's GOL 5-336 and Illinois's Workplace Transparency Act (820 ILCS 96/1-30)."""
    code = f.case.employment.work_state
    if code not in CONFIDENTIAL_RELEASE or f.offer is None:
        return
    consider, revoke, rule = CONFIDENTIAL_RELEASE[code]
    source, offered = f.offer
    if code == "IL" and offered < IL_WTA_FROM:
        return
    yield Clock(consider, add_days(offered, 21), source, offered, rule, kind="employer_minimum")
    signed = f.case.severance.release_signed_date
    if signed is not None:
        yield Clock(revoke, add_days(signed, 7), "severance.release_signed_date", signed, rule)


# The state laws beyond the agencies' charges, in the order they are counted.
STATE_LAW_FAMILIES: tuple[Callable[[Facts], Iterator[Clock]], ...] = (
    _suit_after_notice,
    _texas_two_years,
    _washington_wlad,
    _new_jersey_lad,
    _washington_paid_leave,
    _whistleblower_laws,
    _confidential_release,
)
