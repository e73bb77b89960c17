"""Properties that hold for any case: generated with hypothesis around the base case."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipv.engine import CaseInvalid, assess, load_json, parse, to_document

from .cases import document

AS_OF = date(2026, 11, 22)
past = st.integers(min_value=1, max_value=700).map(
    lambda n: (AS_OF - timedelta(days=n)).isoformat()
)
ahead = st.integers(min_value=1, max_value=900).map(
    lambda n: (AS_OF + timedelta(days=n)).isoformat()
)
money = st.decimals(min_value=0, max_value=900_000, places=2).map(lambda d: format(d, "f"))


@st.composite
def cases(draw):
    doc = document()
    emp = doc["employment"]
    emp["process"] = draw(st.sampled_from(["amazon-focus-pivot", "generic-pip"]))
    emp["work_state"] = draw(st.sampled_from(["WA", "CA", "NY", "VA", "OH", "TX", "IL"]))
    emp["base_salary_annual"] = draw(money)
    emp["age_40_or_over"] = draw(st.booleans())
    emp["immigration_status"] = draw(st.sampled_from(["h1b", "citizen_or_permanent_resident"]))
    doc["protected_activities"][0]["date"] = draw(past)
    doc["events"] = [
        {"id": f"e{i}", "kind": kind, "date": draw(past)}
        for i, kind in enumerate(
            draw(
                st.lists(
                    st.sampled_from(
                        ["negative_feedback", "transfer_restricted", "pivot_meeting", "pay_cut"]
                    ),
                    max_size=5,
                )
            )
        )
    ]
    doc["compensation"]["share_price"] = draw(money)
    doc["compensation"]["vests"] = [
        {"id": f"v{i}", "date": draw(ahead), "shares": str(draw(st.integers(1, 500)))}
        for i in range(draw(st.integers(0, 6)))
    ]
    doc["severance"] = {
        "offer_in_hand": True,
        "offer_date": draw(past),
        "grace_days": draw(st.integers(0, 90)),
        "plan_days": draw(st.integers(1, 90)),
        "appeal_days": draw(st.integers(0, 30)),
        "t1_weeks": str(draw(st.integers(0, 52))),
    }
    return parse(doc)


relaxed = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@relaxed
@given(cases())
def test_deadlines_never_precede_their_source(c):
    for d in assess(c).deadlines:
        assert d.date >= d.source_date, d


@relaxed
@given(cases())
def test_stage_last_days_are_in_funnel_order(c):
    last = {s.id: s.last_day for s in assess(c).stages}
    if "pivot_leave_t1" in last:
        assert last["pivot_leave_t1"] <= last["plan_fail_t2"] <= last["appeal_fail_t3"]


@relaxed
@given(cases())
def test_totals_are_the_sum_of_their_parts_in_exact_decimals(c):
    a = assess(c)
    for s in a.stages:
        parts = (s.severance, s.salary, s.vested_value, s.bonus, s.total)
        assert all(isinstance(x, Decimal) for x in parts)
        assert s.total == s.severance + s.salary + s.vested_value + s.bonus


def no_floats(value) -> bool:
    if isinstance(value, float):
        return False
    if isinstance(value, dict):
        return all(no_floats(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(no_floats(v) for v in value)
    return True


@relaxed
@given(cases())
def test_no_float_anywhere_in_the_assessment(c):
    assert no_floats(to_document(assess(c)))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_any_json_is_read_or_refused_with_problems_never_a_crash(value):
    try:
        parse(value)
    except CaseInvalid as exc:
        assert exc.problems and all(str(p) for p in exc.problems)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_are_refused_politely(data):
    try:
        load_json(data)
    except CaseInvalid as exc:
        assert exc.problems
