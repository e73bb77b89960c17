"""Clocks that come from the jurisdiction table and from state laws beyond the agencies.

State and city agency charges, each state's time to sue after its agency's notice, and the
state laws an intake lawyer checks next (California Labor Code 98.7, Washington's WLAD,
New York's Labor Law 740 and General Obligations Law 5-336, New Jersey's CEPA, Texas's two
years from the complaint). A state agency's deadline moves by that state's legal holidays
(the entry's ``holidays`` subdivision), not the federal list; ``file_by`` stays the day
counted. New York's 21 days to consider a confidentiality term are the least the employer
must give (``employer_minimum``); every other clock here is the person's ``deadline``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from . import jurisdictions
from .calendar import add_days, add_months, add_years
from .case import Case, Event
from .clocks import deadline
from .deadlines import Deadline
from .i18n import _

TITLES = {
    "state_agency_charge": _("Last day to file with the state agency"),
    "local_agency_charge": _("Last day to file with the city agency"),
    "state_lawsuit_after_notice": _("Last day to sue under state law after the agency's notice"),
    "tx_lawsuit_two_years": _("Texas: last day to sue, two years from the complaint"),
    "ca_labor_commissioner": _("California: last day for a Labor Commissioner complaint"),
    "wa_wlad_lawsuit": _("Washington: last day to sue under the Law Against Discrimination"),
    "ny_740_lawsuit": _("New York: last day to sue under the whistleblower law"),
    "ny_release_consider": _(
        "New York: at least 21 days to consider a confidentiality term in a release"
    ),
    "ny_release_revoke": _("New York: last day to cancel a signed confidentiality agreement"),
    "nj_cepa_lawsuit": _("New Jersey: last day to sue under the whistleblower law"),
}

CA_98_7_ONE_YEAR_FROM = date(2021, 1, 1)  # AB 1947 (Stats. 2020, ch. 344)
NY_740_TWO_YEARS_FROM = date(2022, 1, 26)  # L. 2021, ch. 522
WHISTLE_KINDS = frozenset({"whistleblower_report", "wage_complaint"})


def agency_charges(case: Case, adverse: list[Event]) -> Iterator[Deadline]:
    """The state agency's charge, and the city agency's where the work city has one."""
    emp = case.employment
    state = jurisdictions.state(emp.work_state)
    city = jurisdictions.local_agency(emp.work_state, getattr(emp, "work_city", None))
    for entry, deadline_id in ((state, "state_agency_charge"), (city, "local_agency_charge")):
        if entry is None or entry.agency is None:
            continue
        for event in adverse:
            last = entry.charge_deadline(event.date)
            assert last is not None  # an entry with an agency has a period
            yield deadline(
                case,
                deadline_id,
                TITLES[deadline_id],
                last,
                event.id,
                event.date,
                entry.rule_id,
                calendar=entry.holidays,
            )


def state_law_clocks(
    case: Case, adverse: list[Event], offer: tuple[str, date] | None
) -> Iterator[Deadline]:
    """Time to sue after a state notice, and the state laws listed in the module's docstring."""
    emp = case.employment
    code = emp.work_state
    entry = jurisdictions.state(code)
    notices = [e for e in case.events if e.kind == "right_to_sue_notice" and e.date <= case.as_of]
    if entry is not None and entry.sue_after_notice is not None:
        for notice in notices:
            yield deadline(
                case,
                "state_lawsuit_after_notice",
                TITLES["state_lawsuit_after_notice"],
                entry.sue_after_notice.after(notice.date),
                notice.id,
                notice.date,
                entry.rule_id + ".suit",
            )
    if code == "TX":
        for charge in case.protected_activities:
            if charge.kind == "agency_charge":
                yield deadline(
                    case,
                    "tx_lawsuit_two_years",
                    TITLES["tx_lawsuit_two_years"],
                    add_years(charge.date, 2),
                    charge.id,
                    charge.date,
                    "tx.tchra_two_years",
                )
    if code == "WA":
        for event in adverse:
            yield deadline(
                case,
                "wa_wlad_lawsuit",
                TITLES["wa_wlad_lawsuit"],
                add_years(event.date, 3),
                event.id,
                event.date,
                "wa.wlad_lawsuit",
            )
    since = [a.date for a in case.protected_activities if a.kind in WHISTLE_KINDS]
    after = [e for e in adverse if since and e.date >= min(since)]
    # A report said to be about safety already gives California's 98.7 complaint, as the
    # state plan's safety period (``deadlines.STATE_SAFETY_PLAN``): the same clock once.
    safety_since = [
        a.date
        for a in case.protected_activities
        if a.kind == "whistleblower_report" and a.subject == "workplace_safety"
    ]
    for event in after:
        if code == "CA" and safety_since and event.date >= min(safety_since):
            continue
        if code == "CA":
            year = event.date >= CA_98_7_ONE_YEAR_FROM
            last = add_years(event.date, 1) if year else add_months(event.date, 6)
            yield deadline(
                case,
                "ca_labor_commissioner",
                TITLES["ca_labor_commissioner"],
                last,
                event.id,
                event.date,
                "ca.labor_commissioner",
                calendar=entry.holidays if entry else None,
            )
        elif code == "NY":
            years = 2 if event.date >= NY_740_TWO_YEARS_FROM else 1
            yield deadline(
                case,
                "ny_740_lawsuit",
                TITLES["ny_740_lawsuit"],
                add_years(event.date, years),
                event.id,
                event.date,
                "ny.labor_law_740",
            )
        elif code == "NJ":
            yield deadline(
                case,
                "nj_cepa_lawsuit",
                TITLES["nj_cepa_lawsuit"],
                add_years(event.date, 1),
                event.id,
                event.date,
                "nj.cepa",
            )
    if code == "NY" and offer is not None:
        source, offered = offer
        consider = add_days(offered, 21)
        yield deadline(
            case,
            "ny_release_consider",
            TITLES["ny_release_consider"],
            consider,
            source,
            offered,
            "ny.gol_5_336",
            kind="employer_minimum",
        )
        signed = case.severance.release_signed_date
        if signed is not None:
            yield deadline(
                case,
                "ny_release_revoke",
                TITLES["ny_release_revoke"],
                add_days(signed, 7),
                "severance.release_signed_date",
                signed,
                "ny.gol_5_336",
            )
