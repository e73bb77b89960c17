"""Every rule in the registry is tested, and the engine really applies it to some case.

Two checks: (1) each rule id appears as a string in at least one other test module of
tests/engine, so a rule added to ``rules.py`` without a behaviour test fails here; (2) a small
set of cases, between them, makes the assessment list every rule, so no rule in the registry
is dead text the report can never show. The behaviour each rule produces (a date, an amount,
a band, a sign, a question) is asserted in the other modules; this one only keeps the lists
honest.
"""

import ast
from pathlib import Path

from pipv.engine import assess, jurisdictions
from pipv.engine.rules import RULES

from .cases import BASE, case

US_STATES_IN_TABLE = tuple(jurisdictions.table().states)

HERE = Path(__file__).resolve().parent

# Rules the assessment itself never lists, with the reason; each still has a behaviour test.
NOT_IN_ASSESSMENTS = {
    # Cited by the grant helper (pipv.engine.vesting.schedule), which pre-fills vest dates for
    # the questionnaire; the assessment reads the user's own vest dates instead.
    "vesting.amazon_pattern",
}


def strings_in_other_test_modules() -> set[str]:
    found: set[str] = set()
    for path in HERE.glob("test_*.py"):
        if path.name == Path(__file__).name:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            # Whole string constants only: f"stage.amazon.{x}" names a family, not a rule.
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_every_rule_id_is_named_in_a_behaviour_test():
    named = strings_in_other_test_modules()
    missing = sorted(rule_id for rule_id in RULES if rule_id not in named)
    assert missing == [], f"rules without a test naming them: {missing}"


def test_the_exceptions_are_real_rules():
    assert NOT_IN_ASSESSMENTS <= set(RULES)


def covering_cases():
    two_activities = [
        {**BASE["protected_activities"][0], "reported_to": "hr", "decision_maker_knew": "unknown"},
        {"id": "pa2", "kind": "whistleblower_report", "date": "2026-08-10"},
        {"id": "pa3", "kind": "concerted_activity", "date": "2026-08-12"},
    ]
    yield case(
        **{
            "employment.age_40_or_over": True,
            "employment.immigration_status": "h1b",
            "employment.manager_change_date": "2026-05-01",
            "employment.last_review": {"date": "2026-03-01", "rating": "exceeds"},
            "protected_activities": two_activities,
            "events": [
                {"id": "e0", "kind": "transfer_restricted", "date": "2026-08-20"},
                {**BASE["events"][0], "contradicting_evidence": "tracker shows it done"},
                BASE["events"][1],
            ],
            "compensation.bonuses": [
                {
                    "id": "b1",
                    "date": "2026-06-01",
                    "amount": "1000.00",
                    "repay_if_leave_before": "2027-06-01",
                }
            ],
        }
    )
    # Every state, DC and PR in the jurisdiction table, each with a notice of right to sue
    # (its time to sue after notice), and Guam for the conservative 180 days.
    for state in (*US_STATES_IN_TABLE, "GU"):
        notice = {"id": "rts", "kind": "right_to_sue_notice", "date": "2026-11-02"}
        yield case(**{"employment.work_state": state, "events": [*BASE["events"], notice]})
    # The city and county agencies.
    yield case(**{"employment.work_state": "NY", "employment.work_city": "New York City"})
    yield case(**{"employment.work_city": "Seattle"})
    yield case(**{"employment.work_state": "IL", "employment.work_city": "Chicago"})
    yield case(**{"employment.work_state": "IL", "employment.work_city": "Evanston"})
    # The federal clocks and state laws that run from an activity: a charge at 40+ in Texas,
    # a whistleblower report in New York and New Jersey, a discrimination complaint, a wage
    # complaint, a group exit and a New York and an Illinois release.
    charge = {**BASE["protected_activities"][0], "id": "pa2", "kind": "agency_charge"}
    yield case(
        **{
            "employment.work_state": "TX",
            "employment.age_40_or_over": True,
            "protected_activities": [charge],
        }
    )
    for state, kind in (
        ("NY", "whistleblower_report"),
        ("NJ", "whistleblower_report"),
        ("IL", "discrimination_complaint"),
    ):
        report = {**BASE["protected_activities"][0], "kind": kind}
        yield case(
            **{
                "employment.work_state": state,
                "protected_activities": [report],
                "severance.group_exit": True,
                "severance.offer_date": "2026-11-20",
            }
        )
    complaint = {**BASE["protected_activities"][0], "kind": "discrimination_complaint"}
    yield case(**{"protected_activities": [complaint]})
    # California Labor Code activity within 90 days (SB 497), a release on the table, and a
    # 2026 bonus to pay back that California's stay-or-pay law may void after a forced exit.
    yield case(
        **{
            "employment.work_state": "CA",
            "protected_activities.0.kind": "wage_complaint",
            "severance.offer_date": "2026-11-20",
            "compensation.bonuses": [
                {
                    "id": "b1",
                    "date": "2026-06-01",
                    "amount": "1000.00",
                    "repay_if_leave_before": "2027-06-01",
                }
            ],
        }
    )
    # An earlier low review, a plan before the activity, no Pivot meeting yet, F-1 OPT.
    yield case(
        **{
            "employment.immigration_status": "f1_opt",
            "employment.last_review": {"date": "2026-03-01", "rating": "below"},
            "protected_activities.0.date": "2026-09-10",
            "events": [{"id": "e1", "kind": "negative_feedback", "date": "2026-09-02"}],
        }
    )
    # A California safety report (the Labor Commissioner's year as the state plan's period;
    # a report whose subject is not said gets it as the Commissioner's general clock, which
    # the wage complaint above covers) and a release signed by a person of 40 or over.
    yield case(
        **{
            "employment.work_state": "CA",
            "employment.age_40_or_over": True,
            "protected_activities.0.kind": "whistleblower_report",
            "protected_activities.0.subject": "workplace_safety",
            "severance.offer_date": "2026-11-18",
            "severance.release_signed_date": "2026-11-20",
        }
    )
    # The generic process, its plan's end recorded.
    yield case(
        **{
            "employment.process": "generic-pip",
            "events": [
                {"id": "e1", "kind": "improvement_plan_start", "date": "2026-11-02"},
                {"id": "e2", "kind": "improvement_plan_end", "date": "2026-12-16"},
            ],
        }
    )
    # An appeal filed after a plan that ended on the day recorded for it.
    plan = [
        {"id": "e3", "kind": "improvement_plan_start", "date": "2026-11-25"},
        {"id": "e4", "kind": "improvement_plan_end", "date": "2026-12-23"},
        {"id": "e5", "kind": "appeal_filed", "date": "2026-12-28"},
    ]
    yield case(as_of="2027-01-05", events=[*BASE["events"], *plan])
    # Only a plan's end recorded, no Pivot meeting: its start is counted back.
    yield case(events=[BASE["events"][0], plan[1]])
    # A Saturday deadline: Guam, Aug 31 + 180 = Sat Feb 27, 2027, rolled to Monday.
    yield case(**{"employment.work_state": "GU", "events.0.date": "2026-08-31"})
    # A Pivot meeting the day before Thanksgiving: the holiday falls within the days to choose.
    yield case(**{"events.1.date": "2026-11-25", "as_of": "2026-11-25"})
    # A job ended by a failed plan, the day the firing was told not on record.
    yield case(
        **{
            "employment.ended_on": "2026-11-20",
            "employment.exit_path": "plan_fail_t2",
        }
    )


def test_some_case_makes_the_assessment_list_every_rule():
    listed: set[str] = set()
    for c in covering_cases():
        listed |= {r.id for r in assess(c).rules}
    never = sorted(set(RULES) - NOT_IN_ASSESSMENTS - listed)
    assert never == [], f"rules no case makes the assessment list: {never}"
    assert not (NOT_IN_ASSESSMENTS & listed), "an exception is listed after all: drop it"
