"""The second round of deadline rules, each worked by hand from its statute.

The base case (tests/engine/cases.py) is a Washington job, as of Sun Nov 22, 2026, with
negative feedback e1 on Wed Sep 2, 2026 and the Pivot meeting e2 on Wed Nov 18, 2026.
"""

from datetime import date

import pytest

from pipv.engine import assess, dumps, parse, to_document
from pipv.engine.rules import RULES

from .cases import LONG_AGO, case, document


def all_of(c, deadline_id):
    return [d for d in assess(c).deadlines if d.id == deadline_id]


def find(c, deadline_id, source, rule=None):
    return next(
        d
        for d in assess(c).deadlines
        if d.id == deadline_id and d.source == source and (rule is None or d.rule == rule)
    )


def report(subject=None, **more):
    activity = {
        "id": "pa1",
        "kind": "whistleblower_report",
        "date": "2026-08-04",
        "reported_to": "manager",
        "decision_maker_knew": "yes",
        **more,
    }
    if subject is not None:
        activity["subject"] = subject
    return activity


# ------------------------------------------------------------ reports by subject (item 2)


def test_a_safety_report_gets_the_osha_30_days_and_washingtons_90_not_sox():
    c = case(**{"protected_activities": [report("workplace_safety")]})
    # 29 U.S.C. 660(c)(2): 30 days. Wed Sep 2 + 30 = Fri Oct 2, 2026, long passed by Nov 22
    # (-51 days); Wed Nov 18 + 30 = Fri Dec 18, 2026. Shown as counted, never moved.
    osha = find(c, "osha_safety_complaint", "e1", "osha.safety_complaint")
    assert (osha.date, osha.file_by, osha.days_left, osha.passed) == (
        date(2026, 10, 2),
        date(2026, 10, 2),
        -51,
        True,
    )
    assert find(c, "osha_safety_complaint", "e2", "osha.safety_complaint").date == date(
        2026, 12, 18
    )
    # RCW 49.17.160 (90 days since 2022-07-01): Sep 2 + 90 = Tue Dec 1, 2026; Nov 18 + 90 =
    # Tue Feb 16, 2027.
    wisha = find(c, "osha_safety_complaint", "e1", "state.wa.wisha")
    assert (wisha.date, wisha.passed) == (date(2026, 12, 1), False)
    assert find(c, "osha_safety_complaint", "e2", "state.wa.wisha").date == date(2027, 2, 16)
    # SOX covers fraud and securities reports only; FLSA wages and hours.
    assert all_of(c, "sox_complaint") == [] and all_of(c, "flsa_lawsuit") == []
    # The passed safety complaint leads the summary's list of passed deadlines.
    assert assess(c).passed_deadlines[0].rule == "osha.safety_complaint"


def test_washington_before_its_change_keeps_only_the_federal_30_days():
    c = case(
        **{
            "protected_activities": [report("workplace_safety", date="2022-05-02")],
            "events": [{"id": "e1", "kind": "demotion", "date": "2022-06-30"}],
        }
    )
    # Thu Jun 30, 2022 is the day before ESHB 1097 took effect: WISHA then also gave 30 days,
    # the same as OSHA's Sat Jul 30, 2022, so no second date is shown.
    assert [(d.rule, d.date) for d in all_of(c, "osha_safety_complaint")] == [
        ("osha.safety_complaint", date(2022, 7, 30))
    ]


def test_california_labor_commissioner_gives_one_year_six_months_before_2021():
    c = case(
        **{
            "employment.work_state": "CA",
            "employment.start_date": LONG_AGO,
            "protected_activities": [report("workplace_safety", date="2020-06-01")],
            "events": [
                {"id": "e1", "kind": "demotion", "date": "2020-12-31"},
                {"id": "e2", "kind": "pay_cut", "date": "2026-09-02"},
            ],
        }
    )
    # Lab. Code 98.7(a) as amended by AB 1947 (Stats. 2020, ch. 344, in force Jan 1, 2021):
    # Thu Dec 31, 2020 is before: 6 months, Wed Jun 30, 2021. Wed Sep 2, 2026: one year,
    # Thu Sep 2, 2027.
    assert find(c, "osha_safety_complaint", "e1", "state.ca.lc98_7").date == date(2021, 6, 30)
    assert find(c, "osha_safety_complaint", "e2", "state.ca.lc98_7").date == date(2027, 9, 2)


def test_sox_needs_a_securities_report_at_a_public_employer():
    public = case(
        **{"protected_activities": [report("securities_fraud")], "employment.employer_public": True}
    )
    # 18 U.S.C. 1514A(b)(2)(D): 180 days. Sep 2 + 180 = Mon Mar 1, 2027.
    assert find(public, "sox_complaint", "e1").date == date(2027, 3, 1)
    assert all_of(public, "osha_safety_complaint") == []
    private = case(
        **{
            "protected_activities": [report("securities_fraud")],
            "employment.employer_public": False,
        }
    )
    assert all_of(private, "sox_complaint") == []
    # Not said whether the shares are traded: SOX is shown, and the lawyer is asked.
    unsaid = case(**{"protected_activities": [report("securities_fraud")]})
    assert all_of(unsaid, "sox_complaint") != []
    assert "whistleblower.public" in {q.id for q in assess(unsaid).questions}


def test_a_wages_report_gets_the_flsa_two_years_as_counted():
    c = case(**{"protected_activities": [report("wages_hours")]})
    # 29 U.S.C. 255(a): 2 years. Wed Sep 2, 2026 -> Sat Sep 2, 2028: a court date, not moved.
    d = find(c, "flsa_lawsuit", "e1")
    assert (d.date, d.rule, d.rolled_forward) == (date(2028, 9, 2), "flsa.lawsuit", False)
    assert all_of(c, "sox_complaint") == all_of(c, "osha_safety_complaint") == []


def test_a_report_whose_subject_is_not_said_shows_every_clock_earliest_first():
    a = assess(case(**{"protected_activities": [report()]}))
    from_e1 = [(d.id, d.rule, d.date) for d in a.deadlines if d.source == "e1"]
    assert [x for x in from_e1 if x[0] != "eeoc_charge" and x[0] != "state_agency_charge"] == [
        ("osha_safety_complaint", "osha.safety_complaint", date(2026, 10, 2)),
        ("osha_safety_complaint", "state.wa.wisha", date(2026, 12, 1)),
        ("sox_complaint", "sox.complaint", date(2027, 3, 1)),
        ("flsa_lawsuit", "flsa.lawsuit", date(2028, 9, 2)),
        # 29 U.S.C. 255(a): 3 years if willful, Sun Sep 2, 2029; Washington's WLAD suit, 3
        # years (RCW 4.16.080(2)), the same day; Dodd-Frank, 6 years, Thu Sep 2, 2032.
        ("flsa_lawsuit_willful", "flsa.lawsuit", date(2029, 9, 2)),
        ("wa_wlad_lawsuit", "wa.wlad_lawsuit", date(2029, 9, 2)),
        ("dodd_frank_lawsuit", "dodd_frank.lawsuit", date(2032, 9, 2)),
    ]
    asked = {q.id: q for q in a.questions}
    assert asked["whistleblower.subject"].rule == "whistleblower.subject"
    # Another law: no deadline pipv knows, and a question instead.
    other = assess(case(**{"protected_activities": [report("other_law")]}))
    assert not {"sox_complaint", "osha_safety_complaint", "flsa_lawsuit"} & {
        d.id for d in other.deadlines
    }
    assert "whistleblower.other_law" in {q.id for q in other.questions}


# ------------------------------------------------------- safe dates and holidays (item 6, 8)


def test_the_eeoc_date_is_kept_as_the_safe_day_and_the_moved_one_is_a_note():
    c = case(**{"employment.work_state": "GU", "events.0.date": "2026-08-31"})
    d = find(c, "eeoc_charge", "e1")
    # Mon Aug 31 + 180 = Sat Feb 27, 2027: the safe day to file by. The EEOC accepts Mon
    # Mar 1. Guam is not in the jurisdiction table: 300 days, Sun Jun 27, 2027, is the
    # likely period.
    assert (d.file_by, d.date, d.rolled_forward) == (date(2027, 2, 27), date(2027, 3, 1), True)
    assert d.likely == date(2027, 6, 27)
    assert "eeoc.charge.conservative" in d.extra_rules
    doc = next(x for x in to_document(assess(c))["deadlines"] if x["id"] == "eeoc_charge")
    assert (doc["file_by"], doc["date"], doc["likely"]) == (
        "2027-02-27",
        "2027-03-01",
        "2027-06-27",
    )


@pytest.mark.parametrize("state", ["GA", "MS", "NC", "AL"])
def test_a_private_sector_worker_in_a_state_with_no_agency_has_180_days_and_no_likely_300(state):
    c = case(**{"employment.work_state": state})
    d = find(c, "eeoc_charge", "e1")
    # Wed Sep 2, 2026 + 180 days = Mon Mar 1, 2027 (Sep 30 is day 28, Dec 31 day 120, Feb 28
    # day 179). No state agency takes charges against private employers, so the 300 days
    # (Tue Jun 29, 2027) are not the likely period: they are not shown as a date at all.
    assert (d.file_by, d.date, d.likely) == (date(2027, 3, 1), date(2027, 3, 1), None)
    assert d.extra_rules == (f"state.{state.lower()}.agency",)
    doc = next(
        x
        for x in to_document(assess(c))["deadlines"]
        if x["from"] == "e1" and x["id"] == "eeoc_charge"
    )
    assert doc["likely"] is None


def test_north_carolinas_rule_says_where_a_local_agency_might_give_300_days():
    assert "Durham" in RULES["state.nc.agency"].explanation_text


def test_a_washington_agency_deadline_on_columbus_day_is_not_moved():
    c = case(**{"events.0.date": "2026-04-12"})
    d = find(c, "state_agency_charge", "e1")
    # Sun Apr 12 + 6 months = Mon Oct 12, 2026: Columbus Day, a federal holiday, but not one
    # of Washington's (RCW 1.16.050). The WSHRC deadline stays on the Monday.
    assert (d.date, d.file_by, d.rolled_forward) == (date(2026, 10, 12), date(2026, 10, 12), False)
    # The EEOC keeps the federal list: Apr 12 + 300 = Sat Feb 6, 2027 -> Mon Feb 8.
    eeoc = find(c, "eeoc_charge", "e1")
    assert (eeoc.file_by, eeoc.date) == (date(2027, 2, 6), date(2027, 2, 8))


# ------------------------------------------------------------ kinds of date (item 5)


def test_release_minimums_are_the_employers_and_revocation_runs_from_the_signing():
    c = case(
        **{
            "employment.age_40_or_over": True,
            "employment.work_state": "CA",
            "severance.offer_date": "2026-11-18",
            "severance.release_signed_date": "2026-11-20",
        }
    )
    by_id = {d.id: d for d in assess(c).deadlines}
    assert by_id["owbpa_consider"].kind == "employer_minimum"
    assert by_id["ca_release_consider"].kind == "employer_minimum"
    # Signed Fri Nov 20: 7 days to cancel, Fri Nov 27, 2026 (the day after Thanksgiving, not
    # moved: 29 U.S.C. 626(f)(1)(G) counts days).
    revoke = by_id["owbpa_revoke"]
    assert (revoke.date, revoke.kind, revoke.source) == (
        date(2026, 11, 27),
        "deadline",
        "severance.release_signed_date",
    )
    # The nearest deadline the person must meet is the Pivot choice (Wed Nov 25), never the
    # employer's minimum; the revocation comes next.
    a = assess(c)
    assert a.nearest_deadline.id == "pivot_decision"


def test_what_if_dates_name_their_path():
    c = case(**{"employment.immigration_status": "h1b"})
    what_ifs = [d for d in assess(c).deadlines if d.kind == "what_if"]
    assert {d.id for d in what_ifs} == {"cobra_election", "visa_grace_end"}
    assert all(d.path == d.source for d in what_ifs)
    assert "pivot_leave_t1" in {d.path for d in what_ifs}


# ------------------------------------------------------------ the life as lived (item 4)


def ended_on_an_h1b(**changes):
    """The base case on an H-1B visa, the job ended on Fri Nov 6, 2026 (so its Pivot meeting
    came before, on Mon Nov 2)."""
    return case(
        **{
            "employment.immigration_status": "h1b",
            "employment.ended_on": "2026-11-06",
            "events.1.date": "2026-11-02",
            **changes,
        }
    )


def test_after_the_job_ended_cobra_and_grace_run_from_the_real_last_day_only():
    c = ended_on_an_h1b(**{"employment.exit_path": "other"})
    a = assess(c)
    # Fri Nov 6 + 60 = Tue Jan 5, 2027, for COBRA (29 U.S.C. 1165(a)(1)) and the H-1B grace.
    cobra = [d for d in a.deadlines if d.id == "cobra_election"]
    grace = [d for d in a.deadlines if d.id == "visa_grace_end"]
    assert [(d.date, d.source, d.kind) for d in cobra] == [
        (date(2027, 1, 5), "employment.ended_on", "deadline")
    ]
    assert [d.date for d in grace] == [date(2027, 1, 5)]
    # Nothing is projected: no what-if, no Pivot choice, no path left to choose.
    assert not [d for d in a.deadlines if d.kind == "what_if" or d.id == "pivot_decision"]
    assert all(s.passed for s in a.stages) and a.money.open_stages == ()


def test_after_the_job_ended_only_the_way_it_ended_shows_a_visa_grace_period():
    # The other ways are kept as a record of what each would have paid; a grace period
    # counted from their last days would be one the person never had.
    failed = assess(ended_on_an_h1b(**{"employment.exit_path": "plan_fail_t2"}))
    assert {s.id: s.visa_grace_end for s in failed.stages} == {
        "resign_now": None,
        "pivot_leave_t1": None,
        "plan_fail_t2": date(2027, 1, 5),
        "appeal_fail_t3": None,
        "appeal_win": None,
    }
    other = assess(ended_on_an_h1b(**{"employment.exit_path": "other"}))
    assert all(s.visa_grace_end is None for s in other.stages)
    (grace,) = [d for d in other.deadlines if d.id == "visa_grace_end"]
    assert grace.date == date(2027, 1, 5)


def test_an_i94_that_ended_before_the_last_day_is_the_day_status_ended_not_a_grace_period():
    c = ended_on_an_h1b(**{"employment.visa_valid_until": "2026-10-01"})
    a = assess(c)
    # The I-94 ended Oct 1, before the last day Nov 6 (8 CFR 214.1(l)(2): 60 days or the
    # validity period, whichever is shorter): no grace period after Nov 6 to end on Nov 6.
    assert not [d for d in a.deadlines if d.id == "visa_grace_end"]
    (status,) = [d for d in a.deadlines if d.id == "visa_status_end"]
    assert (status.date, status.source, status.kind) == (
        date(2026, 10, 1),
        "employment.visa_valid_until",
        "deadline",
    )
    assert status.passed and status.rule == "visa.grace"


# ------------------------------------------------------------ appeals (item 9)


def test_the_persons_own_appeal_starts_no_clock_and_a_lost_appeal_is_plainly_adverse():
    events = [
        {"id": "e1", "kind": "negative_feedback", "date": "2026-09-02"},
        {"id": "ap", "kind": "appeal_filed", "date": "2026-10-01"},
        {"id": "ad", "kind": "appeal_decision", "date": "2026-10-15"},
    ]
    c = case(**{"events": events, "employment.process": "generic-pip"})
    a = assess(c)
    assert "ap" not in {d.source for d in a.deadlines}
    assert "ap" not in {p.event for p in a.timing.pairs}
    # Still working: the decision may have gone either way, so it stays contested.
    assert next(p for p in a.timing.pairs if p.event == "ad").contested
    ended = case(
        **{
            "events": events,
            "employment.ended_on": "2026-10-16",
            "employment.exit_path": "appeal_fail_t3",
        }
    )
    assert not next(p for p in assess(ended).timing.pairs if p.event == "ad").contested


# ------------------------------------------------------------ leave and knowledge (item 3)


def test_a_leave_counts_from_its_end_when_that_is_closer():
    c = case(
        **{
            "protected_activities.0.kind": "fmla_leave",
            "protected_activities.0.end_date": "2026-10-30",
        }
    )
    pairs = {p.event: p for p in assess(c).timing.pairs}
    # Leave Tue Aug 4 to Fri Oct 30. The Pivot meeting Wed Nov 18 is 19 days after the return
    # (106 after the start): very close, counted from the end.
    assert (pairs["e2"].days, pairs["e2"].measured_from, pairs["e2"].band) == (
        19,
        "end_date",
        "very_close",
    )
    # e1 (Sep 2) came during the leave: counted from its start, 29 days.
    assert (pairs["e1"].days, pairs["e1"].measured_from) == (29, "date")


def test_timing_counts_from_when_the_decision_maker_learned():
    learned = case(**{"protected_activities.0.known_on": "2026-09-01"})
    pair = next(p for p in assess(learned).timing.pairs if p.event == "e1")
    # Learned Tue Sep 1; e1 Wed Sep 2: one day, not 29.
    assert (pair.days, pair.measured_from, pair.measured_from_date) == (
        1,
        "known_on",
        date(2026, 9, 1),
    )
    later = case(**{"protected_activities.0.known_on": "2026-09-10"})
    pair = next(p for p in assess(later).timing.pairs if p.event == "e1")
    # Learned after e1: no inference from that pair.
    assert (pair.knowledge, pair.adjusted_band, pair.signal) == ("no", None, "none")


# ------------------------------------------------------------ as of today (item 10)


def test_no_as_of_date_counts_from_today_and_is_not_written_back():
    doc = document()
    del doc["as_of"]
    c = parse(doc, today=date(2026, 12, 1))
    assert (c.as_of, c.as_of_pinned) == (date(2026, 12, 1), False)
    a = assess(c)
    # On Tue Dec 1 the Pivot choice of Wed Nov 25 has passed (-6 days), and it leads.
    decision = next(d for d in a.deadlines if d.id == "pivot_decision")
    assert (decision.days_left, decision.passed) == (-6, True)
    assert a.passed_deadlines[0].id == "pivot_decision"
    document_out = to_document(a)
    assert (document_out["as_of"], document_out["as_of_pinned"]) == ("2026-12-01", False)
    assert '"as_of"' not in dumps(c)
    doc["as_of"] = None
    assert parse(doc, today=date(2026, 12, 2)).as_of == date(2026, 12, 2)
    # A date given is kept, and written back.
    assert case().as_of_pinned and '"as_of": "2026-11-22"' in dumps(case())


def test_the_new_fields_validate_round_trip_and_old_files_read_as_before():
    import json

    from jsonschema import Draft202012Validator

    from pipv.engine.schemas import load

    doc = document(
        **{
            "employment.ended_on": "2026-11-20",
            "employment.exit_path": "pivot_leave_t1",
            "employment.employer_public": True,
            "employment.work_city": "Seattle",
            "protected_activities.0.subject": "workplace_safety",
            "protected_activities.0.kind": "whistleblower_report",
            "protected_activities.0.end_date": "2026-08-20",
            "protected_activities.0.known_on": "2026-08-05",
        }
    )
    doc["events"].append({"id": "rts", "kind": "right_to_sue_notice", "date": "2026-11-19"})
    assert list(Draft202012Validator(load("case")).iter_errors(doc)) == []
    c = parse(doc)
    assert parse(json.loads(dumps(c))) == c
    out = to_document(assess(c))
    assert list(Draft202012Validator(load("assessment")).iter_errors(out)) == []
    # A file without any of them writes back without them: nothing is added.
    plain = case()
    written = json.loads(dumps(plain))
    for key in ("ended_on", "exit_path", "employer_public", "work_city"):
        assert key not in written["employment"]
    assert not {"subject", "end_date", "known_on"} & set(written["protected_activities"][0])
