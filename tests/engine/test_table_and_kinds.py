"""The jurisdiction table's clocks inside the deadline machinery: kind, safe date, holidays.

Where the table (issue #15) and the per-act deadlines (issue #14) meet: each new clock has
its kind, keeps ``file_by`` as counted, moves a state agency's day by that state's holidays,
and gives one deadline per act where both could have given it.
"""

from __future__ import annotations

from datetime import date

from pipv.engine import assess

from .cases import BASE, case


def from_act(c, source):
    return [(d.id, d.rule, d.file_by) for d in assess(c).deadlines if d.source == source]


def report(subject=None, act_id="pa2", day="2026-08-10"):
    found = {
        "id": act_id,
        "kind": "whistleblower_report",
        "date": day,
        "reported_to": "hr",
        "in_writing": True,
        "decision_maker_knew": "yes",
    }
    if subject:
        found["subject"] = subject
    return found


def test_a_wage_complaint_and_a_wages_report_give_one_flsa_family_per_act():
    wage = {**BASE["protected_activities"][0], "kind": "wage_complaint"}
    c = case(**{"protected_activities": [wage, report("wages_hours")]})
    flsa = [x for x in from_act(c, "e1") if x[1] == "flsa.lawsuit"]
    # Wed Sep 2, 2026: 2 years -> Sat Sep 2, 2028; 3 years if willful -> Sun Sep 2, 2029.
    # Court dates, shown as counted; once each, though two complaints came before the act.
    assert flsa == [
        ("flsa_lawsuit", "flsa.lawsuit", date(2028, 9, 2)),
        ("flsa_lawsuit_willful", "flsa.lawsuit", date(2029, 9, 2)),
    ]


def test_california_98_7_is_one_clock_per_act_whatever_the_report_says():
    unsaid = from_act(
        case(**{"employment.work_state": "CA", "protected_activities": [report()]}), "e1"
    )
    safety = from_act(
        case(
            **{
                "employment.work_state": "CA",
                "protected_activities": [report("workplace_safety")],
            }
        ),
        "e1",
    )
    # Lab. Code 98.7(a): one year, Thu Sep 2, 2027. A report whose subject is not said gets the
    # Labor Commissioner's general clock; a safety report the state plan's; never both.
    one_year = date(2027, 9, 2)
    assert ("ca_labor_commissioner", "ca.labor_commissioner", one_year) in unsaid
    assert not any(x[1] == "state.ca.lc98_7" for x in unsaid)
    assert ("osha_safety_complaint", "state.ca.lc98_7", one_year) in safety
    assert not any(x[0] == "ca_labor_commissioner" for x in safety)


def test_the_employer_s_duties_are_not_the_person_s_deadlines():
    c = case(
        **{
            "employment.work_state": "NY",
            "severance.group_exit": True,
            "severance.offer_date": "2026-11-10",
            "severance.release_signed_date": "2026-11-20",
        }
    )
    a = assess(c)
    kinds = {(d.id, d.kind) for d in a.deadlines}
    # GOL 5-336's 21 days are what the employer owes; the 7 days to revoke (Fri Nov 20 + 7
    # = Fri Nov 27, 2026) are the person's own deadline. A group exit shows no WARN date.
    assert ("ny_release_consider", "employer_minimum") in kinds
    assert not any("warn" in d.id for d in a.deadlines)
    assert ("ny_release_revoke", "deadline") in kinds
    assert not any(d.id == "ny_release_consider" for d in a.passed_deadlines)


def test_the_adea_s_earliest_day_to_sue_is_never_a_deadline_to_meet():
    charge = {**BASE["protected_activities"][0], "id": "pa2", "kind": "agency_charge"}
    c = case(
        **{
            "employment.age_40_or_over": True,
            "protected_activities": [charge],
            "protected_activities.0.date": "2026-08-01",
        }
    )
    a = assess(c)
    (earliest,) = [d for d in a.deadlines if d.id == "adea_suit_earliest"]
    # Sat Aug 1, 2026 + 60 days = Wed Sep 30, 2026, before the as-of date (Sun Nov 22): the
    # waiting period is over, which is no reason for alarm.
    assert (earliest.file_by, earliest.kind, earliest.passed) == (
        date(2026, 9, 30),
        "what_if",
        True,
    )
    assert earliest not in a.passed_deadlines and a.nearest_deadline is not earliest


def test_seattle_s_deadline_keeps_washington_s_holidays():
    c = case(**{"employment.work_city": "Seattle", "events.0.date": "2025-04-12"})
    (d,) = [x for x in assess(c).deadlines if x.id == "local_agency_charge" and x.source == "e1"]
    # Sat Apr 12, 2025 + 18 months (SMC 14.04.090) = Mon Oct 12, 2026: Columbus Day, a federal
    # holiday Washington does not keep (RCW 1.16.050). The day stays, counted and safe.
    assert (d.file_by, d.date, d.rolled_forward, d.kind) == (
        date(2026, 10, 12),
        date(2026, 10, 12),
        False,
        "deadline",
    )
