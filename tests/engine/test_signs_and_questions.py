"""What a lawyer will weigh (legal-reference §a.8, §b.4), the questions for the lawyer, and the
rule each stage names.

The base case (tests/engine/cases.py): an FMLA request pa1 on Tue Aug 4, 2026, told to the
manager, who knew; negative feedback e1 on Wed Sep 2, 2026; the Pivot meeting e2 on Wed
Nov 18, 2026; work state WA (9th Circuit); as of Sun Nov 22, 2026; vests v1 Dec 14, 2026
(40 shares) and v2 Feb 1, 2027 (10 shares) at $100.
"""

from datetime import date
from decimal import Decimal

import pytest

from pipv.engine import assess
from pipv.engine.rules import RULES
from pipv.engine.timing import assess_timing
from pipv.engine.vesting import Grant, schedule

from .cases import BASE, case


def signs(c):
    return {s.id: s for s in assess_timing(c).signs}


def questions(c):
    return {q.id: q for q in assess(c).questions}


def stages(c):
    return {s.id: s for s in assess(c).stages}


def told(reported_to: str, knew: str, **changes):
    """The base case with its activity pa1 reported to ``reported_to`` and the decision maker's
    knowledge of it ``knew`` (the base: the manager, who knew)."""
    return case(
        **{
            "protected_activities.0.reported_to": reported_to,
            "protected_activities.0.decision_maker_knew": knew,
            **changes,
        }
    )


# ---------------------------------------------------------------- bands (§b.3)


def test_every_pair_names_the_band_rule_and_its_band_by_days():
    t = assess_timing(case(**{"employment.work_state": "OH"}))
    found = {(p.activity, p.event): (p.rule, p.days, p.band, p.adjusted_band) for p in t.pairs}
    # Aug 4 -> Sep 2: 27 (rest of Aug) + 2 = 29 days, very close; Aug 4 -> Nov 18: 27 + 30 + 31
    # + 18 = 106 days, weak. Ohio (6th Circuit) shifts nothing; the manager knew.
    assert found == {
        ("pa1", "e1"): ("proximity.band", 29, "very_close", "very_close"),
        ("pa1", "e2"): ("proximity.band", 106, "weak", "weak"),
    }
    # A weak band gives a weak signal whether or not the event is contested (§b.3).
    assert {p.event: p.signal for p in t.pairs}["e2"] == "weak"
    # Without any pair the band rule is still listed, so the report can explain "none".
    alone = assess_timing(case(**{"protected_activities.0.date": "2026-11-20"}))
    assert alone.pairs == () and alone.signal == "none" and "proximity.band" in alone.rules_used


# ---------------------------------------------------------------- signs (§b.4, §a.8)


def test_criticism_recorded_before_the_first_activity_is_a_contrary_sign():
    # The FMLA request moves to Sep 10, after the feedback of Sep 2: e1 predates it.
    s = signs(case(**{"protected_activities.0.date": "2026-09-10"}))["prior_problems"]
    assert (s.direction, s.rule, s.refs) == ("contrary", "signs.prior_problems", ("e1",))
    # In the base case the feedback follows the request: no such sign.
    assert "prior_problems" not in signs(case())


def test_a_below_expectations_review_is_a_prior_problem_too():
    s = signs(case(**{"employment.last_review": {"date": "2026-03-01", "rating": "below"}}))
    low = s["prior_low_rating"]
    assert (low.direction, low.rule, low.refs) == (
        "contrary",
        "signs.prior_problems",
        ("employment.last_review",),
    )
    # A review of "none" is neither favourable nor a prior problem.
    none = signs(case(**{"employment.last_review": {"date": "2026-03-01", "rating": "none"}}))
    assert "prior_low_rating" not in none and "prior_favourable" not in none


def test_a_decision_maker_who_did_not_know_is_a_contrary_sign():
    s = signs(told("manager", "no"))["no_knowledge"]
    assert (s.direction, s.rule, s.refs) == ("contrary", "proximity.knowledge", ("pa1",))
    assert "no_knowledge" not in signs(case())


@pytest.mark.parametrize("channel", ["hr", "ethics_line", "agency"])
def test_an_activity_reported_elsewhere_makes_knowledge_a_question_of_fact(channel):
    c = told(channel, "unknown")
    s = signs(c)["indirect_knowledge"]
    assert (s.direction, s.rule, s.refs) == ("either", "signs.independent_knowledge", ("pa1",))
    # Washington is in the 9th Circuit: the plain wording, not the 2d Circuit's.
    assert "question of fact" in s.text and "2nd Circuit" not in s.text
    q = questions(c)["knowledge.indirect"]
    assert q.rule == "signs.independent_knowledge"


def test_in_the_second_circuit_general_company_knowledge_may_be_enough():
    c = told("hr", "no", **{"employment.work_state": "NY"})
    s = signs(c)["indirect_knowledge"]
    # Gordon v. N.Y.C. Bd. of Educ. (2d Cir. 2000): general corporate knowledge.
    assert "2nd Circuit general company knowledge may be enough" in s.text
    assert s.refs == ("pa1",)


def test_no_indirect_knowledge_sign_when_the_manager_knew_or_was_told():
    told_hr_knew = told("hr", "yes")
    assert "indirect_knowledge" not in signs(told_hr_knew)
    assert "knowledge.indirect" not in questions(told_hr_knew)
    told_manager = told("manager", "unknown")
    assert "indirect_knowledge" not in signs(told_manager)
    # Reported to HR but after every adverse event (Nov 20): nothing to pair, no sign.
    after = told("hr", "unknown", **{"protected_activities.0.date": "2026-11-20"})
    assert "indirect_knowledge" not in signs(after)


def test_a_good_review_counts_only_within_twelve_months_before_the_first_adverse_event():
    # The first adverse event after the activity is e1, Sep 2, 2026; 365 days earlier is
    # Sep 2, 2025 (no Feb 29 between them).
    inside = signs(case(**{"employment.last_review": {"date": "2025-09-02", "rating": "meets"}}))
    s = inside["prior_favourable"]
    assert (s.direction, s.rule, s.refs) == (
        "supporting",
        "signs.prior_favourable",
        ("employment.last_review",),
    )
    outside = signs(case(**{"employment.last_review": {"date": "2025-09-01", "rating": "meets"}}))
    assert "prior_favourable" not in outside


def test_an_award_or_promotion_track_before_the_criticism_is_favourable():
    c = case(
        **{
            "events": [
                {"id": "f1", "kind": "award", "date": "2026-05-01"},
                {"id": "f2", "kind": "promotion_track", "date": "2026-06-01"},
                *BASE["events"],
            ]
        }
    )
    assert signs(c)["prior_favourable"].refs == ("f1", "f2")


def test_a_manager_change_within_180_days_before_the_first_adverse_event():
    # Mar 6, 2026 -> Sep 2, 2026: 25 (rest of Mar) + 30 + 31 + 30 + 31 + 31 + 2 = 180 days.
    s = signs(case(**{"employment.manager_change_date": "2026-03-06"}))["manager_change"]
    assert (s.direction, s.rule, s.refs) == (
        "either",
        "signs.manager_change",
        ("employment.manager_change_date",),
    )
    # Mar 5 is 181 days before: outside the window.
    assert "manager_change" not in signs(case(**{"employment.manager_change_date": "2026-03-05"}))
    # A manager_change event counts the same way.
    event = case(
        **{
            "events": [
                {"id": "m1", "kind": "manager_change", "date": "2026-07-01"},
                *BASE["events"],
            ]
        }
    )
    assert signs(event)["manager_change"].refs == ("m1",)


def test_contradicting_evidence_transfer_restriction_and_several_activities_name_their_rules():
    contradicted = signs(case(**{"events.0.contradicting_evidence": "tracker shows it done"}))
    assert contradicted["contradicting_evidence"].rule == "signs.contradicting_evidence"
    assert contradicted["contradicting_evidence"].direction == "supporting"

    blocked = signs(case(**{"events.0.kind": "transfer_restricted"}))["transfer_restricted"]
    assert (blocked.rule, blocked.refs) == ("signs.transfer_restricted", ("e1",))
    # A transfer restricted before the first activity (request moved to Sep 10) is no sign.
    earlier = case(
        **{"events.0.kind": "transfer_restricted", "protected_activities.0.date": "2026-09-10"}
    )
    assert "transfer_restricted" not in signs(earlier)

    two = case(
        **{
            "protected_activities": [
                *BASE["protected_activities"],
                {"id": "pa2", "kind": "harassment_complaint", "date": "2026-08-20"},
            ]
        }
    )
    several = signs(two)["several_activities"]
    assert (several.rule, several.refs) == ("signs.several_activities", ("pa1", "pa2"))


# ---------------------------------------------------------------- questions for the lawyer


def test_an_unknown_knowledge_answer_becomes_a_question():
    c = told("manager", "unknown")
    q = questions(c)["knowledge.pa1"]
    assert (q.rule, q.refs) == ("proximity.knowledge", ("pa1",))
    assert "2026-08-04" in q.text


def test_taking_t1_raises_the_unemployment_question_only_for_the_pivot_process():
    q = questions(case())["unemployment.t1"]
    assert q.rule == "unemployment.after_severance"
    generic = case(**{"employment.process": "generic-pip"})
    assert "unemployment.t1" not in questions(generic)


def test_the_unemployment_question_about_the_pivot_offer_is_asked_only_while_it_can_be_taken():
    # The base: the Pivot meeting on Wed Nov 18, 2026, its 5 business days end Wed Nov 25;
    # as of Sun Nov 22 the offer is still on the table, so taking it is a choice to weigh.
    assert "unemployment.t1" in questions(case())
    # As of Fri Nov 27 the window has closed without the offer taken: it is gone.
    assert "unemployment.t1" not in questions(case(as_of="2026-11-27"))
    # A plan chosen at the meeting leaves no offer to take either.
    plan = {"id": "e9", "kind": "improvement_plan_start", "date": "2026-11-19"}
    assert "unemployment.t1" not in questions(case(events=[*BASE["events"], plan]))
    # The job ended after a lost appeal: "if you take the Pivot offer" no longer fits.
    assert "unemployment.t1" not in questions(ended("appeal_fail_t3"))
    # The job ended by taking the offer: whether that was a quit is the question itself.
    assert "unemployment.t1" in questions(ended("pivot_leave_t1"))
    # With 14 days of grace the offer's last day is Wed Dec 9: on Fri Nov 27 someone who took
    # it is still employed and cannot say so yet, so the question stays until Dec 9.
    graced = {"severance.grace_days": 14}
    assert "unemployment.t1" in questions(case(as_of="2026-11-27", **graced))
    assert "unemployment.t1" not in questions(case(as_of="2026-12-10", **graced))


@pytest.mark.parametrize(
    ("status", "rule_id"),
    [
        ("h1b", "visa.grace"),
        ("l1", "visa.grace"),
        ("tn", "visa.grace"),
        ("other_visa", "visa.grace"),
        ("f1_opt", "opt.unemployment"),
        ("citizen_or_permanent_resident", None),
        ("prefer_not_to_say", None),
    ],
)
def test_visa_holders_are_asked_when_their_grace_period_starts(status, rule_id):
    q = questions(case(**{"employment.immigration_status": status})).get("visa.grace_start")
    assert (q.rule if q else None) == rule_id


@pytest.mark.parametrize(
    ("valid_until", "asked"),
    [
        (date(2020, 1, 1), True),  # years before the as-of date, Nov 22, 2026
        (date(2026, 11, 21), True),  # the day before it
        (date(2026, 11, 22), False),  # valid through the as-of date
        (None, False),
    ],
)
def test_a_visa_status_that_ended_before_the_as_of_date_is_a_question_with_its_date(
    valid_until, asked
):
    c = case(
        **{
            "employment.immigration_status": "h1b",
            "employment.visa_valid_until": valid_until.isoformat() if valid_until else None,
        }
    )
    q = questions(c).get("visa.valid_until_passed")
    assert (q is not None) == asked
    if asked:
        assert q.rule == "visa.grace"
        assert valid_until.isoformat() in q.text
        # The stages show no grace after the last day: status ended on the I-94's day.
        for stage in stages(c).values():
            assert stage.visa_grace_end == valid_until < stage.last_day


@pytest.mark.parametrize(
    ("kind", "asked"),
    [
        ("fmla_request", True),
        ("fmla_leave", True),
        ("ada_accommodation_request", False),
        ("wage_complaint", False),
    ],
)
def test_an_fmla_activity_asks_which_causation_test_applies(kind, asked):
    q = questions(case(**{"protected_activities.0.kind": kind})).get("fmla.causation")
    assert (q is not None) == asked
    if q:
        assert q.rule == "fmla.causation_split"


def test_a_recorded_plan_end_that_differs_from_the_plan_length_is_a_question():
    # Decision deadline Wed Nov 25 + 30 plan days = Fri Dec 25, 2026.
    differs = case(
        **{
            "events": [
                *BASE["events"],
                {"id": "e3", "kind": "improvement_plan_end", "date": "2026-12-20"},
            ]
        }
    )
    q = questions(differs)["plan_end.differs"]
    # The stages use the recorded day; the question asks for it to be checked.
    assert (q.rule, q.refs) == ("stage.plan_end_recorded", ("e3",))
    assert "2026-12-20" in q.text and "2026-12-25" in q.text
    assert "The stages use 2026-12-20" in q.text
    same = case(
        **{
            "events": [
                *BASE["events"],
                {"id": "e3", "kind": "improvement_plan_end", "date": "2026-12-25"},
            ]
        }
    )
    assert "plan_end.differs" not in questions(same)
    # Before the plan could start (the decision deadline, Nov 25): the length's day is used.
    early = case(
        **{
            "events": [
                *BASE["events"],
                {"id": "e3", "kind": "improvement_plan_end", "date": "2026-11-20"},
            ]
        }
    )
    q = questions(early)["plan_end.too_early"]
    assert (q.rule, q.refs) == ("money.conventions", ("e3",))
    assert "the stages use 2026-12-25" in q.text


def test_a_generic_plan_end_is_checked_against_its_start_plus_its_length():
    def generic(end):
        return case(
            **{
                "employment.process": "generic-pip",
                "events": [
                    {"id": "e1", "kind": "improvement_plan_start", "date": "2026-11-02"},
                    {"id": "e2", "kind": "improvement_plan_end", "date": end},
                ],
            }
        )

    # Nov 2 + 30 days = Dec 2, 2026.
    assert "plan_end.differs" not in questions(generic("2026-12-02"))
    assert questions(generic("2026-12-16"))["plan_end.differs"].refs == ("e2",)


def test_vests_just_missed_by_the_offer_stage_become_one_question():
    qs = questions(case())
    # T1 ends Nov 25; v1 (Dec 14, 19 days later) and v2 (Feb 1, 68 days later) are within 90
    # days: 40 x $100 + 10 x $100 = $5,000.00. Only the first paying stage asks.
    q = qs["vesting.pivot_leave_t1"]
    assert (q.rule, q.refs) == ("vesting.just_missed", ("v1", "v2"))
    assert "Leaving on 2026-11-25 loses vests worth $5,000.00 within 90 days" in q.text
    assert [k for k in qs if k.startswith("vesting.")] == ["vesting.pivot_leave_t1"]


def test_a_generic_plan_asks_about_the_vests_its_failure_would_miss():
    c = case(
        **{
            "employment.process": "generic-pip",
            "events": [{"id": "e1", "kind": "improvement_plan_start", "date": "2026-11-02"}],
        }
    )
    # Plan ends Nov 2 + 30 = Dec 2, 2026; v1 is 12 days later and v2 61 days later (29 + 31 + 1):
    # both missed, $5,000.00.
    q = questions(c)["vesting.pip_fail"]
    assert q.refs == ("v1", "v2") and "$5,000.00" in q.text


def test_when_the_plan_has_already_failed_the_baseline_asks():
    c = case(
        **{
            "employment.process": "generic-pip",
            "events": [{"id": "e1", "kind": "improvement_plan_start", "date": "2026-10-01"}],
        }
    )
    # Oct 1 + 30 = Oct 31, before as of Nov 22: pip_fail has passed. Leaving now (Nov 22) misses
    # v1 (22 days later) and v2 (8 + 31 + 31 + 1 = 71 days later).
    assert stages(c)["pip_fail"].passed
    q = questions(c)["vesting.resign_now"]
    assert q.refs == ("v1", "v2") and "Leaving on 2026-11-22" in q.text


def test_no_vesting_question_when_no_vest_is_near():
    far = case(**{"compensation.vests": [{"id": "v1", "date": "2028-05-01", "shares": "10"}]})
    assert not [k for k in questions(far) if k.startswith("vesting.")]


def test_the_pivot_choice_before_the_owbpa_window_is_asked_only_at_40_and_over():
    # Pivot choice Nov 25 against the 21 days to Dec 9.
    q = questions(case(**{"employment.age_40_or_over": True}))["owbpa.pivot_conflict"]
    assert q.rule == "owbpa.consider" and q.refs == ("e2",)
    assert "2026-11-25" in q.text and "2026-12-09" in q.text
    assert "owbpa.pivot_conflict" not in questions(case())


# ---------------------------------------------------------------- the rule each stage names


def test_each_stage_names_its_own_rule():
    s = stages(case())
    assert "stage.resign_now" in s["resign_now"].rules
    assert "stage.amazon.pivot_leave_t1" in s["pivot_leave_t1"].rules
    assert "pivot.decision" in s["pivot_leave_t1"].rules
    assert "stage.amazon.plan_fail_t2" in s["plan_fail_t2"].rules
    assert "stage.amazon.appeal_fail_t3" in s["appeal_fail_t3"].rules
    assert "stage.amazon.appeal_win" in s["appeal_win"].rules
    # The baseline pays no severance: no Amazon figures behind it.
    assert "amazon.severance_defaults" not in s["resign_now"].rules
    # T1 misses both vests (within 90 days of Nov 25); appeal_win (Mar 2, 2027) keeps both.
    assert "vesting.just_missed" in s["pivot_leave_t1"].rules
    assert "vesting.just_missed" not in s["appeal_win"].rules
    generic = stages(case(**{"employment.process": "generic-pip"}))
    assert "stage.generic.pip_fail" in generic["pip_fail"].rules


def test_projected_stages_name_the_projection_rule():
    c = case(**{"events": [{"id": "e1", "kind": "negative_feedback", "date": "2026-09-02"}]})
    s = stages(c)
    assert all("stage.projected" in s[k].rules for k in s if k != "resign_now")
    assert "stage.projected" not in s["resign_now"].rules
    # With the Pivot meeting on record nothing is projected.
    assert not any("stage.projected" in x.rules for x in stages(case()).values())


def test_a_bonus_owed_back_in_full_until_its_date_and_not_on_it():
    c = case(
        **{
            "compensation.bonuses": [
                {
                    "id": "b1",
                    "date": "2026-06-01",
                    "amount": "20000.00",
                    "repay_if_leave_before": "2027-01-01",
                }
            ]
        }
    )
    s = stages(c)
    # No repay_amount: the whole $20,000 is owed back by stages ending before Jan 1, 2027.
    for stage_id in ("resign_now", "pivot_leave_t1", "plan_fail_t2"):
        assert s[stage_id].bonus == Decimal("-20000.00"), stage_id
        assert "bonus.repayment" in s[stage_id].rules
    # T3 ends on Jan 1, 2027 itself: not before the date, nothing owed; the bonus was paid
    # before as of, so it adds nothing either.
    assert s["appeal_fail_t3"].bonus == 0 and "bonus.repayment" not in s["appeal_fail_t3"].rules
    # T3 total: 2 x 3,000 + 156,000 x 40 / 365 (17,095.89) + v1 4,000 = 27,095.89.
    assert s["appeal_fail_t3"].total == Decimal("27095.89")
    # T2 total: 12,000 + 14,104.11 + 4,000 - 20,000 = 10,104.11.
    assert s["plan_fail_t2"].total == Decimal("10104.11")
    assert questions(c)["bonus.repayment"].rule == "bonus.repayment"


def test_a_repayment_date_before_the_bonus_date_never_takes_anything_back():
    c = case(
        **{
            "compensation.bonuses": [
                {
                    "id": "b1",
                    "date": "2026-12-01",
                    "amount": "10000.00",
                    "repay_if_leave_before": "2026-11-01",
                }
            ]
        }
    )
    s = stages(c)
    # Paid Dec 1, 2026: T1 (Nov 25) does not get it; T2 (Dec 25) gets the full $10,000.
    assert s["pivot_leave_t1"].bonus == 0 and s["pivot_leave_t1"].bonuses_lost == ("b1",)
    assert s["plan_fail_t2"].bonus == Decimal("10000.00")
    assert not any(x.bonus_repayments for x in s.values())


def test_the_reported_amazon_vesting_pattern_rule_matches_the_grant_helper():
    r = RULES["vesting.amazon_pattern"]
    assert r.needs_confirmation and "5% after year 1, 15% after year 2" in r.explanation
    vests = schedule(Grant(date(2024, 3, 15), Decimal("200"), "amazon_5_15_40_40"))
    # 5% of 200 = 10 at 12 months, 15% = 30 at 24, then 20% = 40 at 30, 36, 42 and 48 months.
    assert [(v.date, v.shares) for v in vests] == [
        (date(2025, 3, 15), 10),
        (date(2026, 3, 15), 30),
        (date(2026, 9, 15), 40),
        (date(2027, 3, 15), 40),
        (date(2027, 9, 15), 40),
        (date(2028, 3, 15), 40),
    ]


def ended(exit_path: str | None, *events):
    """The base case, the job ended on Fri Nov 20, 2026 the way ``exit_path`` says, with the
    base events and ``events`` (kind, date)."""
    extra = [{"id": f"x{i}", "kind": k, "date": d} for i, (k, d) in enumerate(events)]
    return case(
        **{
            "employment.ended_on": "2026-11-20",
            "employment.exit_path": exit_path,
            "events": [*BASE["events"], *extra],
        }
    )


def test_a_firing_without_the_day_it_was_told_asks_for_that_day_instead_of_guessing():
    # Ricks: the charge deadlines run from the day the decision was told, which may come
    # before the last day, so pipv asks rather than count from the last day.
    c = ended("plan_fail_t2")
    asked = questions(c)["firing_day"]
    assert (asked.code, asked.rule) == ("firing_day", "charge.firing_day")
    assert asked.params == {"date": "2026-11-20"}
    assert "Delaware State College v. Ricks" in RULES["charge.firing_day"].citation
    # A way of leaving not said may be a firing too: asked, without saying it was one.
    for way in ("other", None, "appeal_win"):
        assert questions(ended(way))["firing_day"].code == "firing_day.if_fired", way


def test_the_act_that_ended_the_job_on_or_before_the_last_day_answers_the_question():
    assert "firing_day" not in questions(
        ended("plan_fail_t2", ("termination_notice", "2026-11-20"))
    )
    plan = (("improvement_plan_start", "2026-11-02"), ("improvement_plan_end", "2026-11-19"))
    assert "firing_day" not in questions(ended("plan_fail_t2", *plan))
    # The plan's end is not a firing told when the job ended some other way.
    assert "firing_day" in questions(ended("other", *plan))


def test_an_act_dated_after_the_last_day_leaves_the_day_told_unknown():
    # A letter after the last day may only confirm what was said before it.
    assert "firing_day" in questions(ended("plan_fail_t2", ("termination_notice", "2026-11-21")))
    # The plan's end as written, still to come when the person was let go before it.
    plan = (("improvement_plan_start", "2026-11-02"), ("improvement_plan_end", "2026-12-18"))
    assert "firing_day" in questions(ended("plan_fail_t2", *plan))
    generic = case(
        **{
            "employment.process": "generic-pip",
            "employment.ended_on": "2026-11-20",
            "employment.exit_path": "pip_fail",
            "events": [
                {"id": "e1", "kind": "improvement_plan_start", "date": "2026-11-02"},
                {"id": "e2", "kind": "improvement_plan_end", "date": "2026-12-18"},
            ],
        }
    )
    assert questions(generic)["firing_day"].code == "firing_day"


def test_an_appeal_decision_is_not_the_day_a_lost_plan_was_told():
    # An appeal of the decision does not move its day (Electrical Workers v. Robbins & Myers).
    appeal = (("appeal_filed", "2026-11-10"), ("appeal_decision", "2026-11-17"))
    assert "firing_day" in questions(ended("appeal_fail_t3", *appeal))
    plan = (("improvement_plan_start", "2026-10-01"), ("improvement_plan_end", "2026-11-06"))
    assert "firing_day" not in questions(ended("appeal_fail_t3", *plan, *appeal))


def test_leaving_on_ones_own_or_a_job_still_going_asks_nothing_of_a_firing():
    assert "firing_day" not in questions(ended("resign_now"))
    assert "firing_day" not in questions(ended("pivot_leave_t1"))
    assert "firing_day" not in questions(case())


def test_opt_days_without_a_job_used_up_are_asked_about():
    # 8 CFR 214.2(f)(10)(ii)(E): 90 days in all, 150 with the STEM extension.
    def opt(used, stem=False):
        return questions(
            case(
                **{
                    "employment.immigration_status": "f1_opt",
                    "employment.opt_unemployment_days_used": used,
                    "employment.opt_stem_extension": stem,
                }
            )
        )

    used_up = opt(120)["visa.opt_days_used_up"]
    assert used_up.rule == "opt.unemployment"
    assert used_up.params == {"used": 120, "allowed": 90}
    assert "You have used 120 days without a job on OPT, and OPT allows 90" in used_up.text
    assert "visa.opt_days_used_up" in opt(90)
    assert "visa.opt_days_used_up" not in opt(89)
    assert "visa.opt_days_used_up" not in opt(120, stem=True)
    assert opt(150, stem=True)["visa.opt_days_used_up"].params["allowed"] == 150
