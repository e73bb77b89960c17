"""Federal clocks an intake lawyer checks besides the EEOC charge and the FMLA.

The 90 days to sue after a notice of right to sue, the ADEA's 60 days between charge and
suit, Dodd-Frank retaliation, FLSA and Equal Pay Act suits, 42 U.S.C. 1981 and the WARN Act's
60 days' notice. Court periods are shown as counted (the earlier, safer date); none of these
is moved off a weekend.
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
                )
    # Dodd-Frank protects a report of a securities violation made to the SEC; a report about
    # safety or wages is not one, so a report whose subject says so starts no clock here.
    securities = frozenset(
        a.kind
        for a in case.protected_activities
        if a.kind == "whistleblower_report"
        and getattr(a, "subject", None) in (None, "securities_fraud")
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
    for event in _after(case, adverse, frozenset({"wage_complaint"})):
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
        for stage in stages:
            if not stage.passed:
                yield deadline(
                    case,
                    "warn_notice",
                    TITLES["warn_notice"],
                    add_days(stage.last_day, -60),
                    stage.id,
                    stage.last_day,
                    "warn.notice",
                    projected=stage.projected,
                )
