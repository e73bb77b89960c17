"""The jurisdiction table: every state, DC and Puerto Rico, each agency's period worked by hand.

The expected dates below are written out from the statutes' periods, not read from
jurisdictions.toml: a clinic that edits a period there must also change its line here, which
is the point (the two must agree before `make test` passes).
"""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipv.engine import assess
from pipv.engine import jurisdictions as j
from pipv.engine.rules import RULES

from .cases import LONG_AGO, by_act, case, two_acts

ALL = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
).split()


# The base case's first act, e1, is Wed Sep 2, 2026. By hand:
#   180 days -> Mon Mar 1, 2027      6 months -> Tue Mar 2, 2027
#   300 days -> Tue Jun 29, 2027     1 year / 365 days -> Thu Sep 2, 2027
#   2 years -> Sat Sep 2, 2028; Mon Sep 4 is Labor Day -> Tue Sep 5, 2028
#   3 years -> Sun Sep 2, 2029; Mon Sep 3 is Labor Day -> Tue Sep 4, 2029
D180, M6, D300, Y1 = date(2027, 3, 1), date(2027, 3, 2), date(2027, 6, 29), date(2027, 9, 2)
Y2, Y3 = date(2028, 9, 5), date(2029, 9, 4)
NONE = None  # no agency for private employers: EEOC 180 days only

AFTER_LATEST_CHANGE = {
    "AL": (NONE, "state.al.agency"),
    "AK": (D180, "state.ak.agency"),
    "AZ": (D180, "state.az.agency"),
    "AR": (NONE, "state.ar.agency"),
    "CA": (Y3, "state.ca.crd"),
    "CO": (D300, "state.co.ccrd"),
    "CT": (D300, "state.ct.agency"),
    "DE": (D300, "state.de.agency"),
    "DC": (Y1, "state.dc.agency"),
    "FL": (Y1, "state.fl.agency"),  # 365 days: Sep 2, 2027 as well (no Feb 29 between)
    "GA": (NONE, "state.ga.agency"),
    "HI": (D180, "state.hi.agency"),
    "ID": (Y1, "state.id.agency"),
    "IL": (Y2, "state.il.idhr"),
    "IN": (D180, "state.in.agency"),
    "IA": (D300, "state.ia.agency"),
    "KS": (M6, "state.ks.agency"),
    "KY": (D180, "state.ky.agency"),
    "LA": (D180, "state.la.agency"),
    "ME": (D300, "state.me.agency"),
    "MD": (D300, "state.md.agency"),
    "MA": (D300, "state.ma.mcad"),
    "MI": (D180, "state.mi.agency"),
    "MN": (Y1, "state.mn.agency"),
    "MS": (NONE, "state.ms.agency"),
    "MO": (D180, "state.mo.agency"),
    "MT": (D180, "state.mt.agency"),
    "NE": (D300, "state.ne.agency"),
    "NV": (D300, "state.nv.agency"),
    "NH": (D180, "state.nh.agency"),
    "NJ": (D180, "state.nj.agency"),
    "NM": (D300, "state.nm.agency"),
    "NY": (Y3, "state.ny.dhr"),
    "NC": (NONE, "state.nc.agency"),
    "ND": (D300, "state.nd.agency"),
    "OH": (Y2, "state.oh.agency"),
    "OK": (D180, "state.ok.agency"),
    "OR": (Y1, "state.or.agency"),
    "PA": (D180, "state.pa.agency"),
    "RI": (Y1, "state.ri.agency"),
    "SC": (D180, "state.sc.agency"),
    "SD": (D180, "state.sd.agency"),
    "TN": (D180, "state.tn.agency"),
    "TX": (D180, "state.tx.twc"),
    "UT": (D180, "state.ut.agency"),
    "VT": (D300, "state.vt.agency"),
    "VA": (D180, "state.va.ocr"),
    "WA": (M6, "state.wa.wshrc"),
    "WV": (Y1, "state.wv.agency"),  # 365 days
    "WI": (D300, "state.wi.agency"),
    "WY": (M6, "state.wy.agency"),  # six months since 2005-07-01
    "PR": (D300, "state.pr.agency"),
}


def test_the_table_covers_every_state_dc_and_puerto_rico():
    assert sorted(j.table().states) == sorted(ALL)
    assert sorted(AFTER_LATEST_CHANGE) == sorted(ALL)


@pytest.mark.parametrize("state", ALL)
def test_each_jurisdiction_charge_for_an_act_after_its_latest_change(state):
    expected, rule_id = AFTER_LATEST_CHANGE[state]
    c = case(**{"employment.work_state": state})
    found = by_act(c, "state_agency_charge")
    eeoc = by_act(c, "eeoc_charge")["e1"]
    if expected is None:
        # No agency for private employers: no state deadline, and the EEOC's 180 days (Mon
        # Mar 1, 2027), with the state's own rule saying why (and where a local agency might
        # give more). No 300-day date is called likely, verified or not (42 U.S.C.
        # 2000e-5(e)(1): 300 days only where a state or local agency covers the claim).
        assert found == {}
        assert (eeoc.file_by, eeoc.date) == (D180, D180)
        assert eeoc.extra_rules == (rule_id,) and eeoc.likely is None
    else:
        assert (found["e1"].date, found["e1"].rule) == (expected, rule_id)
        # A state agency enforcing a similar law: the EEOC's 300 days (Tue Jun 29, 2027).
        assert eeoc.date == D300 and eeoc.extra_rules == ()
    assert RULES[rule_id].citation


# Where the period changed, an act the day before keeps the old one (worked by hand).
BEFORE_AND_ON_CHANGE = [
    # CA (AB 9): Tue Dec 31, 2019 + 1 year = Thu Dec 31, 2020; Wed Jan 1, 2020 + 3 years =
    # Sun Jan 1, 2023, New Year's Day observed Mon Jan 2 -> Tue Jan 3, 2023.
    ("CA", "2019-12-31", date(2020, 12, 31), "2020-01-01", date(2023, 1, 3)),
    # CT (P.A. 19-16): Mon Sep 30, 2019 + 180 days = Sat Mar 28, 2020 -> Mon Mar 30;
    # Tue Oct 1, 2019 + 300 days = Mon Jul 27, 2020.
    ("CT", "2019-09-30", date(2020, 3, 30), "2019-10-01", date(2020, 7, 27)),
    # MD: Fri Sep 30, 2022 + 6 months = Thu Mar 30, 2023; Sat Oct 1, 2022 + 300 days =
    # Fri Jul 28, 2023.
    ("MD", "2022-09-30", date(2023, 3, 30), "2022-10-01", date(2023, 7, 28)),
    # OH (H.B. 352): Tue Apr 6, 2021 + 6 months = Wed Oct 6, 2021; Mon Apr 12, 2021 +
    # 2 years = Wed Apr 12, 2023.
    ("OH", "2021-04-06", date(2021, 10, 6), "2021-04-12", date(2023, 4, 12)),
    # CO (HB 22-1367): Tue Aug 9, 2022 + 6 months = Thu Feb 9, 2023; Wed Aug 10, 2022 +
    # 300 days = Tue Jun 6, 2023.
    ("CO", "2022-08-09", date(2023, 2, 9), "2022-08-10", date(2023, 6, 6)),
    # IL (P.A. 103-0973): Tue Dec 31, 2024 + 300 days = Mon Oct 27, 2025; Wed Jan 1, 2025 +
    # 2 years = Fri Jan 1, 2027, New Year's Day -> Mon Jan 4, 2027.
    ("IL", "2024-12-31", date(2025, 10, 27), "2025-01-01", date(2027, 1, 4)),
    # WY (27-9-106(a) as amended in 2005): Thu Jun 30, 2005 + 90 days = Wed Sep 28, 2005;
    # Fri Jul 1, 2005 + 6 months = Sun Jan 1, 2006, New Year's Day observed Mon Jan 2 ->
    # Tue Jan 3, 2006.
    ("WY", "2005-06-30", date(2005, 9, 28), "2005-07-01", date(2006, 1, 3)),
]


@pytest.mark.parametrize(("state", "before", "old", "on", "new"), BEFORE_AND_ON_CHANGE)
def test_an_act_before_a_change_keeps_the_earlier_period(state, before, old, on, new):
    found = by_act(two_acts(state, before, on), "state_agency_charge")
    assert (found["e1"].date, found["e2"].date) == (old, new)


def test_a_california_charge_due_on_lincoln_day_is_accepted_after_the_long_weekend():
    # Thu Feb 12, 2024 + 3 years (Gov. Code 12960(e)) = Fri Feb 12, 2027, Lincoln Day, a
    # judicial holiday; Mon Feb 15 is Presidents' Day: accepted until Tue Feb 16. The safe
    # day shown stays Feb 12.
    c = case(
        **{
            "employment.work_state": "CA",
            "events": [{"id": "e1", "kind": "demotion", "date": "2024-02-12"}],
        }
    )
    d = by_act(c, "state_agency_charge")["e1"]
    assert (d.file_by, d.date, d.rolled_forward) == (date(2027, 2, 12), date(2027, 2, 16), True)


def test_state_deadlines_move_by_the_states_own_holidays():
    # Sun Apr 8, 2029 + 6 months = Mon Oct 8, 2029, Columbus Day: a federal holiday that
    # Washington does not keep (RCW 1.16.050), so the WSHRC's deadline stays on Oct 8.
    c = case(**{"events.0.date": "2029-04-08", "as_of": "2029-04-10"})
    wa = by_act(c, "state_agency_charge")["e1"]
    assert wa.date == date(2029, 10, 8) and not wa.rolled_forward
    # New York keeps Columbus Day: the same day would move to Tue Oct 9, 2029.
    assert j.state("NY").roll_forward(date(2029, 10, 8)) == date(2029, 10, 9)


@pytest.mark.parametrize(
    ("state", "act", "last_day"),
    [
        # 180 days from Sun Oct 5, 2025 end on Good Friday, Apr 3, 2026, and from Thu Oct 2,
        # 2025 on Cesar Chavez Day, Tue Mar 31, 2026: in Texas both are optional holidays,
        # worked in place of another (Tex. Gov't Code 662.003(c), 662.013).
        ("TX", "2025-10-05", date(2026, 4, 3)),
        ("TX", "2025-10-02", date(2026, 3, 31)),
        # 3 years from Sat Feb 15, 2025 end on Tue Feb 15, 2028, Susan B. Anthony Day: in
        # neither state's list of legal holidays (Cal. Gov. Code 6700; N.Y. Gen. Constr. Law 24).
        ("CA", "2025-02-15", date(2028, 2, 15)),
        ("NY", "2025-02-15", date(2028, 2, 15)),
        # Florida, 365 days: from Thu Jun 18, 2026 to Fri Jun 18, 2027, the package's
        # Juneteenth (observed), and from Sun Feb 15, 2026 to Mon Feb 15, 2027, Susan B.
        # Anthony Day. State offices close on neither (Fla. Stat. 110.117(1)), and Juneteenth
        # is an observance (683.21), no legal holiday of 683.01.
        ("FL", "2026-06-18", date(2027, 6, 18)),
        ("FL", "2026-02-15", date(2027, 2, 15)),
        # Wisconsin, 300 days, on days its offices stay open (Wis. Stat. 230.35(4)(a)): from
        # Sat Aug 23, 2025 to Fri Jun 19, 2026 (Juneteenth); from Thu Jan 15, 2026 to Wed
        # Nov 11, 2026 (Veterans Day); from Tue Apr 22, 2025 to Mon Feb 16, 2026 (Washington's
        # Birthday); from Sat Sep 6, 2025 to Fri Jul 3, 2026 (July 4 on a Saturday, which
        # Wisconsin does not move to the Friday).
        ("WI", "2025-08-23", date(2026, 6, 19)),
        ("WI", "2026-01-15", date(2026, 11, 11)),
        ("WI", "2025-04-22", date(2026, 2, 16)),
        ("WI", "2025-09-06", date(2026, 7, 3)),
        # New Jersey, 180 days: from Sun Aug 15, 2027 to Fri Feb 11, 2028, where the package
        # keeps Lincoln's Birthday (a Saturday), and from Fri Dec 22, 2023 to Wed Jun 19, 2024
        # (Juneteenth). State offices open on both (N.J.S.A. 36:1-1(d); 11A:6-24.1(a)(6)).
        ("NJ", "2027-08-15", date(2028, 2, 11)),
        ("NJ", "2023-12-22", date(2024, 6, 19)),
        # Iowa, 300 days, on days its offices stay open (Iowa Code 1C.2(1)): from Sun Apr 18,
        # 2026 to Fri Feb 12, 2027 (Lincoln's Birthday) and from Tue Apr 22, 2025 to Mon Feb
        # 16, 2026 (Washington's Birthday).
        ("IA", "2026-04-18", date(2027, 2, 12)),
        ("IA", "2025-04-22", date(2026, 2, 16)),
        # Montana, 180 days: from Sun Dec 21, 2025 to Fri Jun 19, 2026, Juneteenth, no legal
        # holiday of MCA 1-1-216(1): accepted that Friday, not on Mon Jun 22.
        ("MT", "2025-12-21", date(2026, 6, 19)),
        # Wyoming, 6 months: from Sat Jan 3, 2026 to Fri Jul 3, 2026. July 4 is a Saturday,
        # and W.S. 8-4-101(b) moves a holiday off a Sunday only.
        ("WY", "2026-01-03", date(2026, 7, 3)),
        # Utah, 180 days: from Sun Dec 21, 2025 to Fri Jun 19, 2026. Since 2025 Utah keeps
        # Juneteenth on the Monday before (Utah Code 63G-1-301(2)(c)), Mon Jun 15, 2026.
        ("UT", "2025-12-21", date(2026, 6, 19)),
        # Rhode Island, one year: from Thu Jul 3, 2025 to Fri Jul 3, 2026. July 4 is a
        # Saturday, which R.I. Gen. Laws 25-1-1 keeps on the Monday after, not the Friday.
        ("RI", "2025-07-03", date(2026, 7, 3)),
        # Vermont, 300 days: from Sat Aug 23, 2025 to Fri Jun 19, 2026, Juneteenth, a day its
        # state offices stay open (1 V.S.A. 371(b) leaves closing to collective bargaining).
        ("VT", "2025-08-23", date(2026, 6, 19)),
        # New Hampshire, 180 days: from Sun May 31, 2026 to Fri Nov 27, 2026, the day after
        # Thanksgiving, no legal holiday of RSA 288:1.
        ("NH", "2026-05-31", date(2026, 11, 27)),
        # Colorado, 300 days: from Wed Jun 4, 2025 to Tue Mar 31, 2026, Cesar Chavez Day, which
        # a state employee may take in lieu of another holiday while offices stay open (C.R.S.
        # 24-11-112); New Mexico, 300 days: from Sat Aug 23, 2025 to Fri Jun 19, 2026, when
        # its Juneteenth is the third Saturday in June (NMSA 12-5-14).
        ("CO", "2025-06-04", date(2026, 3, 31)),
        ("NM", "2025-08-23", date(2026, 6, 19)),
        # Louisiana, 180 days: from Sun May 14, 2028 to Fri Nov 10, 2028; Veterans Day is a
        # Saturday and La. R.S. 1:55 moves only New Year's Day, July 4 and Christmas to a
        # Friday. Missouri, 180 days: from Sun Jun 27, 2027 to Fri Dec 24, 2027 (RSMo 9.010
        # moves a Sunday's holiday only). Idaho, one year: from Sun Jun 19, 2027 to Mon Jun
        # 19, 2028 (Idaho Code 73-108 has no Juneteenth).
        ("LA", "2028-05-14", date(2028, 11, 10)),
        ("MO", "2027-06-27", date(2027, 12, 24)),
        ("ID", "2027-06-19", date(2028, 6, 19)),
    ],
)
def test_a_day_a_state_only_marks_does_not_move_its_deadline(state, act, last_day):
    c = case(
        **{
            "employment.work_state": state,
            "events": [{"id": "e1", "kind": "demotion", "date": act}],
            "as_of": max(act, "2026-11-22"),  # an act may come after the default as-of
        }
    )
    d = by_act(c, "state_agency_charge")["e1"]
    assert (d.file_by, d.date, d.rolled_forward) == (last_day, last_day, False)


def test_californias_diwali_is_a_state_holiday_but_not_one_that_moves_a_deadline():
    # Fri Oct 29, 2027 (Stats. 2025, ch. 358 left it out of the judicial holidays, CCP 135);
    # Presidents' Day still moves one: Mon Feb 15, 2027 -> Tue Feb 16.
    assert j.state("CA").roll_forward(date(2027, 10, 29)) == date(2027, 10, 29)
    assert j.state("CA").roll_forward(date(2027, 2, 15)) == date(2027, 2, 16)


@pytest.mark.parametrize(
    ("city", "state", "deadline", "rule_id"),
    [
        # NYC Commission: 1 year from Wed Sep 2, 2026 = Thu Sep 2, 2027.
        (" new york city ", "NY", Y1, "local.nyc.cchr"),
        ("Brooklyn", "NY", Y1, "local.nyc.cchr"),
        # Seattle: one year and six months = Thu Mar 2, 2028, a Washington business day.
        ("Seattle", "WA", date(2028, 3, 2), "local.sea.socr"),
    ],
)
def test_a_city_with_its_own_agency_gets_its_deadline(city, state, deadline, rule_id):
    c = case(**{"employment.work_state": state, "employment.work_city": city})
    local = by_act(c, "local_agency_charge")["e1"]
    assert (local.date, local.rule) == (deadline, rule_id)


def illinois(city, *acts):
    """Someone working in ``city``, Illinois, since 2000, with a demotion on each day in acts."""
    return case(
        **{
            "employment.work_state": "IL",
            "employment.work_city": city,
            "employment.start_date": LONG_AGO,
            "events": [
                {"id": f"e{n}", "kind": "demotion", "date": day} for n, day in enumerate(acts, 1)
            ],
        }
    )


def test_a_person_working_in_chicago_has_365_days_for_the_city_s_commission():
    # The Commission's own page: 365 days. Wed Sep 2, 2026 + 365 days = Thu Sep 2, 2027 (no
    # Feb 29 between), an Illinois business day. The state's IDHR keeps its own 2 years.
    c = illinois("Chicago", "2026-09-02")
    city = by_act(c, "local_agency_charge")["e1"]
    assert (city.file_by, city.date, city.rule) == (Y1, Y1, "local.chi.cchr")
    assert by_act(c, "state_agency_charge")["e1"].rule == "state.il.idhr"
    assert RULES["local.chi.cchr"].title_text == "Chicago: Chicago Commission on Human Relations"


def test_chicago_s_earlier_300_days_still_govern_an_act_before_the_change():
    # The Commission's page gives 365 days to acts on or after Sun Jun 4, 2023 (the earlier
    # of the two dates the sources give for an act's deadline). Sat Jun 3, 2023 + 300 days =
    # Fri Mar 29, 2024; Sun Jun 4, 2023 + 365 days = Mon Jun 3, 2024 (Feb 29, 2024 between).
    found = by_act(illinois("chicago", "2023-06-03", "2023-06-04"), "local_agency_charge")
    assert (found["e1"].file_by, found["e2"].file_by) == (date(2024, 3, 29), date(2024, 6, 3))


@pytest.mark.parametrize("city", ["Evanston", "oak park", "Mt. Prospect", "Arlington Heights"])
def test_a_person_working_in_suburban_cook_county_has_180_days_for_the_county_s_commission(city):
    # The County Commission's own page: 180 days. Wed Sep 2, 2026 + 180 days = Mon Mar 1, 2027.
    d = by_act(illinois(city, "2026-09-02"), "local_agency_charge")["e1"]
    assert (d.file_by, d.rule) == (D180, "local.cook.ccchr")
    assert d.title == "Last day to file with the city or county agency"


def test_chicago_gets_the_city_s_commission_and_a_town_outside_cook_county_gets_none():
    # One local agency per case: Chicago's own (its note names the County's 180 days);
    # Naperville lies in DuPage and Will counties, where neither ordinance reaches.
    assert by_act(illinois("Chicago", "2026-09-02"), "local_agency_charge")["e1"].rule == (
        "local.chi.cchr"
    )
    assert (
        "Cook County Commission on Human Rights (180 days)" in j.local_agency("IL", "Chicago").note
    )
    assert by_act(illinois("Naperville", "2026-09-02"), "local_agency_charge") == {}
    # The same names in another state pick nothing.
    assert j.local_agency("WA", "Chicago") is None and j.local_agency("NY", "Evanston") is None


@pytest.mark.parametrize(
    ("city", "state", "rule_id"),
    [
        # People write the city as on an envelope: the state after it, or a ZIP code.
        ("Evanston, IL", "IL", "local.cook.ccchr"),
        ("Evanston IL 60201", "IL", "local.cook.ccchr"),
        ("Oak Park, Illinois", "IL", "local.cook.ccchr"),
        ("Chicago, IL", "IL", "local.chi.cchr"),
        ("chicago, il 60606-1234", "IL", "local.chi.cchr"),
        ("New York, NY", "NY", "local.nyc.cchr"),
        ("Seattle, Washington", "WA", "local.sea.socr"),
    ],
)
def test_a_city_written_with_its_state_or_zip_code_still_finds_its_agency(city, state, rule_id):
    # Cook County's 180 days are the earliest date a suburban worker has: losing them to
    # "Evanston, IL" would hide the first deadline.
    c = case(**{"employment.work_state": state, "employment.work_city": city})
    assert by_act(c, "local_agency_charge")["e1"].rule == rule_id


def test_a_state_written_after_a_city_counts_only_when_it_is_the_work_state():
    # "Chicago Heights" is not Chicago, and a state named after the city must be the work
    # state: Chicago, IL does not pick Chicago's agency for work in Indiana.
    assert j.local_agency("IL", "Chicago Heights") is None
    assert j.local_agency("IN", "Chicago, IL") is None
    assert j.local_agency("IL", "Chicago, IN") is None


def test_a_city_counts_only_in_its_own_state_and_no_city_means_no_local_deadline():
    assert by_act(case(**{"employment.work_city": "New York City"}), "local_agency_charge") == {}
    assert by_act(case(**{"employment.work_city": "Spokane"}), "local_agency_charge") == {}
    assert by_act(case(), "local_agency_charge") == {}


def test_every_verified_entry_says_when_its_source_was_read():
    table = j.table()
    for entry in (*table.states.values(), *table.local.values()):
        assert entry.status in j.STATUSES
        if entry.status == j.VERIFIED:
            assert entry.verified_on is not None and entry.verified_on <= entry.as_of
        # A rule the report shows carries the entry's status: unverified means marked.
        assert RULES[entry.rule_id].needs_confirmation == (entry.status != j.VERIFIED)


VALID = """
[states.WA]
name = "Washington"
agency = "Washington State Human Rights Commission"
charge_period = "6 months"
eeoc_300 = true
citation = "RCW 49.60.230(2)"
status = "verified"
verified_on = 2026-12-01
as_of = 2026-12-01
"""


def test_a_broken_table_is_refused_with_each_entry_named():
    with pytest.raises(j.JurisdictionTableInvalid) as raised:
        j.parse(VALID.replace('"6 months"', '"6 monts"').replace("verified_on = 2026-12-01\n", ""))
    problems = "\n".join(raised.value.problems)
    assert "states.WA: charge_period '6 monts' is not" in problems
    assert "states.WA: a verified entry needs verified_on" in problems
    # Every other state, DC and PR is missing from this one-entry table, each named.
    assert "states.PR: missing" in problems and "states.WA: missing" not in problems


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('status = "verified"', 'status = "probably"'), "status 'probably' must be one of"),
        (("as_of = 2026-12-01", 'as_of = "2026-12-01"'), "as_of must be a date"),
        (('agency = "Washington State Human Rights Commission"', 'agency = "none"'), "none"),
        (("eeoc_300 = true", "eeoc_300 = 1"), "eeoc_300 must be true or false"),
        (("eeoc_300 = true", 'eeoc_300 = true\nearlier_period = "1 year"'), "go together"),
        (("eeoc_300 = true", "eeoc_300 = true\nperiod = 3"), "unknown key 'period'"),
    ],
)
def test_each_kind_of_mistake_names_its_entry(change, message):
    with pytest.raises(j.JurisdictionTableInvalid) as raised:
        j.parse(VALID.replace(*change))
    assert any(p.startswith("states.WA: ") and message in p for p in raised.value.problems)


def test_the_installed_table_loads_without_problems():
    table = j.parse(j.TABLE_PATH.read_text(encoding="utf-8"))
    assert len(table.states) == 52 and set(table.local) == {"NYC", "SEA", "CHI", "COOK"}


# ---------------------------------------------------------------- federal clocks and state laws


def notice_case(state, **more):
    # The base case plus a notice of right to sue received Mon Nov 2, 2026.
    events = [
        {"id": "e1", "kind": "negative_feedback", "date": "2026-09-02"},
        {"id": "rts", "kind": "right_to_sue_notice", "date": "2026-11-02"},
    ]
    return case(**{"employment.work_state": state, "events": events, **more})


def test_ninety_days_to_sue_after_a_notice_of_right_to_sue():
    # Mon Nov 2, 2026 + 90 days = Sun Jan 31, 2027: a court period, shown as counted.
    d = by_act(notice_case("WA"), "right_to_sue_lawsuit")["rts"]
    assert (d.date, d.rule, d.rolled_forward) == (date(2027, 1, 31), "federal.right_to_sue", False)


@pytest.mark.parametrize(
    ("state", "deadline", "rule_id"),
    [
        # Virginia: 90 days -> Sun Jan 31, 2027 (Va. Code 2.2-3908).
        ("VA", date(2027, 1, 31), "state.va.ocr.suit"),
        # Texas: 60 days -> Fri Jan 1, 2027 (Tex. Lab. Code 21.254), not moved.
        ("TX", date(2027, 1, 1), "state.tx.twc.suit"),
        # California: 1 year -> Tue Nov 2, 2027 (Gov. Code 12965(c)).
        ("CA", date(2027, 11, 2), "state.ca.crd.suit"),
        # 90 days after the notice, Sun Jan 31, 2027, in each of these states.
        ("AZ", date(2027, 1, 31), "state.az.agency.suit"),
        ("CO", date(2027, 1, 31), "state.co.ccrd.suit"),
        ("CT", date(2027, 1, 31), "state.ct.agency.suit"),
        ("DE", date(2027, 1, 31), "state.de.agency.suit"),
        ("HI", date(2027, 1, 31), "state.hi.agency.suit"),
        ("IA", date(2027, 1, 31), "state.ia.agency.suit"),
        ("IL", date(2027, 1, 31), "state.il.idhr.suit"),
        ("MO", date(2027, 1, 31), "state.mo.agency.suit"),
        ("NM", date(2027, 1, 31), "state.nm.agency.suit"),
        ("OK", date(2027, 1, 31), "state.ok.agency.suit"),
        ("OR", date(2027, 1, 31), "state.or.agency.suit"),
        ("RI", date(2027, 1, 31), "state.ri.agency.suit"),
    ],
)
def test_a_state_with_a_time_to_sue_after_its_notice(state, deadline, rule_id):
    d = by_act(notice_case(state), "state_lawsuit_after_notice")["rts"]
    assert (d.date, d.rule) == (deadline, rule_id)


def test_a_state_without_a_time_to_sue_after_notice_shows_none():
    assert by_act(notice_case("WA"), "state_lawsuit_after_notice") == {}


def activity(kind, day, act_id="pa2"):
    return {
        "id": act_id,
        "kind": kind,
        "date": day,
        "reported_to": "agency",
        "in_writing": True,
        "decision_maker_knew": "yes",
    }


def test_age_claims_may_go_to_court_sixty_days_after_the_charge_and_texas_two_years():
    c = case(
        **{
            "employment.work_state": "TX",
            "employment.age_40_or_over": True,
            "protected_activities": [activity("agency_charge", "2026-10-01")],
        }
    )
    # Thu Oct 1, 2026 + 60 days = Mon Nov 30, 2026 (the earliest day, 29 U.S.C. 626(d)).
    assert by_act(c, "adea_suit_earliest")["pa2"].date == date(2026, 11, 30)
    # Texas: two years from the complaint, Fri Oct 1, 2028 (Tex. Lab. Code 21.256).
    assert by_act(c, "tx_lawsuit_two_years")["pa2"].date == date(2028, 10, 1)
    assert by_act(c, "adea_suit_earliest")["pa2"].rule == "adea.sixty_days"
    assert by_act(c, "tx_lawsuit_two_years")["pa2"].rule == "tx.tchra_two_years"


def test_wage_complaints_start_flsa_clocks_and_whistleblowing_starts_state_and_sec_clocks():
    # A wage complaint on Aug 4, then e1 (Wed Sep 2, 2026) and e2 (Wed Nov 18, 2026).
    wage = case(**{"protected_activities": [activity("wage_complaint", "2026-08-04")]})
    assert by_act(wage, "flsa_lawsuit")["e1"].date == date(2028, 9, 2)
    assert by_act(wage, "flsa_lawsuit_willful")["e1"].date == date(2029, 9, 2)
    assert by_act(wage, "flsa_lawsuit")["e1"].rule == "flsa.lawsuit"
    report = [activity("whistleblower_report", "2026-08-04")]
    ny = case(**{"employment.work_state": "NY", "protected_activities": report})
    # Labor Law 740: 2 years from Sep 2, 2026 -> Sat Sep 2, 2028 (a court date, not moved).
    assert by_act(ny, "ny_740_lawsuit")["e1"].date == date(2028, 9, 2)
    assert by_act(ny, "ny_740_lawsuit")["e1"].rule == "ny.labor_law_740"
    # Dodd-Frank: 6 years -> Sat Sep 2, 2032, only for a report to the SEC (the rule says so).
    assert by_act(ny, "dodd_frank_lawsuit")["e1"].date == date(2032, 9, 2)
    assert by_act(ny, "dodd_frank_lawsuit")["e1"].rule == "dodd_frank.lawsuit"
    nj = case(**{"employment.work_state": "NJ", "protected_activities": report})
    # CEPA: 1 year -> Thu Sep 2, 2027.
    assert by_act(nj, "nj_cepa_lawsuit")["e1"].date == date(2027, 9, 2)
    assert by_act(nj, "nj_cepa_lawsuit")["e1"].rule == "nj.cepa"
    ca = case(**{"employment.work_state": "CA", "protected_activities": report})
    # Labor Code 98.7: 1 year -> Thu Sep 2, 2027, a business day in California.
    assert by_act(ca, "ca_labor_commissioner")["e1"].date == date(2027, 9, 2)
    assert by_act(ca, "ca_labor_commissioner")["e1"].rule == "ca.labor_commissioner"


def test_california_labor_commissioner_gave_six_months_before_2021():
    report = [activity("whistleblower_report", "2020-12-01")]
    c = case(
        **{
            "employment.work_state": "CA",
            "employment.start_date": LONG_AGO,
            "protected_activities": report,
            "events": [{"id": "e1", "kind": "demotion", "date": "2020-12-31"}],
        }
    )
    # Thu Dec 31, 2020 + 6 months = Wed Jun 30, 2021.
    assert by_act(c, "ca_labor_commissioner")["e1"].date == date(2021, 6, 30)


def test_a_race_complaint_may_be_sued_on_for_four_years():
    c = case(**{"protected_activities": [activity("discrimination_complaint", "2026-08-04")]})
    d = by_act(c, "section_1981_lawsuit")["e1"]
    # Wed Sep 2, 2026 + 4 years = Mon Sep 2, 2030.
    assert (d.date, d.rule) == (date(2030, 9, 2), "section_1981.lawsuit")


def test_washington_wlad_suit_three_years():
    d = by_act(case(), "wa_wlad_lawsuit")["e1"]
    # Wed Sep 2, 2026 + 3 years = Sun Sep 2, 2029, a court date shown as counted.
    assert (d.date, d.rule) == (date(2029, 9, 2), "wa.wlad_lawsuit")


def test_new_jersey_lad_suit_two_years_beside_the_division_s_180_days():
    # The Division's 180 days are not the only way: a suit under the Law Against
    # Discrimination in Superior Court needs no charge and has two years (Montells v. Haynes,
    # 133 N.J. 282 (1993)). Wed Sep 2, 2026 + 180 days = Mon Mar 1, 2027; + 2 years = Sat
    # Sep 2, 2028, a court date shown as counted.
    c = case(**{"employment.work_state": "NJ"})
    assert by_act(c, "state_agency_charge")["e1"].file_by == D180
    d = by_act(c, "nj_lad_lawsuit")["e1"]
    assert (d.file_by, d.date, d.rule, d.kind) == (
        date(2028, 9, 2),
        date(2028, 9, 2),
        "nj.lad_lawsuit",
        "deadline",
    )
    assert d.title == "New Jersey: last day to sue under the Law Against Discrimination"
    assert by_act(case(**{"employment.work_state": "NY"}), "nj_lad_lawsuit") == {}


def test_new_york_release_confidentiality_21_days_and_7_to_revoke():
    c = case(
        **{
            "employment.work_state": "NY",
            "severance.offer_date": "2026-11-10",
            "severance.release_signed_date": "2026-11-20",
        }
    )
    # Tue Nov 10, 2026 + 21 days = Tue Dec 1; signed Fri Nov 20 + 7 days = Fri Nov 27.
    assert by_act(c, "ny_release_consider")["severance.offer_date"].date == date(2026, 12, 1)
    revoke = by_act(c, "ny_release_revoke")["severance.release_signed_date"]
    assert (revoke.date, revoke.rule) == (date(2026, 11, 27), "ny.gol_5_336")


def test_new_york_gives_up_to_21_days_to_consider_since_the_2023_amendment():
    # GOL 5-336(1)(b) as amended by L. 2023, ch. 658 (eff. 2023-11-17): "up to twenty-one
    # days", and the person may sign sooner; the employer must still allow the 21 days.
    c = case(**{"employment.work_state": "NY", "severance.offer_date": "2026-11-10"})
    consider = by_act(c, "ny_release_consider")["severance.offer_date"]
    assert (
        consider.title == "New York: up to 21 days to consider a confidentiality term in a release"
    )
    assert consider.kind == "employer_minimum"
    explanation = RULES["ny.gol_5_336"].explanation
    assert "up to 21 days" in explanation and "may sign sooner" in explanation
    assert "at least 21" not in explanation and "21 days are the least" not in explanation


def illinois_release(offered, signed=None):
    changes = {"employment.work_state": "IL", "severance.offer_date": offered}
    if signed:
        changes["severance.release_signed_date"] = signed
    return case(**changes)


def test_illinois_gives_21_days_to_consider_a_confidential_release_and_7_to_revoke_it():
    # 820 ILCS 96/1-30 (Workplace Transparency Act): at least 21 calendar days to consider an
    # agreement keeping unlawful practices confidential, 7 calendar days to revoke it.
    # Offered Tue Nov 10, 2026 + 21 days = Tue Dec 1; signed Fri Nov 20 + 7 days = Fri Nov 27.
    c = illinois_release("2026-11-10", "2026-11-20")
    consider = by_act(c, "il_release_consider")["severance.offer_date"]
    assert (consider.file_by, consider.kind, consider.rule) == (
        date(2026, 12, 1),
        "employer_minimum",
        "il.wta_1_30",
    )
    revoke = by_act(c, "il_release_revoke")["severance.release_signed_date"]
    assert (revoke.file_by, revoke.kind, revoke.rule) == (
        date(2026, 11, 27),
        "deadline",
        "il.wta_1_30",
    )
    # Unread in the statute itself: the report marks it for a lawyer.
    assert RULES["il.wta_1_30"].needs_confirmation
    # Not signed yet: nothing to revoke.
    assert by_act(illinois_release("2026-11-10"), "il_release_revoke") == {}


def test_the_illinois_act_covers_agreements_from_2020_and_only_work_in_illinois():
    # 820 ILCS 96/1-10(c): contracts entered into on or after its effective date, 2020-01-01.
    assert by_act(illinois_release("2019-12-31"), "il_release_consider") == {}
    assert by_act(illinois_release("2020-01-01"), "il_release_consider") != {}
    ny = case(**{"employment.work_state": "NY", "severance.offer_date": "2026-11-10"})
    assert by_act(ny, "il_release_consider") == {}
    assert by_act(illinois_release("2026-11-10"), "ny_release_consider") == {}


def warn_questions(c):
    return [q for q in assess(c).questions if q.code == "warn.site_layoff"]


def test_a_group_exit_shows_no_warn_act_date_but_asks_about_a_layoff_at_the_site():
    # Others offered an exit at the same time (the OWBPA's group exit) is no plant closing or
    # mass layoff (29 U.S.C. 2101(a)(2)-(3)), which the case file cannot show: no WARN date,
    # for any way of leaving, and the lawyer is asked instead.
    c = case(**{"severance.group_exit": True})
    a = assess(c)
    assert not any("warn" in d.id for d in a.deadlines)
    (question,) = warn_questions(c)
    assert (question.id, question.rule) == ("warn.site_layoff", "warn.notice")
    assert "50 or more people at your site" in question.text
    # No group exit: no question.
    assert warn_questions(case()) == []


def test_no_warn_question_for_an_employer_below_100_or_a_job_left_on_ones_own():
    # 29 U.S.C. 2101(a)(1): the Act binds employers of 100 or more employees.
    assert (
        warn_questions(case(**{"severance.group_exit": True, "employment.employee_count": 20}))
        == []
    )
    assert warn_questions(case(**{"severance.group_exit": True, "employment.employee_count": 100}))
    ended = {
        "severance.group_exit": True,
        "employment.ended_on": "2026-11-06",
        "events.1.date": "2026-11-02",
    }
    # 2101(a)(6): a voluntary departure is no employment loss.
    assert warn_questions(case(**ended, **{"employment.exit_path": "resign_now"})) == []
    assert warn_questions(case(**ended, **{"employment.exit_path": "other"}))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ALL), st.dates(date(2015, 1, 1), date(2030, 12, 31)))
def test_every_state_charge_is_a_state_business_day_within_its_period(state, act):
    entry = j.state(state)
    counted = entry.charge_deadline(act)
    if entry.agency is None:
        assert counted is None and not entry.eeoc_300
        return
    final = entry.roll_forward(counted)
    # Never before the act, never sooner than the period counted, and on a business day of
    # the state's own calendar, at most a long weekend and a holiday or two later.
    assert act < counted <= final <= counted + timedelta(days=5)
    assert entry.is_business_day(final)
    # The period in force for the act: the earlier one only before the change.
    period = entry.period_for(act)
    if entry.changed_on is not None and act < entry.changed_on:
        assert period == entry.earlier_period
    else:
        assert period == entry.charge_period


@pytest.mark.parametrize("state", ["CO", "HI"])
def test_a_verified_charge_period_keeps_an_unread_time_to_sue_marked(state):
    # The charge period was read at the source; the 90 days to sue were not, and the report
    # marks only those.
    entry = j.state(state)
    assert not RULES[entry.rule_id].needs_confirmation
    assert RULES[entry.rule_id + ".suit"].needs_confirmation


def test_each_state_without_an_agency_says_why_the_eeoc_gives_180_days_not_300():
    # The person reads this note beside the EEOC date: 300 days need an agency that can act,
    # and there is none here for a private employer.
    none = [entry for entry in j.table().states.values() if entry.agency is None]
    assert sorted(entry.code for entry in none) == ["AL", "AR", "GA", "MS", "NC"]
    for entry in none:
        assert "300 days only where a state or local agency" in entry.note, entry.code
        assert "180 days" in entry.note, entry.code


def test_washington_paid_leave_retaliation_complaint_three_years():
    # The base case asked for leave on Aug 4, 2026; e1 is Wed Sep 2, 2026. + 3 years = Sun Sep 2,
    # 2029; Mon Sep 3 is Labor Day, a Washington holiday too (RCW 1.16.050) -> Tue Sep 4, 2029
    # (RCW 50A.40.020(1); WAC 192-570-030(3)).
    d = by_act(case(), "wa_pfml_complaint")["e1"]
    assert (d.date, d.rule) == (date(2029, 9, 4), "wa.pfml_complaint")
    # Only in Washington, and only after leave was asked for or taken.
    assert by_act(case(**{"employment.work_state": "OR"}), "wa_pfml_complaint") == {}
    report = [activity("whistleblower_report", "2026-08-04")]
    assert by_act(case(**{"protected_activities": report}), "wa_pfml_complaint") == {}
