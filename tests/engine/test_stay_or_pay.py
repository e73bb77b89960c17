"""California's stay-or-pay law (AB 692): a bonus repayment it may make void is flagged for the
lawyer on each way of leaving that is not quitting, and the money figures stay as recorded.

The base case (tests/engine/cases.py): Amazon's process, the Pivot meeting on Wed Nov 18,
2026, as of Sun Nov 22, 2026. Its stages end: leave now Nov 22; T1 Nov 25; T2 Dec 25; T3 Jan
1, 2027; a won appeal with no new team March 2, 2027: all before June 1, 2027, the day the
bonus below no longer has to be paid back.
"""

from datetime import date
from decimal import Decimal

from pipv.engine import assess
from pipv.engine.rules import RULES, UNVERIFIED

from .cases import case

FORCED = ("pivot_leave_t1", "plan_fail_t2", "appeal_fail_t3", "appeal_win")


def sign_on(bonus_date: str = "2026-03-02", **more) -> dict:
    """A $20,000 bonus to pay back in full when leaving before June 1, 2027."""
    return {
        "id": "b1",
        "date": bonus_date,
        "amount": "20000.00",
        "repay_if_leave_before": "2027-06-01",
        **more,
    }


def assessed(state: str, *bonuses: dict, process: str = "amazon-focus-pivot"):
    changes = {
        "employment.work_state": state,
        "employment.process": process,
        "compensation.bonuses": list(bonuses),
    }
    a = assess(case(**changes))
    return {s.id: s for s in a.stages}, {q.id: q for q in a.questions}


def test_in_california_a_2026_repayment_is_flagged_on_every_way_out_but_quitting():
    stages, _ = assessed("CA", sign_on())
    # Leaving now is quitting: the law's exception for a sign-on bonus may still allow it.
    assert stages["resign_now"].repayments_in_doubt == ()
    assert "ca.stay_or_pay" not in stages["resign_now"].rules
    # A failed plan, a lost appeal, no new team after a won one: the employer ends the job.
    # The Pivot offer: taking it may not be the person's own choice. All flagged.
    for stage_id in FORCED:
        assert stages[stage_id].bonus_repayments == ("b1",), stage_id
        assert stages[stage_id].repayments_in_doubt == ("b1",), stage_id
        assert "ca.stay_or_pay" in stages[stage_id].rules, stage_id
    # The figures are the case-format contract: the repayment is still subtracted in
    # California, exactly as in Washington, and a lawyer decides whether it is owed.
    washington, _ = assessed("WA", sign_on())
    for stage_id in ("resign_now", *FORCED):
        assert stages[stage_id].bonus == Decimal("-20000.00"), stage_id
        assert stages[stage_id].total == washington[stage_id].total, stage_id


def test_the_lawyer_is_asked_about_the_california_bonus_in_its_own_terms():
    _, asked = assessed("CA", sign_on())
    q = asked["bonus.repayment.ca.b1"]
    assert q.rule == "ca.stay_or_pay" and q.refs == ("b1",)
    assert q.params == {"amount": "$20,000.00", "date": "2026-03-02", "until": "2027-06-01"}
    assert "only if you quit or are fired for misconduct" in q.text
    assert "Would taking a severance offer count as quitting?" in q.text
    # The general question would only repeat it less exactly.
    assert "bonus.repayment" not in asked


def test_outside_california_the_general_question_stays_and_nothing_is_flagged():
    stages, asked = assessed("WA", sign_on())
    assert not any(s.repayments_in_doubt for s in stages.values())
    assert not any("ca.stay_or_pay" in s.rules for s in stages.values())
    assert asked["bonus.repayment"].rule == "bonus.repayment"
    assert not any(q.startswith("bonus.repayment.ca") for q in asked)


def test_a_bonus_paid_before_2026_comes_from_an_agreement_the_law_does_not_reach():
    # The law covers contracts made on or after Jan 1, 2026; an agreement is made before its
    # bonus is paid, so a bonus of Dec 31, 2025 is outside it. Jan 1, 2026 is the first day in.
    stages, asked = assessed("CA", sign_on("2025-12-31"))
    assert not any(s.repayments_in_doubt for s in stages.values())
    assert "bonus.repayment" in asked and "bonus.repayment.ca.b1" not in asked
    stages, asked = assessed("CA", sign_on("2026-01-01"))
    assert stages["plan_fail_t2"].repayments_in_doubt == ("b1",)
    assert "bonus.repayment.ca.b1" in asked


def test_a_bonus_with_no_repayment_term_or_none_owed_raises_nothing():
    # No repayment term: nothing to repay, nothing to flag.
    stages, asked = assessed("CA", sign_on(repay_if_leave_before=None))
    assert not any(s.repayments_in_doubt for s in stages.values())
    assert not any(q.startswith("bonus.repayment") for q in asked)
    # Owed back only before Nov 1, 2026: every stage ends after it, nothing is repaid.
    stages, asked = assessed("CA", sign_on(repay_if_leave_before="2026-11-01"))
    assert not any(s.repayments_in_doubt for s in stages.values())
    assert not any(q.startswith("bonus.repayment") for q in asked)


def test_a_2025_bonus_and_a_2026_bonus_are_each_asked_about_in_their_own_terms():
    old = sign_on("2025-06-02", id="b0")
    stages, asked = assessed("CA", old, sign_on())
    assert stages["plan_fail_t2"].bonus_repayments == ("b0", "b1")
    assert stages["plan_fail_t2"].repayments_in_doubt == ("b1",)
    assert "bonus.repayment" in asked and "bonus.repayment.ca.b1" in asked
    assert "bonus.repayment.ca.b0" not in asked


def test_a_failed_generic_plan_is_the_employer_ending_the_job():
    stages, asked = assessed("CA", sign_on(), process="generic-pip")
    assert stages["resign_now"].repayments_in_doubt == ()
    assert stages["pip_fail"].repayments_in_doubt == ("b1",)
    assert "bonus.repayment.ca.b1" in asked


def test_the_rule_cites_the_statute_and_says_the_agreement_date_is_not_known():
    rule = RULES["ca.stay_or_pay"]
    # Read only in dated law-firm summaries, not in the statute's own text: to be confirmed.
    assert rule.status == UNVERIFIED and rule.as_of == date(2026, 12, 5)
    assert "Bus. & Prof. Code 16608" in rule.citation and "Lab. Code 926" in rule.citation
    assert "AB 692" in rule.citation
    text = rule.explanation
    assert "on or after 2026-01-01" in text
    assert "quit or are fired for misconduct" in text
    assert "leaving now as quitting" in text
    assert "severance offer" in text and "a lawyer decides" in text
    assert "does not know the day the bonus agreement was made" in text
    assert "still subtracts the repayment" in text


def test_a_bonus_not_paid_yet_is_not_called_paid_in_the_lawyers_question():
    # Dec 15, 2026, after the as-of date (Nov 22): the failed plan (Dec 25) would reach it and
    # then owe it back, but on the as-of date it has not been paid.
    _, asked = assessed("CA", sign_on("2026-12-15"))
    text = asked["bonus.repayment.ca.b1"].text
    assert "of $20,000.00 paid 2026-12-15" not in text
    assert "Your bonus of $20,000.00, to be paid 2026-12-15, is to be paid back" in text
