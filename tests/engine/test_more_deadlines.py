"""More deadlines (legal-reference §c-§e): every state agency, SOX, NLRB, SB 331, OWBPA, OPT.

Every expected date is worked out by hand in the comment beside it. The base case
(tests/engine/cases.py) has two adverse events: e1, negative feedback on Wed Sep 2, 2026, and
e2, the Pivot meeting on Wed Nov 18, 2026; as of Sun Nov 22, 2026.

Federal holidays used below (US federal calendar, as observed):
Labor Day 2028 = first Monday of September = Mon Sep 4, 2028 (Sep 1, 2028 is a Friday);
Labor Day 2029 = Mon Sep 3, 2029 (Sep 1, 2029 is a Saturday);
Washington's Birthday 2027 = third Monday of February = Mon Feb 15, 2027 (Feb 1 is a Monday);
Thanksgiving 2026 = Thu Nov 26, 2026.
"""

from datetime import date

import pytest

from pipv.engine import assess
from pipv.engine.rules import RULES

from .cases import by_act, case, two_acts


def find(c, deadline_id, source=None):
    found = by_act(c, deadline_id)
    if source is None:
        assert len(found) == 1, found
        return next(iter(found.values()))
    return found[source]


# ---------------------------------------------------------------- state agency charges (§c.2/c.3)


@pytest.mark.parametrize(
    ("state", "rule_id", "from_e1", "from_e2"),
    [
        # WA, 6 calendar months: Sep 2, 2026 -> Mar 2, 2027 (Tue);
        # Nov 18, 2026 -> May 18, 2027 (Tue).
        ("WA", "state.wa.wshrc", date(2027, 3, 2), date(2027, 5, 18)),
        # CA, 3 years: Sep 2, 2029 is a Sunday (2026 Wed -> 2027 Thu -> 2028 Sat, Feb 29 passed
        # -> 2029 Sun); Mon Sep 3 is Labor Day, so it rolls to Tue Sep 4, 2029.
        # Nov 18, 2029 is a Sunday (2028 Sat + 1) -> Mon Nov 19, 2029.
        ("CA", "state.ca.crd", date(2029, 9, 4), date(2029, 11, 19)),
        # NY, acts on or after 2024-02-15: 3 years, the same days as CA.
        ("NY", "state.ny.dhr", date(2029, 9, 4), date(2029, 11, 19)),
        # TX, 180 days: Sep 2 + 28 (rest of Sep) + 31 + 30 + 31 + 31 + 28 = 179 on Feb 28,
        # so day 180 = Mon Mar 1, 2027. Nov 18 + 12 (rest of Nov) + 31 + 31 + 28 + 31 + 30 = 163
        # on Apr 30, + 17 = 180 on May 17, 2027 (25 weeks + 5 days after a Wednesday: Monday).
        ("TX", "state.tx.twc", date(2027, 3, 1), date(2027, 5, 17)),
        # VA, 180 days (the 300 days for a joint federal claim are not assumed): as TX.
        ("VA", "state.va.ocr", date(2027, 3, 1), date(2027, 5, 17)),
        # MA, 300 days: day 180 = Mar 1, then + 30 (Mar 31 = 210) + 30 (Apr 30 = 240) + 31
        # (May 31 = 271) + 29 = Jun 29, 2027 (Tue). From Nov 18: day 180 = May 17, + 14 (May 31
        # = 194) + 30 (Jun 30 = 224) + 31 (Jul 31 = 255) + 31 (Aug 31 = 286) + 14 = Sep 14, 2027
        # (Tue).
        ("MA", "state.ma.mcad", date(2027, 6, 29), date(2027, 9, 14)),
        # CO, 300 days: as MA.
        ("CO", "state.co.ccrd", date(2027, 6, 29), date(2027, 9, 14)),
        # IL, 2 years: Sep 2, 2028 is a Saturday, Mon Sep 4 is Labor Day -> Tue Sep 5, 2028.
        # Nov 18, 2028 is a Saturday -> Mon Nov 20, 2028 (Thanksgiving is Nov 23).
        ("IL", "state.il.idhr", date(2028, 9, 5), date(2028, 11, 20)),
    ],
)
def test_each_researched_state_has_its_agency_charge(state, rule_id, from_e1, from_e2):
    c = case(**{"employment.work_state": state})
    found = by_act(c, "state_agency_charge")
    assert set(found) == {"e1", "e2"}
    assert (found["e1"].rule, found["e1"].date) == (rule_id, from_e1)
    assert (found["e2"].rule, found["e2"].date) == (rule_id, from_e2)
    # Every one of these states also extends the EEOC charge to 300 days (§c.1):
    # Sep 2 + 300 = Tue Jun 29, 2027 (worked out above for MA), not rolled.
    eeoc = find(c, "eeoc_charge", "e1")
    assert eeoc.date == date(2027, 6, 29) and eeoc.rule == "eeoc.charge"


def test_rolled_state_charges_say_so():
    # CA: Sun Sep 2, 2029 -> (Labor Day Mon Sep 3) -> Tue Sep 4, 2029.
    d = find(case(**{"employment.work_state": "CA"}), "state_agency_charge", "e1")
    assert d.rolled_forward and "deadline.roll_forward" in d.extra_rules
    assert d.source_date == date(2026, 9, 2)
    # WA: Tue Mar 2, 2027 is a business day: not rolled.
    wa = find(case(), "state_agency_charge", "e1")
    assert not wa.rolled_forward and "deadline.roll_forward" not in wa.extra_rules


def test_a_territory_outside_the_table_has_no_state_agency_charge():
    assert by_act(case(**{"employment.work_state": "GU"}), "state_agency_charge") == {}


def test_new_york_gives_one_year_before_2024_02_15_and_three_from_that_day():
    found = by_act(two_acts("NY", "2024-02-14", "2024-02-15"), "state_agency_charge")
    # Wed Feb 14, 2024 is before the change: 1 year -> Feb 14, 2025 (366 days with Feb 29, 2024,
    # so two weekdays later: a Friday, no holiday).
    assert found["e1"].date == date(2025, 2, 14) and not found["e1"].rolled_forward
    # Thu Feb 15, 2024 is on the change: 3 years -> Feb 15, 2027, a Monday (Sat 2025, Sun 2026,
    # Mon 2027) and Washington's Birthday, so it rolls to Tue Feb 16, 2027.
    assert found["e2"].date == date(2027, 2, 16) and found["e2"].rolled_forward
    assert found["e1"].rule == found["e2"].rule == "state.ny.dhr"
    # The first has long passed: Feb 14, 2025 + 365 = Feb 14, 2026, then 14 (rest of Feb) + 31
    # + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 22 = 281 days to Nov 22, 2026: 646 days ago.
    assert found["e1"].days_left == -646


# ---------------------------------------------------------------- SOX and NLRB (§c.1)


def test_a_sox_complaint_runs_180_days_from_each_adverse_event_after_the_report():
    c = case(**{"protected_activities.0.kind": "whistleblower_report"})
    found = by_act(c, "sox_complaint")
    # Sep 2 + 180 = Mon Mar 1, 2027; Nov 18 + 180 = Mon May 17, 2027 (see the TX row above).
    assert {k: d.date for k, d in found.items()} == {
        "e1": date(2027, 3, 1),
        "e2": date(2027, 5, 17),
    }
    assert all(d.rule == "sox.complaint" for d in found.values())
    # A report made after e1 (Sep 10): only e2 can be retaliation for it.
    later = case(
        **{
            "protected_activities.0.kind": "whistleblower_report",
            "protected_activities.0.date": "2026-09-10",
        }
    )
    assert set(by_act(later, "sox_complaint")) == {"e2"}
    # No whistleblower report, no SOX deadline.
    assert by_act(case(), "sox_complaint") == {}


def test_an_nlrb_charge_runs_six_months_from_each_adverse_event_after_concerted_activity():
    c = case(**{"protected_activities.0.kind": "concerted_activity"})
    found = by_act(c, "nlra_charge")
    # Sep 2, 2026 + 6 months = Tue Mar 2, 2027; Nov 18, 2026 + 6 months = Tue May 18, 2027.
    assert {k: d.date for k, d in found.items()} == {
        "e1": date(2027, 3, 2),
        "e2": date(2027, 5, 18),
    }
    assert all(d.rule == "nlra.charge" for d in found.values())
    assert by_act(case(), "nlra_charge") == {}


@pytest.mark.parametrize(
    ("activity", "event_day", "deadline_id", "saturday"),
    [
        # Thu Aug 6, 2026 + 6 months = Sat Feb 6, 2027 (184 days = 26 weeks + 2). The EEOC's
        # next business day is no source for the NLRB, and no NLRB rule read gives it.
        ("concerted_activity", "2026-08-06", "nlra_charge", date(2027, 2, 6)),
        # Mon Aug 31, 2026 + 180 days = Sat Feb 27, 2027 (Sep 30 is day 30, Dec 31 day 122,
        # Jan 31 day 153). 29 CFR 1980.103(d) says what the filing date is, not that OSHA
        # takes the next business day.
        ("whistleblower_report", "2026-08-31", "sox_complaint", date(2027, 2, 27)),
    ],
)
def test_a_saturday_nlrb_charge_or_sox_complaint_is_shown_as_counted_not_moved_to_monday(
    activity, event_day, deadline_id, saturday
):
    c = case(
        **{
            "protected_activities.0.kind": activity,
            "protected_activities.0.date": "2026-08-01",
            "events.0.date": event_day,
        }
    )
    d = find(c, deadline_id, "e1")
    assert (d.file_by, d.date, d.rolled_forward) == (saturday, saturday, False)
    assert "deadline.roll_forward" not in d.extra_rules


# ---------------------------------------------------------------- FMLA and EEOC rule ids


def test_the_fmla_lawsuit_is_not_moved_off_a_weekend():
    d = find(case(), "fmla_lawsuit", "e2")
    # From e2, Wed Nov 18, 2026; + 2 years = Nov 18, 2028, a Saturday
    # (2027 Thu, 2028 Sat across Feb 29). Court dates are shown as counted: no roll.
    assert (d.source, d.date, d.rule, d.rolled_forward) == (
        "e2",
        date(2028, 11, 18),
        "fmla.lawsuit",
        False,
    )
    # Willful: + 3 years = Sun Nov 18, 2029, again not moved.
    w = find(case(), "fmla_lawsuit_willful", "e2")
    assert (w.date, w.rule) == (date(2029, 11, 18), "fmla.lawsuit")
    # Without an FMLA activity there is no FMLA deadline.
    other = case(**{"protected_activities.0.kind": "discrimination_complaint"})
    assert by_act(other, "fmla_lawsuit") == {}


# ---------------------------------------------------------------- releases (§d)


def test_owbpa_revoke_counts_seven_days_from_the_signing_date():
    c = case(
        **{
            "employment.age_40_or_over": True,
            "severance.offer_date": "2026-11-18",
            "severance.release_signed_date": "2026-11-20",
        }
    )
    revoke = find(c, "owbpa_revoke")
    # Signed Fri Nov 20, 2026 + 7 days = Fri Nov 27, 2026 (not the end of the 21 days, Dec 16).
    assert (revoke.date, revoke.source, revoke.source_date, revoke.rule) == (
        date(2026, 11, 27),
        "severance.release_signed_date",
        date(2026, 11, 20),
        "owbpa.revoke",
    )
    # The 21 days to consider still run from the offer: Nov 18 + 21 = Dec 9, 2026.
    assert find(c, "owbpa_consider").date == date(2026, 12, 9)


def test_the_pivot_meeting_counts_as_the_offer_when_no_offer_date_is_given():
    c = case(**{"employment.age_40_or_over": True})
    consider = find(c, "owbpa_consider")
    # The Pivot meeting e2 (Nov 18) + 21 = Dec 9, 2026. No signing date: no revocation date
    # (it runs from the signing, 29 U.S.C. 626(f)(1)(G), and is never projected).
    assert (consider.source, consider.date) == ("e2", date(2026, 12, 9))
    assert by_act(c, "owbpa_revoke") == {}


def test_california_gives_five_business_days_to_consider_a_severance_agreement():
    c = case(**{"employment.work_state": "CA", "severance.offer_date": "2026-11-20"})
    d = find(c, "ca_release_consider")
    # Offered Fri Nov 20, 2026: Mon 23, Tue 24, Wed 25, (Thu 26 Thanksgiving, Fri 27 the day
    # after, a California holiday: Gov. Code 6700), Mon 30, Tue Dec 1. A state's rule counts
    # the state's business days; the federal calendar would end it a day early, on Mon 30.
    assert (d.date, d.source, d.rule) == (
        date(2026, 12, 1),
        "severance.offer_date",
        "ca.sb331.consider",
    )
    # Without an offer date the Pivot meeting (Wed Nov 18) is the offer: Thu 19, Fri 20, Mon 23,
    # Tue 24, Wed 25.
    meeting = find(case(**{"employment.work_state": "CA"}), "ca_release_consider")
    assert (meeting.source, meeting.date) == ("e2", date(2026, 11, 25))
    # Outside California: no SB 331 deadline; in California it applies at any age.
    assert by_act(case(**{"severance.offer_date": "2026-11-20"}), "ca_release_consider") == {}


def test_the_five_business_days_cite_the_subdivision_and_the_statutes_words():
    # Cal. Gov. Code 12964.5(b)(4): the employer must notify the employee of the right to
    # consult an attorney and give not less than five business days.
    rule = RULES["ca.sb331.consider"]
    assert rule.citation.startswith("Cal. Gov. Code 12964.5(b)(4) ")
    assert "the right to consult an attorney" in rule.explanation


def test_californias_five_business_days_skip_native_american_day():
    # Offered Mon Sep 20, 2027: Tue 21, Wed 22, Thu 23, (Fri 24 Native American Day, a
    # judicial holiday: Code Civ. Proc. 135), Mon 27, Tue 28.
    c = case(
        **{
            "as_of": "2027-09-21",
            "employment.work_state": "CA",
            "severance.offer_date": "2027-09-20",
        }
    )
    assert find(c, "ca_release_consider").date == date(2027, 9, 28)


def test_an_offer_in_hand_without_a_date_counts_from_as_of():
    c = case(
        **{
            "employment.process": "generic-pip",
            "employment.age_40_or_over": True,
            "employment.work_state": "CA",
            "events": [{"id": "e1", "kind": "negative_feedback", "date": "2026-09-02"}],
            "severance.offer_in_hand": True,
        }
    )
    # As of Sun Nov 22 + 21 = Sun Dec 13, 2026 (not moved: a release period, shown as counted).
    consider = find(c, "owbpa_consider")
    assert (consider.source, consider.date) == ("severance.offer_in_hand", date(2026, 12, 13))
    # SB 331 from Sun Nov 22: Mon 23, Tue 24, Wed 25, (Thu 26, Fri 27), Mon 30, Tue Dec 1.
    assert find(c, "ca_release_consider").date == date(2026, 12, 1)


# ---------------------------------------------------------------- visa, OPT, COBRA (§e)


def test_f1_opt_unemployment_days_run_from_each_stages_last_day():
    c = case(**{"employment.immigration_status": "f1_opt"})
    d = find(c, "visa_grace_end", "pivot_leave_t1")
    # T1 ends Wed Nov 25, 2026; 90 days: Nov 30 is day 5, Dec 31 day 36, Jan 31 day 67,
    # Feb 23 day 90 -> Feb 23, 2027.
    assert (d.date, d.rule, d.source_date) == (
        date(2027, 2, 23),
        "opt.unemployment",
        date(2026, 11, 25),
    )
    stage = next(s for s in assess(c).stages if s.id == "pivot_leave_t1")
    assert stage.visa_grace_end == date(2027, 2, 23) and "opt.unemployment" in stage.rules
    assert "visa.grace" not in stage.rules


def test_the_stem_extension_allows_150_days_less_the_days_used():
    stem = case(
        **{"employment.immigration_status": "f1_opt", "employment.opt_stem_extension": True}
    )
    # 150 days from Nov 25: Feb 28 is day 95, Mar 31 day 126, Apr 24 day 150 -> Apr 24, 2027.
    assert find(stem, "visa_grace_end", "pivot_leave_t1").date == date(2027, 4, 24)
    used = case(
        **{
            "employment.immigration_status": "f1_opt",
            "employment.opt_stem_extension": True,
            "employment.opt_unemployment_days_used": 100,
        }
    )
    # 150 - 100 = 50 days: Nov 30 is day 5, Dec 31 day 36, Jan 14 day 50 -> Jan 14, 2027.
    assert find(used, "visa_grace_end", "pivot_leave_t1").date == date(2027, 1, 14)
    plain_used = case(
        **{
            "employment.immigration_status": "f1_opt",
            "employment.opt_unemployment_days_used": 30,
        }
    )
    # 90 - 30 = 60 days: Nov 25 + 60 = Jan 24, 2027.
    assert find(plain_used, "visa_grace_end", "pivot_leave_t1").date == date(2027, 1, 24)
    spent = case(
        **{
            "employment.immigration_status": "f1_opt",
            "employment.opt_unemployment_days_used": 120,
        }
    )
    # 90 - 120 is below zero: no days left, the clock ends on the last day itself.
    assert find(spent, "visa_grace_end", "pivot_leave_t1").date == date(2026, 11, 25)


def test_opt_days_without_a_job_end_60_days_after_opt_itself_ends():
    # On OPT the date asked for is the EAD card's end: after it, 60 days to leave or change
    # status (8 CFR 214.2(f)(5)(i)), and no days without a job beyond them.
    c = case(
        **{
            "employment.immigration_status": "f1_opt",
            "employment.visa_valid_until": "2026-12-01",
        }
    )
    # T1 ends Nov 25: 90 days would run to Feb 23, 2027; Dec 1 + 60 = Jan 30, 2027 is sooner.
    assert find(c, "visa_grace_end", "pivot_leave_t1").date == date(2027, 1, 30)
    # resign_now (Nov 22), T2 and T3 end there too.
    a = assess(c)
    assert {s.visa_grace_end for s in a.stages} == {date(2027, 1, 30)}
    # A won appeal keeps the job to Mar 2, past OPT's 60 days: status ends Jan 30 while the
    # job goes on, a deadline of its own from OPT's end, not "grace ends Mar 2".
    assert "appeal_win" not in by_act(c, "visa_grace_end")
    (status,) = [d for d in a.deadlines if d.id == "visa_status_end"]
    assert (status.date, status.source_date, status.rule) == (
        date(2027, 1, 30),
        date(2026, 12, 1),
        "opt.unemployment",
    )
    # The I-94 questions are not asked: an F-1 I-94 says "D/S".
    assert not {q.id for q in a.questions} & {
        "visa.valid_until_passed",
        "visa.valid_until_before_last_day",
    }
    # An EAD far off leaves the days without a job as they were.
    later = case(
        **{
            "employment.immigration_status": "f1_opt",
            "employment.visa_valid_until": "2027-12-01",
        }
    )
    assert find(later, "visa_grace_end", "pivot_leave_t1").date == date(2027, 2, 23)


def opt(ead_end, **more):
    return case(
        **{
            "employment.immigration_status": "f1_opt",
            "employment.visa_valid_until": ead_end,
            **more,
        }
    )


def test_opt_ending_with_days_to_spare_leaves_60_days_after_the_ead_end():
    # The audit's case: the job ended Fri Nov 20, 2026 with no day used; the EAD ends Tue
    # Jan 5, 2027. Days without a job count only while OPT lasts: Nov 21 to Jan 5 is 46 of
    # the 90, so OPT ends with days to spare and the 60 days after it apply: Jan 5 + 60 =
    # Sat Mar 6, 2027 (Jan 31 is day 26, Feb 28 day 54, Mar 6 day 60), not Nov 20 + 90 =
    # Feb 18.
    c = opt(
        "2027-01-05", **{"employment.ended_on": "2026-11-20", "employment.exit_path": "resign_now"}
    )
    d = find(c, "visa_grace_end")
    assert (d.date, d.file_by, d.source, d.rule) == (
        date(2027, 3, 6),
        date(2027, 3, 6),
        "employment.ended_on",
        "opt.unemployment",
    )


def test_opt_days_running_out_on_or_before_the_ead_end_end_status_that_day():
    # T1's last day is Wed Nov 25, 2026; 90 days run out on Tue Feb 23, 2027.
    # An EAD ending that very day: the days run out on it, the earlier, safer reading.
    assert find(opt("2027-02-23"), "visa_grace_end", "pivot_leave_t1").date == date(2027, 2, 23)
    # An EAD ending a day later: still Feb 23.
    assert find(opt("2027-02-24"), "visa_grace_end", "pivot_leave_t1").date == date(2027, 2, 23)
    # An EAD ending a day sooner, Mon Feb 22: OPT ends first with a day to spare, so
    # Feb 22 + 60 = Sat Apr 23, 2027 (Feb 28 is day 6, Mar 31 day 37, Apr 23 day 60).
    assert find(opt("2027-02-22"), "visa_grace_end", "pivot_leave_t1").date == date(2027, 4, 23)


def test_opt_with_the_stem_extension_or_days_used_counts_what_is_left_against_the_ead():
    stem = {"employment.opt_stem_extension": True}
    # STEM, none used: 150 days from Nov 25 run to Sat Apr 24, 2027, after an EAD ending
    # Wed Mar 31, 2027: Mar 31 + 60 = Sun May 30, 2027.
    assert find(opt("2027-03-31", **stem), "visa_grace_end", "pivot_leave_t1").date == date(
        2027, 5, 30
    )
    # STEM with 100 used: 50 left run out Thu Jan 14, 2027, before that EAD end: Jan 14.
    used = {**stem, "employment.opt_unemployment_days_used": 100}
    assert find(opt("2027-03-31", **used), "visa_grace_end", "pivot_leave_t1").date == date(
        2027, 1, 14
    )
    # 30 of 90 used: 60 left run out Sun Jan 24, 2027, after an EAD ending Fri Jan 15, 2027:
    # Jan 15 + 60 = Tue Mar 16, 2027 (Jan 31 is day 16, Feb 28 day 44, Mar 16 day 60).
    plain_used = {"employment.opt_unemployment_days_used": 30}
    assert find(opt("2027-01-15", **plain_used), "visa_grace_end", "pivot_leave_t1").date == (
        date(2027, 3, 16)
    )
    # Every day used: status ends with the job, Nov 25, whatever the EAD's end.
    spent = {"employment.opt_unemployment_days_used": 90}
    assert find(opt("2027-03-31", **spent), "visa_grace_end", "pivot_leave_t1").date == date(
        2026, 11, 25
    )


def test_on_opt_the_day_status_ends_is_named_as_such_not_as_a_visa_grace_period():
    # 8 CFR 214.2(f)(10)(ii)(E): on OPT, status lasts while the days allowed without a job
    # last; it is no visa's 60-day grace period (8 CFR 214.1(l)(2)), which OPT does not have.
    ended = {"employment.ended_on": "2026-11-20", "employment.exit_path": "resign_now"}
    on_opt = find(opt("2027-06-30", **ended), "visa_grace_end")
    assert on_opt.rule == "opt.unemployment"
    assert on_opt.title == "OPT: your F-1 status ends"
    h1b = case(**{"employment.immigration_status": "h1b", **ended})
    assert find(h1b, "visa_grace_end").title == "Visa grace period ends"


def test_the_visa_grace_rule_names_itself_and_stops_at_the_i94_end():
    c = case(
        **{
            "employment.immigration_status": "l1",
            "employment.visa_valid_until": "2027-01-01",
        }
    )
    d = find(c, "visa_grace_end", "pivot_leave_t1")
    # Nov 25 + 60 = Jan 24, 2027, but the I-94 ends sooner, on Jan 1, 2027.
    assert (d.date, d.rule) == (date(2027, 1, 1), "visa.grace")
    # No grace clock for a citizen or someone who prefers not to say.
    for status in ("citizen_or_permanent_resident", "prefer_not_to_say"):
        assert by_act(case(**{"employment.immigration_status": status}), "visa_grace_end") == {}


def test_an_i94_ending_before_a_last_day_is_the_day_status_ends_however_the_job_ends():
    c = case(
        **{
            "employment.immigration_status": "h1b",
            "employment.visa_valid_until": "2027-02-01",
        }
    )
    a = assess(c)
    grace = by_act(c, "visa_grace_end")
    # 60 days or the I-94 end, whichever is shorter: resign_now Nov 22 + 60 = Jan 21, T1
    # Nov 25 + 60 = Jan 24; T2 (Dec 25) and T3 (Jan 1) stop at the I-94's Feb 1.
    assert {k: d.date for k, d in grace.items()} == {
        "resign_now": date(2027, 1, 21),
        "pivot_leave_t1": date(2027, 1, 24),
        "plan_fail_t2": date(2027, 2, 1),
        "appeal_fail_t3": date(2027, 2, 1),
    }
    # A won appeal keeps the job to Mar 2, past the I-94: no grace period follows that last
    # day, and status ends on Feb 1 unless extended. Not "grace ends Mar 2".
    (status,) = [d for d in a.deadlines if d.id == "visa_status_end"]
    assert (status.date, status.source, status.kind, status.projected) == (
        date(2027, 2, 1),
        "employment.visa_valid_until",
        "deadline",
        False,
    )
    assert a.stage("appeal_win").visa_grace_end == date(2027, 2, 1)
    asked = {q.id: q for q in a.questions}
    assert "2027-02-01" in asked["visa.valid_until_before_last_day"].text


def test_an_i94_ending_after_every_last_day_adds_no_status_deadline_or_question():
    c = case(
        **{
            "employment.immigration_status": "h1b",
            "employment.visa_valid_until": "2027-09-30",
        }
    )
    a = assess(c)
    assert not [d for d in a.deadlines if d.id == "visa_status_end"]
    assert "visa.valid_until_before_last_day" not in {q.id for q in a.questions}
    assert all(s.visa_grace_end > s.last_day for s in a.stages)


def test_cobra_election_runs_60_days_from_every_open_stage():
    found = by_act(case(), "cobra_election")
    # resign_now Nov 22 + 60 = Jan 21, 2027 (8 + 31 + 21); T1 Nov 25 + 60 = Jan 24;
    # T2 Dec 25 + 60 = Feb 23 (6 + 31 + 23); T3 Jan 1, 2027 + 60 = Mar 2 (30 + 28 + 2);
    # appeal_win Mar 2, 2027 + 60 = May 1 (29 + 30 + 1).
    assert {k: d.date for k, d in found.items()} == {
        "resign_now": date(2027, 1, 21),
        "pivot_leave_t1": date(2027, 1, 24),
        "plan_fail_t2": date(2027, 2, 23),
        "appeal_fail_t3": date(2027, 3, 2),
        "appeal_win": date(2027, 5, 1),
    }
    assert all(d.rule == "cobra.election" and not d.rolled_forward for d in found.values())


def test_a_stage_already_passed_starts_no_clock():
    # As of Dec 1, 2026 the T1 deadline (Nov 25) has passed: no COBRA or visa clock for it.
    c = case(**{"employment.immigration_status": "h1b"})
    a = assess(c, as_of=date(2026, 12, 1))
    sources = {d.source for d in a.deadlines if d.id in ("cobra_election", "visa_grace_end")}
    assert "pivot_leave_t1" not in sources and "plan_fail_t2" in sources


# ---------------------------------------------------------------- the Pivot choice


def test_a_same_day_choice_at_a_weekend_meeting_is_due_the_next_weekday():
    sunday = case(**{"events.1.date": "2026-11-22", "severance.decision_business_days": 0})
    d = find(sunday, "pivot_decision")
    # Meeting Sun Nov 22, 2026 with 0 business days to choose: due Mon Nov 23, not the Sunday.
    assert (d.date, d.source_date) == (date(2026, 11, 23), date(2026, 11, 22))
    t1 = next(s for s in assess(sunday).stages if s.id == "pivot_leave_t1")
    assert t1.last_day == date(2026, 11, 23)
    thanksgiving = case(
        **{
            "as_of": "2026-11-30",
            "events.1.date": "2026-11-26",
            "severance.decision_business_days": 0,
        }
    )
    # Meeting on Thanksgiving, Thu Nov 26: which holidays the employer skips is not known,
    # so the earliest day its count can give is shown: that same Thursday.
    assert find(thanksgiving, "pivot_decision").file_by == date(2026, 11, 26)
    # A business-day meeting with 0 days: due that same day, Wed Nov 18.
    same = case(**{"severance.decision_business_days": 0})
    assert find(same, "pivot_decision").date == date(2026, 11, 18)
    # The default 5 from the Sunday: Mon 23, Tue 24, Wed 25, Thu 26 (Thanksgiving, counted:
    # skipping it would show Mon Nov 30, a day too late if the employer works it), Fri 27.
    assert find(case(**{"events.1.date": "2026-11-22"}), "pivot_decision").file_by == date(
        2026, 11, 27
    )


def test_the_pivot_choice_counts_a_federal_holiday_the_employer_may_work():
    # Meeting Fri Jan 15, 2027, the Friday before Martin Luther King Jr. Day. Counting every
    # weekday: Mon 18, Tue 19, Wed 20, Thu 21, Fri 22. Skipping the holiday would say Mon
    # Jan 25, three days late if the employer works that Monday (12 weeks of pay lost).
    c = case(**{"as_of": "2027-01-15", "events.1.date": "2027-01-15"})
    # The day to act by; the latest (the holiday skipped) is its date, with a rule saying so.
    assert find(c, "pivot_decision").file_by == date(2027, 1, 22)
    assert find(c, "pivot_decision").date == date(2027, 1, 25)
    t1 = next(s for s in assess(c).stages if s.id == "pivot_leave_t1")
    assert t1.last_day == date(2027, 1, 22)
    assert "pipv counts holidays as working days" in str(RULES["pivot.decision"].explanation)


def test_the_pivot_offer_stays_open_until_the_latest_day_its_choice_can_be_due():
    # Meeting Wed Nov 25, 2026, in Washington. Every weekday counted: Thu 26 (Thanksgiving),
    # Fri 27, Mon 30, Tue Dec 1, Wed Dec 2: the safe day. With Thanksgiving and the day after
    # skipped (a federal holiday and a Washington one, RCW 1.16.050): Fri Dec 4, the latest.
    on_dec_3 = case(**{"as_of": "2026-12-03", "events.1.date": "2026-11-25"})
    d = find(on_dec_3, "pivot_decision")
    assert (d.file_by, d.date, d.passed) == (date(2026, 12, 2), date(2026, 12, 4), False)
    assert "pivot.holidays_unknown" in d.extra_rules
    a = assess(on_dec_3)
    t1 = a.stage("pivot_leave_t1")
    assert not t1.passed and t1 in a.money.open_stages
    # On Mon Dec 7 both days are behind: passed.
    on_dec_7 = case(**{"as_of": "2026-12-07", "events.1.date": "2026-11-25"})
    assert find(on_dec_7, "pivot_decision").passed
    assert assess(on_dec_7).stage("pivot_leave_t1").passed
    # No holiday within the days: one day, no latest, no extra rule.
    plain = find(case(), "pivot_decision")
    assert plain.date == plain.file_by and "pivot.holidays_unknown" not in plain.extra_rules


def test_the_latest_pivot_day_also_skips_the_work_states_own_holidays():
    # Meeting Mon Nov 23, 2026, in Washington. Every weekday: Tue 24, Wed 25, Thu 26, Fri 27,
    # Mon 30, the safe day. Thanksgiving skipped (federal): Tue Dec 1. The day after
    # Thanksgiving is a legal holiday in Washington too (RCW 1.16.050), and many employers
    # close on it: skipped as well, Wed Dec 2 is the latest the choice can be due. On Dec 2
    # the Pivot offer may still be open, so T1 is still a way out.
    on_dec_2 = case(**{"as_of": "2026-12-02", "events.1.date": "2026-11-23"})
    d = find(on_dec_2, "pivot_decision")
    assert (d.file_by, d.date, d.passed) == (date(2026, 11, 30), date(2026, 12, 2), False)
    assert not assess(on_dec_2).stage("pivot_leave_t1").passed
    # In Washington, D.C. it is no holiday (only the federal list): the latest is Dec. 1.
    in_dc = case(
        **{"as_of": "2026-12-02", "events.1.date": "2026-11-23", "employment.work_state": "DC"}
    )
    assert find(in_dc, "pivot_decision").date == date(2026, 12, 1)
    assert find(in_dc, "pivot_decision").passed


def test_once_the_plan_is_chosen_the_pivot_choice_is_no_longer_a_date_to_act_by():
    # Meeting Mon Nov 23, 2026; 5 weekdays: Tue 24, Wed 25, Thu 26 (Thanksgiving), Fri 27,
    # Mon 30 (file_by); Thanksgiving and the day after skipped: Wed Dec 2 (the latest). The
    # person chose the
    # plan, which started Mon Nov 30. As of Tue Dec 1 there is nothing left to choose: the
    # Pivot offer (T1) is gone, so no "Choose" deadline may be shown, let alone as the
    # nearest date to act by.
    meeting = {"id": "e2", "kind": "pivot_meeting", "date": "2026-11-23", "by": "manager"}
    plan = {"id": "e3", "kind": "improvement_plan_start", "date": "2026-11-30", "by": "manager"}
    feedback = {"id": "e1", "kind": "negative_feedback", "date": "2026-09-02", "by": "manager"}
    undecided = case(**{"as_of": "2026-12-01", "events": [feedback, meeting]})
    # Before the choice is recorded the window may still be open today (the holiday skipped).
    d = find(undecided, "pivot_decision")
    assert (d.file_by, d.date, d.passed) == (date(2026, 11, 30), date(2026, 12, 2), False)
    chosen = case(**{"as_of": "2026-12-01", "events": [feedback, meeting, plan]})
    a = assess(chosen)
    assert a.stage("pivot_leave_t1").passed
    assert not [d for d in a.deadlines if d.id == "pivot_decision"]
    assert a.nearest_deadline is None or a.nearest_deadline.id != "pivot_decision"
    # A plan recorded before the meeting is an earlier plan, not the choice: still open.
    earlier = {**plan, "date": "2026-10-01"}
    other = case(**{"as_of": "2026-12-01", "events": [feedback, earlier, meeting]})
    assert find(other, "pivot_decision").date == date(2026, 12, 2)


@pytest.mark.parametrize(
    ("state", "before", "on", "due_before", "due_on", "rolled_on"),
    [
        # IL, Public Act 103-0973 (2025-01-01). Tue Dec 31, 2024: 300 days. Through 2025:
        # Jan 31 = 31, Feb 28 = 59, Mar 31 = 90, Apr 30 = 120, May 31 = 151, Jun 30 = 181,
        # Jul 31 = 212, Aug 31 = 243, Sep 30 = 273, Oct 27 = 300: a Monday, no holiday.
        # Wed Jan 1, 2025: 2 years -> Fri Jan 1, 2027, New Year's Day -> Mon Jan 4.
        ("IL", "2024-12-31", "2025-01-01", date(2025, 10, 27), date(2027, 1, 4), True),
        # CA, AB 9 (2020-01-01). Tue Dec 31, 2019: 1 year -> Thu Dec 31, 2020, a business day.
        # Thu Jan 2, 2020: 3 years -> Mon Jan 2, 2023, the observed New Year's Day (Jan 1 was
        # a Sunday) -> Tue Jan 3, 2023.
        ("CA", "2019-12-31", "2020-01-02", date(2020, 12, 31), date(2023, 1, 3), True),
        # CO, HB 22-1367 (2022-08-10). Tue Aug 9, 2022: 6 calendar months -> Thu Feb 9, 2023.
        # Wed Aug 10, 2022: 300 days. Aug 31 = 21, Sep 30 = 51, Oct 31 = 82, Nov 30 = 112,
        # Dec 31 = 143, Jan 31 = 174, Feb 28 = 202, Mar 31 = 233, Apr 30 = 263, May 31 = 294,
        # Jun 6 = 300: Tue Jun 6, 2023.
        ("CO", "2022-08-09", "2022-08-10", date(2023, 2, 9), date(2023, 6, 6), False),
    ],
)
def test_an_act_before_a_longer_state_period_keeps_the_old_one(
    state, before, on, due_before, due_on, rolled_on
):
    found = by_act(two_acts(state, before, on), "state_agency_charge")
    assert (found["e1"].date, found["e1"].rolled_forward) == (due_before, False)
    assert (found["e2"].date, found["e2"].rolled_forward) == (due_on, rolled_on)


# ---------------------------------------------------------------- laws that need an employer's size


@pytest.mark.parametrize(
    ("employees", "fmla", "eeoc", "cobra"),
    [
        (None, None, None, None),  # not said: no note
        (10, 50, 15, 20),
        (15, 50, None, 20),
        (19, 50, None, 20),
        (20, 50, None, None),
        (50, None, None, None),
    ],
)
def test_a_deadline_of_a_law_that_needs_more_employees_says_how_many(employees, fmla, eeoc, cobra):
    c = case(**{"employment.employee_count": employees})
    needs = {d.id: d.employees_needed for d in assess(c).deadlines}
    assert needs["fmla_lawsuit"] == fmla
    # The three years for a willful violation are the same law's: the same size applies.
    assert needs["fmla_lawsuit_willful"] == fmla
    assert needs["eeoc_charge"] == eeoc
    assert needs["cobra_election"] == cobra
    # A state's own agency has its own thresholds, which pipv does not list: no note.
    assert needs["state_agency_charge"] is None
