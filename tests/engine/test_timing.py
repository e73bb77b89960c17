"""How the timing of each adverse event lines up with each protected activity (§a.8, §a.9, §b)."""

from pipv.engine import assess
from pipv.engine.timing import assess_timing, band_for_days

from .cases import case


def pairs(c):
    return {(p.activity, p.event): p for p in assess_timing(c).pairs}


def test_bands_follow_the_days_between():
    # §b.3: 0-30 very close, 31-90 close, 91-180 weak, beyond remote.
    assert [band_for_days(d) for d in (0, 30, 31, 90, 91, 180, 181)] == [
        "very_close",
        "very_close",
        "close",
        "close",
        "weak",
        "weak",
        "remote",
    ]


def test_the_base_case_pairs_each_activity_with_each_later_adverse_event():
    p = pairs(case())
    # Aug 4 -> Sep 2 = 27 + 2 = 29 days; Aug 4 -> Nov 18 = 27 + 30 + 31 + 18 = 106 days.
    assert p[("pa1", "e1")].days == 29 and p[("pa1", "e1")].band == "very_close"
    assert p[("pa1", "e2")].days == 106 and p[("pa1", "e2")].band == "weak"


def test_contested_events_are_labelled_and_capped_at_moderate():
    first = pairs(case())[("pa1", "e1")]
    # Negative feedback alone may not be "materially adverse" (§a.9): paired, labelled, capped.
    assert first.contested and first.signal == "moderate"
    assert "proximity.contested_adverse" in first.rules
    clear = pairs(case(**{"events.0.kind": "transfer_restricted"}))[("pa1", "e1")]
    assert not clear.contested and clear.signal == "strong"


def test_the_circuit_of_the_work_state_shifts_the_band():
    # Washington is in the lenient 9th circuit: 106 days (weak) counts as close.
    lenient = pairs(case())[("pa1", "e2")]
    assert lenient.adjusted_band == "close" and "proximity.circuit" in lenient.rules
    # Virginia is in the strict 4th: a close gap (Aug 4 -> Oct 1 = 58 days) counts as weak.
    strict = pairs(case(**{"employment.work_state": "VA", "events.0.date": "2026-10-01"}))[
        ("pa1", "e1")
    ]
    assert strict.days == 58 and strict.band == "close" and strict.adjusted_band == "weak"
    # Ohio (6th) takes a middle course: no shift.
    middle = pairs(case(**{"employment.work_state": "OH"}))[("pa1", "e2")]
    assert middle.adjusted_band == "weak"


def test_what_the_decision_maker_knew_matters():
    unknown = case(**{"protected_activities.0.decision_maker_knew": "unknown"})
    p = pairs(unknown)[("pa1", "e1")]
    # One band weaker: very close -> close, and a question for the lawyer.
    assert p.adjusted_band == "close"
    assert any(q.id == "knowledge.pa1" for q in assess(unknown).questions)
    no = case(**{"protected_activities.0.decision_maker_knew": "no"})
    assert pairs(no)[("pa1", "e1")].adjusted_band is None
    assert assess_timing(no).signal == "none"


def test_the_overall_signal_is_the_strongest_pair():
    t = assess_timing(case())
    # Both pairs are moderate (contested, or close after the circuit); the closer one wins.
    assert t.signal == "moderate" and (t.strongest.activity, t.strongest.event) == ("pa1", "e1")


def test_only_activity_before_the_event_pairs_and_future_events_wait():
    c = case(**{"protected_activities.0.date": "2026-09-10"})
    # Sep 10 is after e1 (Sep 2): only e2 pairs.
    assert set(pairs(c)) == {("pa1", "e2")}
    scheduled = case(
        **{"events": [{"id": "e1", "kind": "improvement_plan_end", "date": "2026-12-20"}]}
    )
    assert pairs(scheduled) == {}


def test_california_sb_497_presumption_within_90_days():
    c = case(
        **{
            "employment.work_state": "CA",
            "protected_activities.0.kind": "wage_complaint",
        }
    )
    p = pairs(c)
    assert p[("pa1", "e1")].ca_presumption and "ca.sb497.presumption" in p[("pa1", "e1")].rules
    # 106 days is beyond the 90-day presumption.
    assert not p[("pa1", "e2")].ca_presumption
    # SB 497 covers Labor Code activity, not an FMLA request.
    assert not pairs(case(**{"employment.work_state": "CA"}))[("pa1", "e1")].ca_presumption


def sign_ids(c):
    return {s.id: s for s in assess_timing(c).signs}


def test_supporting_and_contrary_signs_are_tied_to_the_record():
    favourable = sign_ids(
        case(**{"employment.last_review": {"date": "2026-03-01", "rating": "exceeds"}})
    )
    # A good review within 12 months before the first adverse event (Sep 2).
    assert favourable["prior_favourable"].direction == "supporting"
    assert favourable["prior_favourable"].refs == ("employment.last_review",)

    low = sign_ids(case(**{"employment.last_review": {"date": "2026-03-01", "rating": "below"}}))
    assert low["prior_low_rating"].direction == "contrary"

    contradicted = sign_ids(case(**{"events.0.contradicting_evidence": "tracker shows done"}))
    assert contradicted["contradicting_evidence"].refs == ("e1",)

    blocked = sign_ids(case(**{"events.0.kind": "transfer_restricted"}))
    assert "transfer_restricted" in blocked

    manager = sign_ids(case(**{"employment.manager_change_date": "2026-07-01"}))
    assert manager["manager_change"].direction == "either"

    two = case(
        **{
            "protected_activities": [
                *case_doc_activities(),
                {
                    "id": "pa2",
                    "kind": "ada_accommodation_request",
                    "date": "2026-08-20",
                    "reported_to": "hr",
                    "in_writing": True,
                    "decision_maker_knew": "yes",
                },
            ]
        }
    )
    assert "several_activities" in sign_ids(two)


def case_doc_activities():
    from .cases import BASE

    return BASE["protected_activities"]
