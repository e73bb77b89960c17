"""Federal clocks an intake lawyer checks besides the EEOC charge and the FMLA.

The 90 days to sue after a notice of right to sue, the ADEA's 60 days between charge and
suit, Dodd-Frank retaliation, FLSA and Equal Pay Act suits, 42 U.S.C. 1981 and the WARN Act's
60 days' notice. Court periods are shown as counted (the earlier, safer date); none of these
is moved off a weekend.

Each is one of ``deadlines.KINDS``: a suit's last day is a ``deadline``; the WARN notice is
the employer's duty (``employer_minimum``); the ADEA's 60 days are a waiting period, the
earliest day the person may sue, which no one can miss, so it is a ``what_if``: it matters
only if the person chooses to sue under the ADEA before the agency has finished, and it is
never a passed deadline or the nearest one.
"""

from __future__ import annotations

from collections.abc import Iterator

from .calendar import add_days, add_years
from .case import Case, Event
from .clocks import deadline
from .deadlines import Deadline
from .i18n import _
from .stages import Stage

TITLES = {
    "right_to_sue_lawsuit": _("Last day to sue after the notice of right to sue"),
    "adea_suit_earliest": _("Age 40+: earliest day to sue under the ADEA after the charge"),
    "dodd_frank_lawsuit": _("If you reported to the SEC: last day to sue under Dodd-Frank"),
    "flsa_lawsuit": _("Last day to sue under the FLSA or Equal Pay Act"),
    "flsa_lawsuit_willful": _("Last day to sue under the FLSA or Equal Pay Act if willful"),
    "section_1981_lawsuit": _(
        "If the complaint was about race: last day to sue under 42 U.S.C. 1981"
    ),
    "warn_notice": _("Group exit: latest day for the employer's 60 days' notice"),
}

DISCRIMINATION_COMPLAINTS = frozenset(
    {"discrimination_complaint", "harassment_complaint", "retaliation_complaint", "agency_charge"}
)


def _after(case: Case, adverse: list[Event], kinds: frozenset[str]) -> list[Event]:
    since = [a.date for a in case.protected_activities if a.kind in kinds]
    return [e for e in adverse if since and e.date >= min(since)]


def federal_clocks(
    case: Case, adverse: list[Event], stages: tuple[Stage, ...]
) -> Iterator[Deadline]:
    for notice in case.events:
        if notice.kind == "right_to_sue_notice" and notice.date <= case.as_of:
            yield deadline(
                case,
                "right_to_sue_lawsuit",
                TITLES["right_to_sue_lawsuit"],
                add_days(notice.date, 90),
                notice.id,
                notice.date,
                "federal.right_to_sue",
            )
    if case.employment.age_40_or_over:
        for charge in case.protected_activities:
            if charge.kind == "agency_charge":
                yield deadline(
                    case,
                    "adea_suit_earliest",
                    TITLES["adea_suit_earliest"],
                    add_days(charge.date, 60),
                    charge.id,
                    charge.date,
                    "adea.sixty_days",
                    kind="what_if",
                )
    # Dodd-Frank protects a report of a securities violation made to the SEC; a report about
    # safety or wages is not one, so a report whose subject says so starts no clock here.
    securities = frozenset(
        a.kind
        for a in case.protected_activities
        if a.kind == "whistleblower_report" and a.subject in (None, "securities_fraud")
    )
    for event in _after(case, adverse, securities):
        yield deadline(
            case,
            "dodd_frank_lawsuit",
            TITLES["dodd_frank_lawsuit"],
            add_years(event.date, 6),
            event.id,
            event.date,
            "dodd_frank.lawsuit",
        )
    # A wage complaint and a report about wages and hours (or one whose subject is not said)
    # start the same FLSA clocks: one family, each act counted once, from the earliest.
    wage_since = [
        a.date
        for a in case.protected_activities
        if a.kind == "wage_complaint"
        or (a.kind == "whistleblower_report" and a.subject in (None, "wages_hours"))
    ]
    for event in adverse:
        if not wage_since or event.date < min(wage_since):
            continue
        for deadline_id, years in (("flsa_lawsuit", 2), ("flsa_lawsuit_willful", 3)):
            yield deadline(
                case,
                deadline_id,
                TITLES[deadline_id],
                add_years(event.date, years),
                event.id,
                event.date,
                "flsa.lawsuit",
            )
    for event in _after(case, adverse, DISCRIMINATION_COMPLAINTS):
        yield deadline(
            case,
            "section_1981_lawsuit",
            TITLES["section_1981_lawsuit"],
            add_years(event.date, 4),
            event.id,
            event.date,
            "section_1981.lawsuit",
        )
    if case.severance.group_exit:
        # The employer's duty, not the person's: 60 days' notice before the last day. Once
        # the job has ended, only the real last day counts.
        ended = case.employment.ended_on
        last_days = (
            [("employment.ended_on", ended, False)]
            if ended is not None
            else [(s.id, s.last_day, s.projected) for s in stages if not s.passed]
        )
        for source, last_day, projected in last_days:
            yield deadline(
                case,
                "warn_notice",
                TITLES["warn_notice"],
                add_days(last_day, -60),
                source,
                last_day,
                "warn.notice",
                kind="employer_minimum",
                projected=projected,
            )
