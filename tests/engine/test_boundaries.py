"""The edges of each timing rule (legal-reference §a.6, §a.8, §b.2, §b.3), counted from dates.

The base case's FMLA request pa1 is on Tue Aug 4, 2026. Counting forward from it:
Aug 4 + 27 = Aug 31; + 30 = Sep 30 (57); + 31 = Oct 31 (88); + 30 = Nov 30 (118).
So day 30 = Sep 3, day 31 = Sep 4, day 90 = Nov 2, day 91 = Nov 3 (all 2026); day 180 and 181
fall after as of (Nov 22), so the far bands use an earlier request below.
"""

import pytest

from pipv.engine.timing import assess_timing

from .cases import case


def pair(c):
    (p,) = assess_timing(c).pairs
    return p


def one_event(kind, day, **changes):
    return case(**{"events": [{"id": "e1", "kind": kind, "date": day}], **changes})


@pytest.mark.parametrize(
    ("activity", "event", "days", "band"),
    [
        ("2026-08-04", "2026-09-03", 30, "very_close"),
        ("2026-08-04", "2026-09-04", 31, "close"),
        ("2026-08-04", "2026-11-02", 90, "close"),
        ("2026-08-04", "2026-11-03", 91, "weak"),
        # Mar 1, 2026 + 30 (Mar 31) + 30 (Apr 30) + 31 (May 31) + 30 (Jun 30) + 31 (Jul 31)
        # = 152, + 28 = Aug 28 (180), Aug 29 (181).
        ("2026-03-01", "2026-08-28", 180, "weak"),
        ("2026-03-01", "2026-08-29", 181, "remote"),
    ],
)
def test_band_edges_counted_from_the_dates(activity, event, days, band):
    # Ohio (6th Circuit, no shift) and a clearly adverse event, the manager knew.
    p = pair(
        one_event(
            "pay_cut",
            event,
            **{"employment.work_state": "OH", "protected_activities.0.date": activity},
        )
    )
    assert (p.days, p.band, p.adjusted_band) == (days, band, band)


@pytest.mark.parametrize(
    ("band_day", "knowledge", "kind", "signal"),
    [
        # §b.3: very close + knew + clearly adverse = strong.
        ("2026-09-03", "yes", "pay_cut", "strong"),
        # very close but contested as adverse (a coaching plan) = moderate.
        ("2026-09-03", "yes", "coaching_plan", "moderate"),
        # very close, knowledge unknown: one band weaker, close = moderate.
        ("2026-09-03", "unknown", "pay_cut", "moderate"),
        # close + knew = moderate.
        ("2026-11-02", "yes", "pay_cut", "moderate"),
        # close + unknown: weak.
        ("2026-11-02", "unknown", "pay_cut", "weak"),
        # weak band = weak.
        ("2026-11-03", "yes", "pay_cut", "weak"),
        # weak band + unknown: still weak. §b.3 keeps "none" for remote gaps and for
        # knowledge "no", and calls any weak band pair weak.
        ("2026-11-03", "unknown", "pay_cut", "weak"),
        # did not know: none, however close.
        ("2026-09-03", "no", "pay_cut", "none"),
    ],
)
def test_the_signal_table_in_a_middle_circuit(band_day, knowledge, kind, signal):
    p = pair(
        one_event(
            kind,
            band_day,
            **{
                "employment.work_state": "OH",
                "protected_activities.0.decision_maker_knew": knowledge,
            },
        )
    )
    assert p.signal == signal


def test_a_strict_circuit_counts_close_as_weak_and_a_lenient_one_weak_as_close():
    # Day 31 (Sep 4) is close; Virginia (4th) and Illinois (7th) make it weak, signal weak.
    for state in ("VA", "IL", "MN", "CO", "FL"):
        p = pair(one_event("pay_cut", "2026-09-04", **{"employment.work_state": state}))
        assert (p.band, p.adjusted_band, p.signal) == ("close", "weak", "weak"), state
        assert "proximity.circuit" in p.rules
    # Day 91 (Nov 3) is weak; New York (2d) and California (9th) make it close, signal moderate.
    for state in ("NY", "CA"):
        p = pair(one_event("pay_cut", "2026-11-03", **{"employment.work_state": state}))
        assert (p.band, p.adjusted_band, p.signal) == ("weak", "close", "moderate"), state
    # Day 31 with knowledge unknown in a strict circuit: close -> weak (circuit) and no lower,
    # since §b.3 gives "close with knowledge unknown" as weak, not none.
    unknown = {
        "employment.work_state": "IL",
        "protected_activities.0.decision_maker_knew": "unknown",
    }
    p = pair(one_event("pay_cut", "2026-09-04", **unknown))
    assert (p.band, p.adjusted_band, p.signal) == ("close", "weak", "weak")
    # A remote gap stays none: Mar 1 to Aug 29, 2026 is day 181 (worked out above).
    remote = {**unknown, "protected_activities.0.date": "2026-03-01"}
    p = pair(one_event("pay_cut", "2026-08-29", **remote))
    assert (p.days, p.adjusted_band, p.signal) == (181, "remote", "none")
    # ...and says only that nothing was known, not that it was counted weak.
    assert not [n for n in p.notes if "counted" in n]
    # A strict circuit never touches a very close pair (day 30) and a lenient one never a remote.
    assert pair(one_event("pay_cut", "2026-09-03", **{"employment.work_state": "VA"})).signal == (
        "strong"
    )


def test_the_sb_497_presumption_holds_through_day_90_and_not_day_91():
    ca = {"employment.work_state": "CA", "protected_activities.0.kind": "whistleblower_report"}
    assert pair(one_event("pay_cut", "2026-11-02", **ca)).ca_presumption
    assert not pair(one_event("pay_cut", "2026-11-03", **ca)).ca_presumption
    # The same report in Washington: no California presumption.
    wa = {**ca, "employment.work_state": "WA"}
    assert not pair(one_event("pay_cut", "2026-11-02", **wa)).ca_presumption
    # A FEHA discrimination complaint in California: SB 497 does not reach it (§a.6).
    feha = {**ca, "protected_activities.0.kind": "discrimination_complaint"}
    assert not pair(one_event("pay_cut", "2026-09-03", **feha)).ca_presumption


def test_the_same_day_is_day_zero_and_very_close():
    p = pair(one_event("termination_notice", "2026-08-04", **{"employment.work_state": "OH"}))
    # Mickey v. Zeidler: fired the same day the employer learned; 0 days.
    assert (p.days, p.band, p.signal) == (0, "very_close", "strong")
