"""Deadlines that start running: agency charges, lawsuits, release review, visa, COBRA.

From legal-reference §c (filing), §d (releases) and §e (other clocks). Each deadline
names the record item it runs from and the rule that produced it. Agency deadlines
that land on a weekend or federal holiday roll forward (§c.1); court and release
periods are shown as counted, which is the earlier and so the safer date.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import date

from . import jurisdictions
from .calendar import add_business_days, add_days, add_months, add_years, roll_forward
from .case import Case, Event
from .i18n import _
from .stages import Stage, Timeline
from .timing import is_adverse

FMLA_KINDS = frozenset({"fmla_request", "fmla_leave"})

TITLES = {
    "pivot_decision": _("Choose: Pivot offer or improvement plan"),
    "eeoc_charge": _("Last day to file an EEOC charge"),
    "state_agency_charge": _("Last day to file with the state agency"),
    "fmla_lawsuit": _("Last day to sue under the FMLA"),
    "fmla_lawsuit_willful": _("Last day to sue under the FMLA if the violation was willful"),
    "sox_complaint": _("Last day for a SOX complaint to OSHA"),
    "nlra_charge": _("Last day for an NLRB charge"),
    "owbpa_consider": _("Age 40+: the release must give you until at least this day"),
    "owbpa_revoke": _("Age 40+: last day to cancel a signed release"),
    "ca_release_consider": _("California: at least 5 business days to consider the agreement"),
    "visa_grace_end": _("Visa grace period ends"),
    "cobra_election": _("Earliest COBRA election deadline"),
}


@dataclass(frozen=True)
class Deadline:
    id: str
    date: date
    source: str  # the id of the event, stage or record item it runs from
    source_date: datetime.date  # "date" is a field above
    rule: str
    title: str
    days_left: int
    rolled_forward: bool = False
    projected: bool = False
    extra_rules: tuple[str, ...] = ()


def compute_deadlines(
    case: Case, line: Timeline, stages: tuple[Stage, ...]
) -> tuple[Deadline, ...]:
    found: list[Deadline] = []

    def add(
        deadline_id: str,
        day: date,
        source: str,
        source_date: date,
        rule_id: str,
        *,
        roll: bool = False,
        projected: bool = False,
        extra_rules: tuple[str, ...] = (),
    ) -> None:
        final = roll_forward(day) if roll else day
        rolled = final != day
        found.append(
            Deadline(
                id=deadline_id,
                date=final,
                source=source,
                source_date=source_date,
                rule=rule_id,
                title=TITLES[deadline_id],
                days_left=(final - case.as_of).days,
                rolled_forward=rolled,
                projected=projected,
                extra_rules=extra_rules + (("deadline.roll_forward",) if rolled else ()),
            )
        )

    emp = case.employment
    if emp.process == "amazon-focus-pivot" and line.start_event and line.decision_deadline:
        add(
            "pivot_decision", line.decision_deadline, line.start_event, line.start, "pivot.decision"
        )

    adverse = [e for e in case.events if is_adverse(e) and e.date <= case.as_of]
    state = emp.work_state
    # Title VII/ADA: 300 days where a state agency enforces a similar law (the jurisdiction
    # table says which); 180 where the table says none does; the conservative 180 elsewhere.
    entry = jurisdictions.state(state)
    for event in adverse:
        if entry is not None and entry.eeoc_300:
            add(
                "eeoc_charge",
                add_days(event.date, 300),
                event.id,
                event.date,
                "eeoc.charge",
                roll=True,
            )
        else:
            add(
                "eeoc_charge",
                add_days(event.date, 180),
                event.id,
                event.date,
                "eeoc.charge",
                roll=True,
                extra_rules=(entry.rule_id,) if entry else ("eeoc.charge.conservative",),
            )
    # The jurisdiction table's agencies and the new federal and state families (issue #15);
    # imported here because they build on this module's Deadline.
    from .federal_clocks import federal_clocks
    from .state_clocks import agency_charges, state_law_clocks

    found.extend(agency_charges(case, adverse))
    found.extend(federal_clocks(case, adverse, stages))
    found.extend(state_law_clocks(case, adverse, release_offer(case, line)))

    kinds = {a.kind for a in case.protected_activities}
    if kinds & FMLA_KINDS and adverse:
        last = adverse[-1]
        add("fmla_lawsuit", add_years(last.date, 2), last.id, last.date, "fmla.lawsuit")
        add("fmla_lawsuit_willful", add_years(last.date, 3), last.id, last.date, "fmla.lawsuit")
    for kind, deadline_id, count, rule_id in (
        ("whistleblower_report", "sox_complaint", lambda d: add_days(d, 180), "sox.complaint"),
        ("concerted_activity", "nlra_charge", lambda d: add_months(d, 6), "nlra.charge"),
    ):
        since = [a.date for a in case.protected_activities if a.kind == kind]
        if since:
            for event in _after(adverse, min(since)):
                add(deadline_id, count(event.date), event.id, event.date, rule_id, roll=True)

    offer = release_offer(case, line)
    if offer is not None:
        source, offer_date = offer
        if emp.age_40_or_over:
            days = 45 if case.severance.group_exit else 21
            consider = add_days(offer_date, days)
            add("owbpa_consider", consider, source, offer_date, "owbpa.consider")
            signed = case.severance.release_signed_date
            if signed is not None:
                add(
                    "owbpa_revoke",
                    add_days(signed, 7),
                    "severance.release_signed_date",
                    signed,
                    "owbpa.revoke",
                )
            else:
                add("owbpa_revoke", add_days(consider, 7), source, offer_date, "owbpa.revoke")
        if state == "CA":
            add(
                "ca_release_consider",
                add_business_days(offer_date, 5),
                source,
                offer_date,
                "ca.sb331.consider",
            )

    for stage in stages:
        if stage.passed:
            continue
        if stage.visa_grace_end is not None:
            rule_id = "opt.unemployment" if emp.immigration_status == "f1_opt" else "visa.grace"
            add(
                "visa_grace_end",
                stage.visa_grace_end,
                stage.id,
                stage.last_day,
                rule_id,
                projected=stage.projected,
            )
        add(
            "cobra_election",
            add_days(stage.last_day, 60),
            stage.id,
            stage.last_day,
            "cobra.election",
            projected=stage.projected,
        )

    return tuple(sorted(found, key=lambda d: (d.date, d.id, d.source)))


def _after(events: list[Event], since: date) -> list[Event]:
    return [e for e in events if e.date >= since]


def release_offer(case: Case, line: Timeline) -> tuple[str, date] | None:
    """When a release was offered: the user's date, an offer event, or the Pivot meeting."""
    sev = case.severance
    if sev.offer_date is not None:
        return "severance.offer_date", sev.offer_date
    offered = case.latest_event("severance_offer")
    if offered is not None:
        return offered.id, offered.date
    if case.employment.process == "amazon-focus-pivot" and line.start_event and not line.projected:
        return line.start_event, line.start
    if sev.offer_in_hand:
        return "severance.offer_in_hand", case.as_of
    return None
