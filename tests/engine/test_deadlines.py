"""Deadlines that start running (§c-§e), each from its source and with its rule."""

from datetime import date

from pipv.engine import assess

from .cases import case


def deadlines(c):
    return [(d.id, d.source, d.date) for d in assess(c).deadlines]


def find(c, deadline_id, source=None):
    return next(
        d
        for d in assess(c).deadlines
        if d.id == deadline_id and (source is None or d.source == source)
    )


def test_the_pivot_choice_is_due_five_business_days_after_the_meeting():
    d = find(case(), "pivot_decision")
    assert (d.date, d.source, d.days_left) == (date(2026, 11, 25), "e2", 3)
    assert d.rule == "pivot.decision"


def test_eeoc_charges_run_300_days_in_washington_and_roll_off_weekends():
    # Sep 2, 2026 + 300 days = Jun 29, 2027 (Sep 28 + Oct 31 + Nov 30 + Dec 31 + Jan 31 +
    # Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 29 = 300), a Tuesday.
    assert find(case(), "eeoc_charge", "e1").date == date(2027, 6, 29)
    # Nov 18, 2026 + 300 days = Sep 14, 2027 (a Tuesday).
    assert find(case(), "eeoc_charge", "e2").date == date(2027, 9, 14)
    # Guam is not in the jurisdiction table: the conservative 180 days.
    # Sep 2 + 180 = Mar 1, 2027, a Monday.
    guam = find(case(**{"employment.work_state": "GU"}), "eeoc_charge", "e1")
    assert guam.date == date(2027, 3, 1) and "eeoc.charge.conservative" in guam.extra_rules
    # Aug 31 + 180 = Feb 27, 2027, a Saturday: rolls to Monday Mar 1.
    rolled = find(
        case(**{"employment.work_state": "GU", "events.0.date": "2026-08-31"}), "eeoc_charge", "e1"
    )
    assert rolled.date == date(2027, 3, 1) and rolled.rolled_forward


def test_washington_state_charge_is_six_months():
    # Sep 2, 2026 + 6 months = Mar 2, 2027 (a Tuesday).
    d = find(case(), "state_agency_charge", "e1")
    assert d.date == date(2027, 3, 2) and d.rule == "state.wa.wshrc"


def test_fmla_lawsuit_runs_two_years_three_if_willful_from_each_adverse_event():
    # 29 U.S.C. 2617(c): each act has its own clock, so the earliest runs out first.
    # e1 Wed Sep 2, 2026 + 2 years = Sat Sep 2, 2028; e2 Wed Nov 18, 2026 -> Sat Nov 18, 2028.
    assert find(case(), "fmla_lawsuit", "e1").date == date(2028, 9, 2)
    assert find(case(), "fmla_lawsuit", "e2").date == date(2028, 11, 18)
    assert find(case(), "fmla_lawsuit_willful", "e1").date == date(2029, 9, 2)
    assert find(case(), "fmla_lawsuit_willful", "e2").date == date(2029, 11, 18)
    # The first one listed is the earliest act's.
    assert find(case(), "fmla_lawsuit").source == "e1"


def test_release_review_for_workers_40_and_over():
    c = case(
        **{
            "employment.age_40_or_over": True,
            "severance.offer_in_hand": True,
            "severance.offer_date": "2026-11-18",
        }
    )
    # 21 days to consider: Nov 18 + 21 = Dec 9, the least the employer must give, not the
    # person's deadline. Nothing is signed yet, so there is no 7-day revocation date at all.
    consider = find(c, "owbpa_consider")
    assert (consider.date, consider.kind) == (date(2026, 12, 9), "employer_minimum")
    assert "owbpa_revoke" not in {d[0] for d in deadlines(c)}
    group = case(
        **{
            "employment.age_40_or_over": True,
            "severance.offer_in_hand": True,
            "severance.offer_date": "2026-11-18",
            "severance.group_exit": True,
        }
    )
    # An exit offered to a group: 45 days, Nov 18 + 45 = Jan 2, 2027.
    assert find(group, "owbpa_consider").date == date(2027, 1, 2)
    under_40 = case(**{"severance.offer_in_hand": True, "severance.offer_date": "2026-11-18"})
    assert "owbpa_consider" not in {d[0] for d in deadlines(under_40)}


def test_the_pivot_deadline_before_the_owbpa_window_is_a_question_for_the_lawyer():
    c = case(
        **{
            "employment.age_40_or_over": True,
            "severance.offer_in_hand": True,
            "severance.offer_date": "2026-11-18",
        }
    )
    assert any(q.id == "owbpa.pivot_conflict" for q in assess(c).questions)


def test_cobra_and_visa_clocks_start_at_each_stages_last_day():
    c = case(**{"employment.immigration_status": "h1b"})
    # T1 ends Nov 25: COBRA election at the earliest 60 days later, Jan 24, 2027; the visa
    # grace period (60 days) ends the same day.
    assert find(c, "cobra_election", "pivot_leave_t1").date == date(2027, 1, 24)
    assert find(c, "visa_grace_end", "pivot_leave_t1").date == date(2027, 1, 24)
    assert "visa_grace_end" not in {d[0] for d in deadlines(case())}


def test_deadlines_are_sorted_and_count_days_from_as_of():
    found = assess(case()).deadlines
    assert [d.date for d in found] == sorted(d.date for d in found)
    for d in found:
        assert d.days_left == (d.date - date(2026, 11, 22)).days
