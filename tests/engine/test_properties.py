"""Properties that hold for any case: generated with hypothesis around the base case.

The generator varies everything the engine reads: both processes, many states (researched,
unresearched, other circuits), several protected activities of any kind with yes/no/unknown
knowledge and any channel, favourable, neutral and adverse events, an optional improvement
plan start and end, vests and bonuses (with and without a repayment date and amount),
any immigration status (OPT days, I-94 end), age 40 or over, an offer, a signed release;
and the second round's fields: a job that has ended (its day and way), a public employer or
not, a report's subject, a leave's end, the day the decision-maker learned, a right-to-sue
notice, and no as-of date at all.
"""

from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import holidays
from dateutil.easter import easter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipv.engine import CaseInvalid, assess, load_json, parse, to_document
from pipv.engine.calendar import NOT_DEADLINE_HOLIDAYS
from pipv.engine.case import (
    ACTIVITY_KINDS,
    ADVERSE_EVENTS,
    AT_WORK_EVENTS,
    FAVOURABLE_EVENTS,
    IMMIGRATION_STATUSES,
    KNOWLEDGE,
    RATINGS,
    REPORTED_TO,
    SCHEDULED_EVENTS,
    SUBJECTS,
    US_STATES,
)
from pipv.engine.processes import PROFILES

from .cases import document

AS_OF = date(2026, 11, 22)
past = st.integers(min_value=0, max_value=900).map(
    lambda n: (AS_OF - timedelta(days=n)).isoformat()
)
ahead = st.integers(min_value=1, max_value=900).map(
    lambda n: (AS_OF + timedelta(days=n)).isoformat()
)
around = st.integers(min_value=-900, max_value=900).map(
    lambda n: (AS_OF + timedelta(days=n)).isoformat()
)
money = st.decimals(min_value=0, max_value=900_000, places=2).map(lambda d: format(d, "f"))
# Every state, DC, Puerto Rico and the territories outside the jurisdiction table.
STATES = list(US_STATES)
# Events that happened (dated on or before as_of); the plan's start and end come separately.
LIVED_EVENTS = [
    k
    for k in (
        *FAVOURABLE_EVENTS,
        "manager_change",
        "leave_start",
        "right_to_sue_notice",
        *ADVERSE_EVENTS,
    )
    if k not in SCHEDULED_EVENTS and k != "improvement_plan_start"
]


def in_order(first: str | None, then: str | None) -> tuple[str | None, str | None]:
    """Two ISO dates (either may be absent), the earlier first."""
    if first is not None and then is not None and then < first:
        return then, first
    return first, then


def maybe(draw, strategy):
    return draw(strategy) if draw(st.booleans()) else None


@st.composite
def cases(draw):
    doc = document()
    emp = doc["employment"]
    emp["process"] = draw(st.sampled_from(["amazon-focus-pivot", "generic-pip"]))
    emp["work_state"] = draw(st.sampled_from(STATES))
    # A city with a local agency (or one without) in any state: only its own state's counts.
    emp["work_city"] = maybe(draw, st.sampled_from(["New York City", "seattle", "Spokane"]))
    emp["base_salary_annual"] = draw(money)
    emp["age_40_or_over"] = draw(st.booleans())
    status = draw(st.sampled_from(IMMIGRATION_STATUSES))
    emp["immigration_status"] = status
    if status == "f1_opt":
        emp["opt_stem_extension"] = draw(st.booleans())
        emp["opt_unemployment_days_used"] = draw(st.integers(0, 150))
    else:
        emp["visa_valid_until"] = maybe(draw, around)
    emp["last_review"] = maybe(
        draw, st.fixed_dictionaries({"date": past, "rating": st.sampled_from(RATINGS)})
    )
    emp["manager_change_date"] = maybe(draw, past)
    emp["employer_public"] = maybe(draw, st.booleans())
    if draw(st.booleans()):
        emp["ended_on"] = draw(past)
        # A way of leaving of the process drawn (another's is refused), or "other".
        ways = [s.id for s in PROFILES[emp["process"]].stages]
        emp["exit_path"] = maybe(draw, st.sampled_from([*ways, "other"]))

    activities = []
    for i in range(draw(st.integers(0, 4))):
        day = AS_OF - timedelta(days=draw(st.integers(0, 900)))
        activity = {
            "id": f"pa{i}",
            "kind": draw(st.sampled_from(ACTIVITY_KINDS)),
            "date": day.isoformat(),
            "reported_to": draw(st.sampled_from(REPORTED_TO)),
            "in_writing": draw(st.booleans()),
            "decision_maker_knew": draw(st.sampled_from(KNOWLEDGE)),
            "subject": maybe(draw, st.sampled_from(SUBJECTS)),
            "end_date": maybe(
                draw, st.integers(0, 200).map(lambda n, d=day: (d + timedelta(n)).isoformat())
            ),
            "known_on": maybe(
                draw,
                st.integers(0, (AS_OF - day).days).map(
                    lambda n, d=day: (d + timedelta(n)).isoformat()
                ),
            ),
        }
        activities.append({k: v for k, v in activity.items() if v is not None})
    doc["protected_activities"] = activities
    events = [
        {
            "id": f"e{i}",
            "kind": kind,
            "date": draw(past),
            "contradicting_evidence": draw(st.sampled_from(["", "the tracker shows it done"])),
        }
        for i, kind in enumerate(draw(st.lists(st.sampled_from(LIVED_EVENTS), max_size=6)))
    ]
    if draw(st.booleans()):
        # The Pivot meeting anchors the Amazon stages (and a generic plan with no start).
        events.append({"id": "pm", "kind": "pivot_meeting", "date": draw(past)})
    start_offset = maybe(draw, st.integers(0, 400))
    if start_offset is not None:
        start = AS_OF - timedelta(days=start_offset)
        events.append({"id": "ps", "kind": "improvement_plan_start", "date": start.isoformat()})
        end = maybe(draw, st.integers(0, 200))
        if end is not None:
            events.append(
                {
                    "id": "pe",
                    "kind": "improvement_plan_end",
                    "date": (start + timedelta(days=end)).isoformat(),
                }
            )
    doc["events"] = events
    if "ended_on" in emp:
        # The job ends on or after all that was lived at work (a later day is refused).
        emp["ended_on"] = max(
            [emp["ended_on"], *(e["date"] for e in events if e["kind"] in AT_WORK_EVENTS)]
        )

    doc["compensation"]["share_price"] = draw(money)
    doc["compensation"]["vests"] = [
        {"id": f"v{i}", "date": draw(around), "shares": str(draw(st.integers(0, 500)))}
        for i in range(draw(st.integers(0, 6)))
    ]
    doc["compensation"]["bonuses"] = [
        {
            "id": f"b{i}",
            "date": draw(around),
            "amount": draw(money),
            "repay_if_leave_before": maybe(draw, around),
            **({"repay_amount": draw(money)} if draw(st.booleans()) else {}),
        }
        for i in range(draw(st.integers(0, 4)))
    ]
    # A release is signed on or after the day it is offered.
    offered, signed = in_order(maybe(draw, past), maybe(draw, past))
    severance = {
        "offer_in_hand": draw(st.booleans()),
        "group_exit": draw(st.booleans()),
        "offer_date": offered,
        "release_signed_date": signed,
        "grace_days": maybe(draw, st.integers(0, 90)),
        "decision_business_days": maybe(draw, st.integers(0, 15)),
        "plan_days": maybe(draw, st.integers(0, 120)),
        "appeal_days": maybe(draw, st.integers(0, 30)),
        "t1_weeks": maybe(draw, st.integers(0, 52).map(str)),
        "t2_weeks": maybe(draw, st.decimals(0, 26, places=1).map(lambda d: format(d, "f"))),
        "t3_weeks": maybe(draw, st.integers(0, 12)),
        "extra": maybe(draw, money),
    }
    doc["severance"] = {k: v for k, v in severance.items() if v is not None}
    if draw(st.booleans()):
        # No as-of date: counted from "today", fixed here so the case is the same each run.
        del doc["as_of"]
        return parse(doc, today=AS_OF)
    return parse(doc)


relaxed = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@relaxed
@given(cases())
def test_deadlines_never_precede_their_source(c):
    for d in assess(c).deadlines:
        # A visa grace period cut short by the I-94's end never ends before the last day it
        # runs from: an I-94 that ends first is a deadline of its own, from the I-94.
        assert d.file_by >= d.source_date, d
        assert d.date >= d.file_by, d


# Deadlines whose rule moves them off weekends and federal holidays (§c.1, deadline.roll_forward)
# or counts them in business days (pivot.decision, ca.sb331.consider).
ON_BUSINESS_DAYS = frozenset(
    {
        "pivot_decision",
        "eeoc_charge",
        "ca_release_consider",
    }
)
# A state's (or city's) agency deadline moves by that state's own legal holidays.
# A state agency's complaint, Washington's paid-leave one too (WAC 192-570-030(3)).
ON_STATE_BUSINESS_DAYS = frozenset(
    {"state_agency_charge", "local_agency_charge", "ca_labor_commissioner", "wa_pfml_complaint"}
)
# Court, release and benefit periods are shown as counted: never moved, and so are the SOX
# complaint and the NLRB charge (no source read gives them the next business day).
AS_COUNTED = frozenset(
    {
        "sox_complaint",
        "nlra_charge",
        "osha_safety_complaint",
        "flsa_lawsuit",
        "fmla_lawsuit",
        "fmla_lawsuit_willful",
        "owbpa_consider",
        "owbpa_revoke",
        "visa_grace_end",
        "visa_status_end",
        "cobra_election",
        "right_to_sue_lawsuit",
        "adea_suit_earliest",
        "dodd_frank_lawsuit",
        "flsa_lawsuit_willful",
        "section_1981_lawsuit",
        "state_lawsuit_after_notice",
        "tx_lawsuit_two_years",
        "wa_wlad_lawsuit",
        "ny_740_lawsuit",
        "ny_release_consider",
        "ny_release_revoke",
        "il_release_consider",
        "il_release_revoke",
        "nj_cepa_lawsuit",
        "nj_lad_lawsuit",
    }
)


def federal_business_day(day: date) -> bool:
    """The oracle: the holidays package's US federal calendar, as observed, and the weekday."""
    return day.weekday() < 5 and day not in holidays.country_holidays(
        "US", years=day.year, observed=True
    )


# Days the package lists that move no deadline in the state, read in its statutes: Tex. Gov't
# Code 662.003(c), 662.013; Cal. Gov. Code 6700 and Code Civ. Proc. 135; N.Y. Gen. Constr. Law 24.
# The days a state only marks while its offices stay open: the engine's table, each entry
# cited to its statute there. The oracle's own part is how days move and what is added.
ONLY_MARKED = NOT_DEADLINE_HOLIDAYS
# Where a holiday on a weekend is kept on a weekday: New York, Illinois, Wisconsin and
# Wyoming keep only a Sunday's, on the Monday (N.Y. Gen. Constr. Law 24; 5 ILCS 490/60; Wis.
# Stat. 230.35(4)(a)10; W.S. 8-4-101(b)); Texas keeps none. Rhode Island keeps a Saturday's
# on the Monday after too (R.I. Gen. Laws 25-1-1). Missouri and Michigan move a Sunday's
# only (RSMo 9.010; MCL 435.102).
MOVED_KEPT_ON_MONDAY_ONLY = {"NY", "IL", "WI", "WY", "RI", "MO", "MI"}
MOVED_NEVER_KEPT = {"TX"}


def california_court_holiday(day: date) -> bool:
    """Cal. Code Civ. Proc. 135 beyond the package's list: Lincoln Day (a Sunday's kept on the
    Monday) and, from 2022, Native American Day, the fourth Friday in September."""
    lincoln = date(day.year, 2, 12)
    if lincoln.weekday() == 6:
        lincoln += timedelta(days=1)
    fridays = [date(day.year, 9, d) for d in range(1, 31) if date(day.year, 9, d).weekday() == 4]
    return day == lincoln or (day.year >= 2022 and day == fridays[3])


def new_jersey_juneteenth(day: date) -> bool:
    """N.J.S.A. 11A:6-24.1(a)(6): state offices close on the third Friday in June (from 2024,
    the first year the engine counts it)."""
    return day.year >= 2024 and day.month == 6 and day.weekday() == 4 and 15 <= day.day <= 21


def utah_juneteenth(day: date) -> bool:
    """Utah Code 63G-1-301(2)(c)-(d), from 2025: the Monday of the week of June 19 (Tuesday to
    Friday), the Monday after a weekend June 19, or June 19 itself on a Monday."""
    if day.year < 2025 or day.weekday() != 0:
        return False
    june_19 = date(day.year, 6, 19)
    return 0 <= (june_19 - day).days <= 4 or 1 <= (day - june_19).days <= 2


def state_business_day(state: str, day: date) -> bool:
    """The oracle for a state's own deadlines: its legal holidays in the holidays package,
    less the days it only marks and the moved days it does not keep, plus California's
    court holidays and New Jersey's Juneteenth."""
    if day.weekday() >= 5 or (state == "CA" and california_court_holiday(day)):
        return False
    if state == "NJ" and new_jersey_juneteenth(day):
        return False
    if state == "UT" and utah_juneteenth(day):
        return False
    if state in {"HI", "ND"} and day == easter(day.year) - timedelta(days=2):
        return False  # Good Friday (HRS 8-1; NDCC 1-03-01(5))
    if state == "NE" and day.month == 11 and day.weekday() == 4 and 23 <= day.day <= 29:
        return False  # the day after Thanksgiving (Neb. Rev. Stat. 25-2221)
    if state == "MO" and (day.month, day.day) == (2, 12):
        return False  # Lincoln's Birthday (RSMo 9.010)
    if state == "MO" and (day.month, day.day, day.weekday()) == (2, 13, 0):
        return False  # ... kept the Monday after when on a Sunday
    if state == "RI" and day.weekday() == 0:
        saturday = day - timedelta(days=2)
        if (saturday.month, saturday.day) in {(1, 1), (7, 4), (11, 11), (12, 25)}:
            return False
    listed = holidays.country_holidays("US", subdiv=state, years=day.year, observed=True)
    for name in listed.get(day, "").split("; "):
        moved = name.endswith(" (observed)")
        if moved and (
            state in MOVED_NEVER_KEPT or (state in MOVED_KEPT_ON_MONDAY_ONLY and day.weekday() != 0)
        ):
            continue
        if state == "CA" and day.year < 2023 and name.startswith("Juneteenth"):
            continue  # a judicial holiday from 2023 only (AB 1655, Stats. 2022)
        if state == "RI" and day.year < 2024 and name.startswith("Juneteenth"):
            continue  # a Rhode Island holiday from 2024 (2023-S 0444A)
        if state == "UT" and day.year >= 2025 and name.startswith("Juneteenth"):
            continue  # kept on a Monday from 2025 (Utah Code 63G-1-301(2)(c)-(d))
        marked = ONLY_MARKED.get(state, set())
        if name and name not in marked and name.removesuffix(" (observed)") not in marked:
            return False
    return True


@relaxed
@given(cases())
def test_business_day_deadlines_never_land_on_a_weekend_or_federal_holiday(c):
    found = assess(c).deadlines
    assert {d.id for d in found} <= ON_BUSINESS_DAYS | ON_STATE_BUSINESS_DAYS | AS_COUNTED
    state = c.employment.work_state
    for d in found:
        # A state agency keeps the state's own legal holidays; everything else the federal.
        on_its_calendar = (
            (lambda day: state_business_day(state, day))
            if d.id in ON_STATE_BUSINESS_DAYS
            else federal_business_day
        )
        if d.id in ON_BUSINESS_DAYS | ON_STATE_BUSINESS_DAYS:
            assert on_its_calendar(d.date), d
        if d.rolled_forward:
            # Rolled to the first business day on or after the counted day, which is kept
            # as the safe day to act by: every day from it to the day before is off.
            assert d.id in ON_BUSINESS_DAYS | ON_STATE_BUSINESS_DAYS and d.file_by < d.date
            off = d.file_by
            while off < d.date:
                assert not on_its_calendar(off), d
                off += timedelta(1)
            assert "deadline.roll_forward" in d.extra_rules
        elif "pivot.holidays_unknown" in d.extra_rules:
            # The Pivot choice: file_by counts every weekday, the date skips the federal
            # holidays, and a holiday lies between them.
            assert d.id == "pivot_decision" and d.file_by < d.date, d
            assert d.file_by.weekday() < 5, d
        else:
            assert d.date == d.file_by, d
        if d.id in AS_COUNTED:
            assert not d.rolled_forward, d


@relaxed
@given(cases())
def test_kinds_passed_and_the_nearest_deadline(c):
    a = assess(c)
    for d in a.deadlines:
        assert d.kind in ("deadline", "employer_minimum", "what_if")
        assert d.passed == (d.date < c.as_of) == (d.days_left < 0)
        # The employer's duties: the least time it must give.
        employer = (
            "owbpa_consider",
            "ca_release_consider",
            "ny_release_consider",
            "il_release_consider",
        )
        assert (d.kind == "employer_minimum") == (d.id in employer), d
        if d.kind == "what_if":
            # A way of leaving not taken yet, or the ADEA's earliest day to sue, which only
            # matters if the person chooses to sue before the agency has finished.
            if d.id == "adea_suit_earliest":
                assert d.path is None
            else:
                assert d.id in ("cobra_election", "visa_grace_end") and d.path == d.source
        # The person's own appeal starts no clock.
        assert not any(e.id == d.source and e.kind == "appeal_filed" for e in c.events)
    # The revocation window exists only once a signing date is known.
    revoke = [d for d in a.deadlines if d.id == "owbpa_revoke"]
    assert all(d.source == "severance.release_signed_date" for d in revoke)
    if c.severance.release_signed_date is None:
        assert revoke == []
    nearest = a.nearest_deadline
    if nearest is not None:
        assert nearest.kind == "deadline" and not nearest.passed
        ahead = [d for d in a.deadlines if d.kind == "deadline" and not d.passed]
        assert nearest.date == min(d.date for d in ahead)
    assert set(a.passed_deadlines) == {
        d for d in a.deadlines if d.kind == "deadline" and d.days_left < 0
    }


@relaxed
@given(cases())
def test_a_job_that_has_ended_projects_nothing(c):
    ended = c.employment.ended_on
    a = assess(c)
    if ended is None:
        return
    assert all(s.passed and not s.projected for s in a.stages)
    # No way of leaving is left to choose (the ADEA's earliest day to sue is a what-if of
    # another kind: whether to sue before the agency has finished).
    assert a.money.open_stages == ()
    assert not any(d.kind == "what_if" and d.id != "adea_suit_earliest" for d in a.deadlines)
    assert not any(d.id == "pivot_decision" for d in a.deadlines)
    for d in a.deadlines:
        if d.id in ("cobra_election", "visa_grace_end"):
            assert (d.source, d.source_date, d.kind) == ("employment.ended_on", ended, "deadline")
            assert d.date >= ended
        if d.id == "cobra_election":
            assert d.date == ended + timedelta(days=60)


@relaxed
@given(cases())
def test_timing_counts_from_the_closest_date_the_record_allows(c):
    activities = {a.id: a for a in c.protected_activities}
    for p in assess(c).timing.pairs:
        activity = activities[p.activity]
        assert p.days >= 0 and p.measured_from in ("date", "end_date", "known_on")
        assert p.days == (p.event_date - p.measured_from_date).days
        assert activity.date <= p.measured_from_date <= p.event_date
        if p.measured_from == "end_date":
            assert p.measured_from_date == activity.end_date
        if p.measured_from == "known_on":
            assert p.measured_from_date == activity.known_on


@relaxed
@given(cases())
def test_stage_last_days_are_in_funnel_order(c):
    last = {s.id: s.last_day for s in assess(c).stages}
    emp = c.employment
    if emp.ended_on is not None:
        # The way the job ended has its real last day, and none runs past it; the others
        # keep their projected ones up to it.
        assert all(day <= emp.ended_on for day in last.values())
        if emp.exit_path in last:
            assert last[emp.exit_path] == emp.ended_on
        c = replace(c, employment=replace(emp, ended_on=None))
        last = {s.id: s.last_day for s in assess(c).stages}
    if c.employment.process == "amazon-focus-pivot":
        # A grace period follows T1 and T3 but not a failed plan (T2).
        assert max(last["pivot_leave_t1"], last["plan_fail_t2"]) <= last["appeal_fail_t3"]
        # A plan counts from its recorded start, which may come before a projected window's end.
        if not c.severance.grace_days and c.latest_event("improvement_plan_start") is None:
            assert last["pivot_leave_t1"] <= last["plan_fail_t2"]
        # appeal_win is the appeal end + 60 days of team search; T3 the appeal end + grace.
        if (c.severance.grace_days or 0) <= 60:
            assert last["appeal_fail_t3"] <= last["appeal_win"]
    else:
        assert set(last) == {"resign_now", "pip_fail"}
    assert last["resign_now"] == c.as_of


@relaxed
@given(cases())
def test_totals_are_the_sum_of_their_parts_in_exact_decimals(c):
    a = assess(c)
    for s in a.stages:
        parts = (s.severance, s.salary, s.vested_value, s.bonus, s.total)
        assert all(isinstance(x, Decimal) for x in parts)
        assert s.total == s.severance + s.salary + s.vested_value + s.bonus


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@relaxed
@given(cases())
def test_each_part_follows_the_written_conventions(c):
    """The README's "How the money is counted", written out again here as the oracle."""
    a = assess(c)
    annual = c.employment.base_salary_annual
    comp = c.compensation
    weeks = {
        "pivot_leave_t1": a.terms.t1_weeks,
        "plan_fail_t2": a.terms.t2_weeks,
        "appeal_fail_t3": a.terms.t3_weeks,
        "appeal_win": a.terms.t1_weeks,
        "pip_fail": a.terms.t2_weeks,
    }
    for s in a.stages:
        last = s.last_day
        if s.id == "resign_now":
            assert s.severance == 0
        else:
            assert s.severance == cents(weeks[s.id] * annual / 52 + a.terms.extra)
        days = max(0, (last - c.as_of).days)
        assert s.salary == cents(annual * days / 365)
        kept = [v for v in comp.vests if c.as_of < v.date <= last]
        assert s.vested_value == cents(sum((v.shares * comp.share_price for v in kept), Decimal(0)))
        paid = sum((b.amount for b in comp.bonuses if c.as_of < b.date <= last), Decimal(0))
        owed = [
            b
            for b in comp.bonuses
            if b.date <= last and b.repay_if_leave_before and last < b.repay_if_leave_before
        ]
        repaid = sum(
            (b.amount if b.repay_amount is None else b.repay_amount for b in owed), Decimal(0)
        )
        assert s.bonus == cents(paid - repaid)
        assert set(s.bonus_repayments) == {b.id for b in owed}
        # Every vest is kept, lost, or already held (vested by as_of, or by the real last day
        # of a job that has ended): never two of them, even in a stage that has passed.
        ended = c.employment.ended_on
        held = c.as_of if ended is None else min(c.as_of, ended)
        assert set(s.vests_kept) == {v.id for v in kept}
        assert set(s.vests_lost) == {v.id for v in comp.vests if v.date > max(last, held)}
        assert set(s.bonuses_lost) == {b.id for b in comp.bonuses if b.date > max(last, held)}


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
