"""Money at each stage, worked out by hand from the conventions in the foundation issue.

Base case: salary $156,000, so weekly pay = 156,000 / 52 = $3,000. As of Sun Nov 22, 2026.
Pivot meeting Wed Nov 18; decision deadline = 5 business days later = Wed Nov 25.
Vests: v1 Dec 14, 2026 (40 x $100 = $4,000); v2 Feb 1, 2027 (10 x $100 = $1,000).
Amazon defaults (as reported): T1 12 weeks, T2 4, T3 2, extra 0, grace 0, plan 30, appeal 7.
"""

from datetime import date
from decimal import Decimal

import pytest

from pipv.engine import assess

from .cases import BASE, case


def stages(c):
    return {s.id: s for s in assess(c).stages}


def test_leaving_now_is_the_baseline_with_nothing_more():
    s = stages(case())["resign_now"]
    assert s.last_day == date(2026, 11, 22)
    assert (s.severance, s.salary, s.vested_value, s.bonus, s.total) == (0, 0, 0, 0, 0)
    assert s.vests_lost == ("v1", "v2")


def test_taking_the_pivot_offer():
    s = stages(case())["pivot_leave_t1"]
    # Last day = decision deadline (Nov 25) + 0 grace days.
    assert s.last_day == date(2026, 11, 25)
    # 12 x 3,000 = 36,000.00
    assert s.severance == Decimal("36000.00")
    # 156,000 x 3 days / 365 = 1,282.191... -> 1,282.19
    assert s.salary_days == 3 and s.salary == Decimal("1282.19")
    assert s.vested_value == 0
    # 36,000 + 1,282.19 = 37,282.19
    assert s.total == Decimal("37282.19")
    # Both vests fall within 90 days after Nov 25 (19 and 68 days): "just missed", $5,000.
    assert s.just_missed == ("v1", "v2") and s.just_missed_value == Decimal("5000")


def test_failing_the_plan():
    s = stages(case())["plan_fail_t2"]
    # Plan end = deadline Nov 25 + 30 days = Dec 25; + 0 grace.
    assert s.last_day == date(2026, 12, 25)
    # 4 x 3,000 = 12,000; salary 156,000 x 33 / 365 = 14,104.109... -> 14,104.11
    assert s.severance == Decimal("12000.00")
    assert s.salary_days == 33 and s.salary == Decimal("14104.11")
    # v1 (Dec 14) vests before the last day: 40 x 100 = 4,000.
    assert s.vests_kept == ("v1",) and s.vested_value == Decimal("4000")
    # 12,000 + 14,104.11 + 4,000 = 30,104.11
    assert s.total == Decimal("30104.11")


def test_losing_the_appeal():
    s = stages(case())["appeal_fail_t3"]
    # Plan end Dec 25 + 7 appeal days = Jan 1, 2027; 40 days after Nov 22.
    assert s.last_day == date(2027, 1, 1)
    # 2 x 3,000 = 6,000; 156,000 x 40 / 365 = 17,095.890... -> 17,095.89; v1 4,000
    assert s.total == Decimal("6000") + Decimal("17095.89") + Decimal("4000")


def test_winning_the_appeal_without_a_new_team():
    s = stages(case())["appeal_win"]
    # Appeal end Jan 1, 2027 + 60 days of team search = Mar 2, 2027: 100 days after Nov 22
    # (8 + 31 + 31 + 28 + 2). T1 severance 36,000; salary 156,000 x 100 / 365 = 42,739.726...
    assert s.last_day == date(2027, 3, 2) and s.salary_days == 100
    assert s.salary == Decimal("42739.73")
    # Both vests kept: 5,000. Total 36,000 + 42,739.73 + 5,000 = 83,739.73
    assert s.total == Decimal("83739.73")


def test_stage_order_and_what_staying_changes_salary_included():
    a = assess(case())
    last = {s.id: s.last_day for s in a.stages}
    assert last["pivot_leave_t1"] <= last["plan_fail_t2"] <= last["appeal_fail_t3"]
    # No "best" path is named: every path still open is listed, by its last day.
    assert [s.id for s in a.money.open_stages] == [
        "resign_now",
        "pivot_leave_t1",
        "plan_fail_t2",
        "appeal_fail_t3",
        "appeal_win",
    ]
    # Staying to T2 (last day Fri Dec 25) instead of T1 (Wed Nov 25), counted from Sun Nov 22:
    # severance 12,000 - 36,000 = -24,000; salary 156,000 x 33 / 365 = 14,104.11 against
    # 156,000 x 3 / 365 = 1,282.19, so +12,821.92; v1 (Dec 14, 40 x $100) +4,000.
    assert a.money.severance_change == Decimal("-24000.00")
    assert a.money.salary_change == Decimal("12821.92")
    assert a.money.vests_change == Decimal("4000.00")
    assert a.money.net_for_staying == Decimal("-7178.08")
    assert "release of claims" in a.money.release_note


def test_the_users_own_terms_replace_the_reported_defaults():
    c = case(
        **{
            "severance.t1_weeks": "16",
            "severance.extra": "5000.00",
            "severance.grace_days": 14,
        }
    )
    a = assess(c)
    s = {x.id: x for x in a.stages}["pivot_leave_t1"]
    # 16 x 3,000 + 5,000 = 53,000; last day Nov 25 + 14 = Dec 9 (17 days of salary):
    # 156,000 x 17 / 365 = 7,265.753... -> 7,265.75
    assert s.severance == Decimal("53000.00")
    assert s.last_day == date(2026, 12, 9) and s.salary == Decimal("7265.75")
    assert "t1_weeks" not in a.defaults_used and "t2_weeks" in a.defaults_used


def test_a_grace_period_follows_the_pivot_offer_and_a_lost_appeal_but_not_a_failed_plan():
    s = stages(case(**{"severance.grace_days": 14}))
    # Decision deadline Nov 25 + 14 = Dec 9; plan end Nov 25 + 30 = Dec 25, with no grace;
    # appeal end Dec 25 + 7 = Jan 1, 2027, + 14 = Jan 15.
    assert s["pivot_leave_t1"].last_day == date(2026, 12, 9)
    assert s["plan_fail_t2"].last_day == date(2026, 12, 25)
    assert "grace_days" not in s["plan_fail_t2"].uses_defaults
    assert s["appeal_fail_t3"].last_day == date(2027, 1, 15)


def test_without_a_pivot_meeting_the_stages_are_projected_from_today():
    c = case(**{"events": [{"id": "e1", "kind": "negative_feedback", "date": "2026-09-02"}]})
    a = assess(c)
    # Start = as_of Sun Nov 22; + 5 business days of the employer's, Thanksgiving counted
    # (its holidays are not known): Mon 23, Tue 24, Wed 25, Thu 26, Fri 27.
    assert a.timeline.projected and a.timeline.decision_deadline == date(2026, 11, 27)
    assert all(s.projected for s in a.stages if s.id != "resign_now")
    assert any(d.projected for d in a.deadlines)


def test_a_recent_focus_entry_still_projects_from_today_the_earliest_pivot_can_come():
    # A Focus can move to Pivot at any time, so its 30-day next-steps date (Dec 10) would
    # promise days nobody has: the case format projects from the as-of date.
    c = case(**{"events": [{"id": "e1", "kind": "focus_entry", "date": "2026-11-10"}]})
    a = assess(c)
    assert a.timeline.start == date(2026, 11, 22)
    assert a.timeline.decision_deadline == date(2026, 11, 27)


def test_bonuses_count_less_what_must_be_paid_back():
    c = case(
        **{
            "compensation.bonuses": [
                {"id": "b1", "date": "2026-12-01", "amount": "10000.00"},
                {
                    "id": "b2",
                    "date": "2026-06-01",
                    "amount": "20000.00",
                    "repay_if_leave_before": "2027-06-01",
                    "repay_amount": "15000.00",
                },
            ]
        }
    )
    s = stages(c)
    # Leaving now: b1 not reached; b2 already paid but 15,000 is owed back: -15,000.
    assert s["resign_now"].bonus == Decimal("-15000.00")
    # T2 (Dec 25): b1 is paid (+10,000) and b2 is still owed back (-15,000): -5,000.
    assert s["plan_fail_t2"].bonus == Decimal("-5000.00")
    assert "b2" in s["plan_fail_t2"].bonus_repayments


def test_a_generic_plan_fails_at_its_start_plus_its_length():
    c = case(
        **{
            "employment.process": "generic-pip",
            "events": [
                {"id": "e1", "kind": "negative_feedback", "date": "2026-09-02"},
                {"id": "e2", "kind": "improvement_plan_start", "date": "2026-11-02"},
            ],
            "severance.t2_weeks": "2",
            "severance.plan_days": 60,
        }
    )
    s = stages(c)
    assert set(s) == {"resign_now", "pip_fail"}
    # Nov 2 + 60 days = Jan 1, 2027 (40 days after Nov 22); 2 x 3,000 = 6,000;
    # 156,000 x 40 / 365 = 17,095.89; v1 (Dec 14) kept: 4,000.
    p = s["pip_fail"]
    assert p.last_day == date(2027, 1, 1)
    assert p.total == Decimal("6000") + Decimal("17095.89") + Decimal("4000")


def test_leaving_a_generic_plan_now_is_not_named_for_amazons_focus():
    generic = stages(case(**{"employment.process": "generic-pip"}))
    assert generic["resign_now"].funnel_stage == "Warning signs"
    assert stages(case())["resign_now"].funnel_stage == "Warning signs / Focus"


def with_plan_end(end: str, **changes):
    events = [*BASE["events"], {"id": "e9", "kind": "improvement_plan_end", "date": end}]
    return case(events=events, **changes)


def test_a_recorded_plan_end_is_the_plans_last_day_and_what_follows_counts_from_it():
    # The letter says Jan 8, 2027, not the 30 days' Dec 25: T2 ends Jan 8, 2027 (47 days
    # after Nov 22), the appeal 7 days later (Jan 15), and the team search 60 after that.
    s = stages(with_plan_end("2027-01-08"))
    t2, t3, win = s["plan_fail_t2"], s["appeal_fail_t3"], s["appeal_win"]
    assert (t2.last_day, t3.last_day, win.last_day) == (
        date(2027, 1, 8),
        date(2027, 1, 15),
        date(2027, 3, 16),
    )
    # 156,000 x 47 / 365 = 20,087.671... -> 20,087.67
    assert t2.salary_days == 47 and t2.salary == Decimal("20087.67")
    # The plan's length played no part, so its default is not reported as used.
    assert "plan_days" not in t2.uses_defaults and "plan_days" not in t3.uses_defaults
    assert "stage.plan_end_recorded" in t2.rules and "stage.plan_end_recorded" in win.rules
    assert "stage.plan_end_recorded" not in s["pivot_leave_t1"].rules
    # Not yet come: the stage has not passed.
    assert not t2.passed


def test_a_generic_plans_recorded_end_wins_over_its_length():
    c = case(
        **{
            "employment.process": "generic-pip",
            "events": [
                {"id": "e1", "kind": "improvement_plan_start", "date": "2026-10-01"},
                {"id": "e2", "kind": "improvement_plan_end", "date": "2026-12-31"},
            ],
            "severance.plan_days": 60,
        }
    )
    p = stages(c)["pip_fail"]
    # Oct 1 + 60 days would end it on Nov 30; the day recorded is the plan's own.
    assert p.last_day == date(2026, 12, 31) and not p.passed


def test_a_recorded_plan_end_before_the_plan_could_start_is_not_used():
    # Before the decision deadline (Nov 25): the length's Dec 25 stands.
    assert stages(with_plan_end("2026-11-20"))["plan_fail_t2"].last_day == date(2026, 12, 25)


def test_visa_holders_see_when_their_grace_period_ends():
    c = case(
        **{
            "employment.immigration_status": "h1b",
            "employment.visa_valid_until": "2027-09-30",
        }
    )
    s = stages(c)["pivot_leave_t1"]
    # 60 days after the last day (Nov 25): Jan 24, 2027, before the I-94 end.
    assert s.visa_grace_end == date(2027, 1, 24)
    short = case(
        **{
            "employment.immigration_status": "h1b",
            "employment.visa_valid_until": "2026-12-31",
        }
    )
    # 60 days or the I-94 end, whichever is sooner.
    assert stages(short)["pivot_leave_t1"].visa_grace_end == date(2026, 12, 31)


def test_another_visa_gets_no_promised_grace_period_but_a_question():
    # 8 CFR 214.1(l)(2) lists E-1, E-2, E-3, H-1B, H-1B1, L-1, O-1 and TN only; "another
    # visa" may be H-4 or J-1, which have no such grace period.
    c = case(**{"employment.immigration_status": "other_visa"})
    assert all(s.visa_grace_end is None for s in stages(c).values())
    result = assess(c)
    assert not [d for d in result.deadlines if d.id == "visa_grace_end"]
    question = next(q for q in result.questions if q.id == "visa.grace_start")
    assert "E-1, E-2 and H-1B1" in question.text


@pytest.mark.parametrize("stage_id", ["pivot_leave_t1", "plan_fail_t2", "appeal_fail_t3"])
def test_every_paid_stage_names_its_rules(stage_id):
    s = stages(case())[stage_id]
    assert f"stage.amazon.{stage_id}" in s.rules and "money.conventions" in s.rules
    assert "amazon.severance_defaults" in s.rules


def test_every_process_profile_is_complete():
    """A profile names only stages it has, each cited; every stage is an exit path to record."""
    from pipv.engine.case import EXIT_PATHS
    from pipv.engine.processes import PROFILES, STAGE_KEYS
    from pipv.engine.rules import RULES

    for profile in PROFILES.values():
        own = {s.id for s in profile.stages}
        assert set(profile.leave_stages) <= own and set(profile.stay_stages) <= own
        assert set(profile.relevant_terms) <= set(vars(profile.defaults))
        for spec in profile.stages:
            assert spec.rule in RULES and all(r in RULES for r in spec.rules)
            assert set(spec.uses) <= set(profile.relevant_terms)
    # A case file records the job's end as one of the stages, or as some other way.
    assert set(EXIT_PATHS) == set(STAGE_KEYS) | {"other"}
    assert len(set(STAGE_KEYS.values())) == len(STAGE_KEYS)


def test_the_way_a_job_ended_is_counted_to_its_real_last_day():
    # The plan failed and the job ended Thu Dec 10, 2026, before the projected Dec 25. As of
    # Dec 20 no salary is still to come, and v1 (Dec 14) vested after the real last day.
    ended = {"employment.ended_on": "2026-12-10", "employment.exit_path": "plan_fail_t2"}
    c = case(as_of="2026-12-20", **ended)
    s = stages(c)["plan_fail_t2"]
    assert (s.last_day, s.passed, s.projected) == (date(2026, 12, 10), True, False)
    # 4 x 3,000 = 12,000.00 of severance, and nothing else.
    assert (s.salary_days, s.salary, s.vested_value) == (0, 0, 0)
    assert s.total == Decimal("12000.00")
    assert s.vests_lost == ("v1", "v2") and s.just_missed == ("v1", "v2")
    # The day is the real one: no default dated it, and it is not a projection.
    assert s.uses_defaults == ("t2_weeks", "extra")
    assert "stage.projected" not in s.rules
    # The other ways stay as the record of what each would have paid, none past the real
    # last day: T1 ended Nov 25; the appeal's Jan 1, 2027 and leaving "now" are cut to Dec 10,
    # with no salary after it.
    every = stages(c)
    assert every["pivot_leave_t1"].last_day == date(2026, 11, 25)
    for later in ("resign_now", "appeal_fail_t3", "appeal_win"):
        assert every[later].last_day == date(2026, 12, 10) and every[later].salary == 0


def test_an_amazon_plan_counts_from_the_day_recorded_for_its_start():
    # Chosen at the Pivot meeting (Nov 18), the plan started Mon Nov 30, after the decision
    # deadline (Nov 25): 30 days end it on Dec 30, and the appeal 7 days later, Jan 6, 2027.
    events = [*BASE["events"], {"id": "e9", "kind": "improvement_plan_start", "date": "2026-11-30"}]
    s = stages(case(events=events, as_of="2026-12-01"))
    assert s["plan_fail_t2"].last_day == date(2026, 12, 30)
    assert s["appeal_fail_t3"].last_day == date(2027, 1, 6)
    # The Pivot offer still ends with the decision window.
    assert s["pivot_leave_t1"].last_day == date(2026, 11, 25)
    # Chosen before the window closed (Fri Nov 20): the Pivot offer is no longer open, though
    # its window ran to Nov 25.
    events[-1] = {"id": "e9", "kind": "improvement_plan_start", "date": "2026-11-20"}
    early = assess(case(events=events))
    t1 = {s.id: s for s in early.stages}["pivot_leave_t1"]
    assert (t1.last_day, t1.passed) == (date(2026, 11, 25), True)
    assert "pivot_leave_t1" not in {s.id for s in early.money.open_stages}
    events[-1] = {"id": "e9", "kind": "improvement_plan_start", "date": "2026-11-30"}
    # With no Pivot meeting recorded, the plan still counts from its start.
    no_meeting = [e for e in events if e["kind"] != "pivot_meeting"]
    alone = stages(case(events=no_meeting, as_of="2026-12-01"))
    assert alone["plan_fail_t2"].last_day == date(2026, 12, 30)
    # A plan start before the Pivot meeting is another plan: the window's end stands.
    events[-1] = {"id": "e9", "kind": "improvement_plan_start", "date": "2026-11-02"}
    later = case(events=events, as_of="2026-12-01")
    assert stages(later)["plan_fail_t2"].last_day == date(2026, 12, 25)


def test_a_vest_or_bonus_held_by_the_as_of_date_is_never_lost_even_in_a_passed_stage():
    # As of Sun Dec 20, v1 (Dec 14, 40 x $100) and b1 (Dec 1, $10,000) are already the
    # person's. T1 ended Nov 25 and has passed: it loses v2 (Feb 1, 2027, 10 x $100 =
    # $1,000, within 90 days of Nov 25) and b2 (Jan 15, 2027), not what is already held.
    bonuses = [
        {"id": "b1", "date": "2026-12-01", "amount": "10000.00"},
        {"id": "b2", "date": "2027-01-15", "amount": "5000.00"},
    ]
    s = stages(case(as_of="2026-12-20", **{"compensation.bonuses": bonuses}))
    t1 = s["pivot_leave_t1"]
    assert (t1.last_day, t1.passed) == (date(2026, 11, 25), True)
    assert t1.vests_lost == ("v2",) and t1.vests_lost_value == Decimal("1000.00")
    assert t1.just_missed == ("v2",) and t1.just_missed_value == Decimal("1000.00")
    assert t1.bonuses_lost == ("b2",)
    # Nothing held is counted again as money to come: salary 0, stock 0, bonus 0.
    assert (t1.vested_value, t1.bonus, t1.total) == (0, 0, Decimal("36000.00"))
    # Leaving now, on Dec 20, loses the same: v2 and b2.
    now = s["resign_now"]
    assert now.vests_lost == ("v2",) and now.bonuses_lost == ("b2",)


def with_appeal(as_of: str, *appeal: dict, **changes):
    """The base case through a failed plan (started Wed Nov 25, ended Wed Dec 23) and on to
    an appeal: ``appeal`` holds its filing and decision events."""
    events = [
        *BASE["events"],
        {"id": "e3", "kind": "improvement_plan_start", "date": "2026-11-25"},
        {"id": "e4", "kind": "improvement_plan_end", "date": "2026-12-23"},
        *appeal,
    ]
    return case(events=events, as_of=as_of, **changes)


FILED = {"id": "e5", "kind": "appeal_filed", "date": "2026-12-28"}
DECIDED = {"id": "e6", "kind": "appeal_decision", "date": "2027-01-15"}


def test_an_appeal_filed_and_not_decided_is_still_open_its_decision_never_before_as_of():
    # Filed Mon Dec 28: its 7 days would bring the decision on Jan 4, 2027. On Tue Jan 5
    # none is recorded, so it cannot have been lost yet: the decision is projected to Jan 5,
    # the earliest it can come, and T3 is open (no salary left to count: 0 days).
    a = assess(with_appeal("2027-01-05", FILED))
    s = {x.id: x for x in a.stages}
    t3, win = s["appeal_fail_t3"], s["appeal_win"]
    assert (t3.last_day, t3.passed, t3.projected) == (date(2027, 1, 5), False, True)
    assert t3.salary_days == 0 and t3.total == Decimal("6000.00")  # 2 x 3,000
    # Won: Jan 5 + 60 days = Sat Mar 6, 2027, 60 days of salary: 156,000 x 60 / 365 =
    # 25,643.835... -> 25,643.84; v2 (Feb 1, $1,000) kept, v1 (Dec 14) already held.
    assert (win.last_day, win.passed, win.projected) == (date(2027, 3, 6), False, True)
    assert win.salary == Decimal("25643.84") and win.vests_kept == ("v2",)
    assert win.total == Decimal("36000.00") + Decimal("25643.84") + Decimal("1000.00")
    # The appeal was chosen over T2: the failed plan's offer is gone. The rule says how.
    assert s["plan_fail_t2"].passed
    assert all("stage.appeal_recorded" in x.rules for x in (t3, win, s["plan_fail_t2"]))
    assert "stage.plan_end_recorded" not in t3.rules and "stage.projected" not in t3.rules
    assert [x.id for x in a.money.open_stages] == ["resign_now", "appeal_fail_t3", "appeal_win"]
    assert a.money.stay is t3
    # Counted from the filing: the plan's length plays no part, the appeal's does.
    assert "appeal_days" in t3.uses_defaults and "plan_days" not in t3.uses_defaults
    # Before its usual day, the decision is that day, not a projection: Jan 4, 2027, five
    # days after Wed Dec 30 (156,000 x 5 / 365 = 2,136.986... -> 2,136.99).
    early = stages(with_appeal("2026-12-30", FILED))["appeal_fail_t3"]
    assert (early.last_day, early.passed, early.projected) == (date(2027, 1, 4), False, False)
    assert early.salary == Decimal("2136.99")


def test_a_decided_appeal_counts_both_outcomes_from_the_recorded_decision():
    s = stages(with_appeal("2027-01-20", FILED, DECIDED))
    t3, win = s["appeal_fail_t3"], s["appeal_win"]
    # Lost on Fri Jan 15, 2027 with no grace period: the last day was the decision's, passed.
    assert (t3.last_day, t3.passed, t3.projected) == (date(2027, 1, 15), True, False)
    assert t3.salary_days == 0
    # Won: 60 days from the decision, Tue Mar 16, 2027, 55 days after Wed Jan 20
    # (11 + 28 + 16): 156,000 x 55 / 365 = 23,506.849... -> 23,506.85; v2 kept ($1,000).
    assert (win.last_day, win.passed, win.projected) == (date(2027, 3, 16), False, False)
    assert win.salary_days == 55 and win.salary == Decimal("23506.85")
    assert win.total == Decimal("36000.00") + Decimal("23506.85") + Decimal("1000.00")
    # The recorded decision dates both: no default of the plan's or the appeal's length.
    assert not {"plan_days", "appeal_days"} & set(t3.uses_defaults + win.uses_defaults)
    # A grace period follows a lost appeal from its decision: Jan 15 + 14 = Fri Jan 29,
    # still to come, 9 days: 156,000 x 9 / 365 = 3,846.575... -> 3,846.58.
    graced = stages(with_appeal("2027-01-20", FILED, DECIDED, **{"severance.grace_days": 14}))
    t3 = graced["appeal_fail_t3"]
    assert (t3.last_day, t3.passed, t3.salary) == (date(2027, 1, 29), False, Decimal("3846.58"))


def test_an_appeal_filed_the_day_the_plan_ended_closes_the_failed_plans_offer():
    # The plan ended Wed Dec 23 and the appeal was filed the same day: on Dec 23 T2's last
    # day has not passed, but the appeal was chosen over it.
    filed = {"id": "e5", "kind": "appeal_filed", "date": "2026-12-23"}
    s = stages(with_appeal("2026-12-23", filed))
    assert s["plan_fail_t2"].last_day == date(2026, 12, 23) and s["plan_fail_t2"].passed
    # The decision: Dec 23 + 7 = Wed Dec 30.
    assert s["appeal_fail_t3"].last_day == date(2026, 12, 30)


def test_an_appeal_filed_before_the_plans_usual_end_shows_the_plan_ended_then():
    # Plan started Wed Nov 25, no end recorded: by its 30 days it would end Fri Dec 25. An
    # appeal filed Fri Dec 18 is of a failed plan, so the plan had ended by Dec 18: T2 ends
    # then, and T3 (Dec 18 + 7 = Fri Dec 25) never comes before it.
    events = [
        *BASE["events"],
        {"id": "e3", "kind": "improvement_plan_start", "date": "2026-11-25"},
        {"id": "e5", "kind": "appeal_filed", "date": "2026-12-18"},
    ]
    s = stages(case(events=events, as_of="2026-12-20"))
    assert s["plan_fail_t2"].last_day == date(2026, 12, 18)
    assert s["appeal_fail_t3"].last_day == date(2026, 12, 25)


def test_an_appeal_dated_before_a_recorded_plan_end_is_another_plans():
    # The plan's end is recorded (Dec 23): an appeal filed before it cannot be of this plan.
    early = {"id": "e5", "kind": "appeal_filed", "date": "2026-12-01"}
    s = stages(with_appeal("2026-12-20", early))
    assert s["plan_fail_t2"].last_day == date(2026, 12, 23)
    assert s["appeal_fail_t3"].last_day == date(2026, 12, 30)  # Dec 23 + 7, as if none


def only_a_plan_end(end: str, **changes):
    """No Pivot meeting and no plan start: only the plan's end is recorded."""
    events = [BASE["events"][0], {"id": "e9", "kind": "improvement_plan_end", "date": end}]
    return case(events=events, **changes)


GENERIC_PLAN = {"employment.process": "generic-pip", "severance.t2_weeks": "2"}


def test_a_plan_end_recorded_without_its_start_is_the_plans_end_not_a_projection():
    # The plan ended Sun Nov 15, a week before the as-of date: it ends then, and has passed.
    a = assess(only_a_plan_end("2026-11-15", **GENERIC_PLAN, **{"severance.plan_days": 60}))
    p = {s.id: s for s in a.stages}["pip_fail"]
    assert (p.last_day, p.passed, p.projected) == (date(2026, 11, 15), True, False)
    # 2 x 3,000 of severance, no salary after Nov 22; v1 (Dec 14) comes after both days.
    assert (p.salary_days, p.total, p.vests_lost) == (0, Decimal("6000.00"), ("v1", "v2"))
    assert "stage.plan_end_recorded" in p.rules and "stage.projected" not in p.rules
    # The plan's start is unknown: no question says the end came before it could start.
    assert not [q for q in a.questions if q.id.startswith("plan_end.")]
    # Recorded for Fri Dec 18, still to come: the recorded day, not projected, 26 days of
    # salary (156,000 x 26 / 365 = 11,112.328... -> 11,112.33) and v1 kept ($4,000).
    later = assess(only_a_plan_end("2026-12-18", **GENERIC_PLAN, **{"severance.plan_days": 60}))
    p = {s.id: s for s in later.stages}["pip_fail"]
    assert (p.last_day, p.passed, p.projected) == (date(2026, 12, 18), False, False)
    assert p.salary == Decimal("11112.33") and p.vested_value == Decimal("4000.00")
    assert "plan_days" not in p.uses_defaults
    assert not [q for q in later.questions if q.id.startswith("plan_end.")]


def test_an_amazon_plan_end_recorded_without_a_meeting_or_start_counts_from_that_end():
    a = assess(only_a_plan_end("2026-11-20"))
    s = {x.id: x for x in a.stages}
    t1, t2, t3, win = (
        s[i] for i in ("pivot_leave_t1", "plan_fail_t2", "appeal_fail_t3", "appeal_win")
    )
    # The plan ended Fri Nov 20, as recorded: T2 ends then, passed, not projected.
    assert (t2.last_day, t2.passed, t2.projected) == (date(2026, 11, 20), True, False)
    # A plan was entered, so the Pivot offer is gone; its day is counted back by the 30 days
    # (Oct 21) and only that is projected.
    assert (t1.last_day, t1.passed, t1.projected) == (date(2026, 10, 21), True, True)
    assert "plan_days" in t1.uses_defaults and "stage.plan_start_counted_back" in t1.rules
    assert "stage.projected" not in t1.rules and "stage.projected" not in t3.rules
    # The appeal runs 7 days from the recorded end: Fri Nov 27, 5 days of salary
    # (156,000 x 5 / 365 = 2,136.99), still open; won, 60 more days: Tue Jan 26, 2027.
    assert (t3.last_day, t3.passed, t3.projected) == (date(2026, 11, 27), False, False)
    assert t3.salary == Decimal("2136.99")
    assert win.last_day == date(2027, 1, 26)
    assert not a.timeline.projected and a.timeline.plan_end_by_length is None
    assert not [q for q in a.questions if q.id.startswith("plan_end.")]


def test_an_appeal_recorded_without_a_meeting_or_plan_shows_the_plan_had_ended_by_then():
    # Only an appeal is recorded, filed Tue Nov 10. Only a failed plan is appealed: the plan
    # had ended by Nov 10, so neither the Pivot offer nor the failed plan's offer is open on
    # Sun Nov 22 (before, both were projected from the as-of date as still to come).
    filed = {"id": "e5", "kind": "appeal_filed", "date": "2026-11-10"}
    a = assess(case(events=[BASE["events"][0], filed]))
    s = {x.id: x for x in a.stages}
    t1, t2, t3 = s["pivot_leave_t1"], s["plan_fail_t2"], s["appeal_fail_t3"]
    assert (t2.last_day, t2.passed) == (date(2026, 11, 10), True)
    # The offer's day is counted back by the plan's 30 days: Sun Oct 11, passed, projected.
    assert (t1.last_day, t1.passed, t1.projected) == (date(2026, 10, 11), True, True)
    assert "stage.plan_start_counted_back" in t1.rules
    # Nov 10 + 7 = Nov 17, and no decision is recorded: it cannot have been lost yet, so the
    # decision is projected to Nov 22, the as-of date.
    assert (t3.last_day, t3.passed, t3.projected) == (date(2026, 11, 22), False, True)
    assert [x.id for x in a.money.open_stages] == ["resign_now", "appeal_fail_t3", "appeal_win"]
    assert not a.timeline.projected and "stage.projected" not in t3.rules


def test_a_generic_plan_without_a_recorded_start_counts_from_the_meeting_that_announced_it():
    # The base case's meeting of Wed Nov 18 announced the plan: 30 days end it on Fri Dec 18.
    p = stages(case(**GENERIC_PLAN))["pip_fail"]
    assert (p.last_day, p.passed, p.projected) == (date(2026, 12, 18), False, False)
