"""Business days skip weekends and US federal holidays as observed; months clamp to month end."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipv.engine.calendar import (
    add_business_days,
    add_months,
    add_years,
    is_business_day,
    is_federal_holiday,
    roll_forward,
)


def test_observed_holidays_are_not_business_days():
    # July 4, 2026 is a Saturday: the federal holiday is observed on Friday July 3.
    assert is_federal_holiday(date(2026, 7, 3))
    assert not is_business_day(date(2026, 7, 3))
    # Thanksgiving 2026 is the fourth Thursday of November: the 26th.
    assert is_federal_holiday(date(2026, 11, 26))
    # Juneteenth 2027 is a Saturday: observed Friday June 18.
    assert is_federal_holiday(date(2027, 6, 18))
    assert is_business_day(date(2026, 11, 25))


def test_the_start_day_is_not_counted():
    # Wed Nov 18, 2026 + 5 business days: Thu 19, Fri 20, Mon 23, Tue 24, Wed 25.
    assert add_business_days(date(2026, 11, 18), 5) == date(2026, 11, 25)
    # Mon Nov 23 + 5: Tue 24, Wed 25, (Thu 26 Thanksgiving), Fri 27, Mon 30, Tue Dec 1.
    assert add_business_days(date(2026, 11, 23), 5) == date(2026, 12, 1)
    # Over a weekend and the observed July 4th: Wed Jul 1 + 2 = Thu Jul 2, (Fri 3), Mon Jul 6.
    assert add_business_days(date(2026, 7, 1), 2) == date(2026, 7, 6)
    assert add_business_days(date(2026, 7, 1), 0) == date(2026, 7, 1)


def test_a_states_business_days_skip_its_own_holidays():
    # Fri Nov 20, 2026 + 5: Mon 23, Tue 24, Wed 25, (Thu 26 Thanksgiving), then Fri 27 counts
    # on the federal calendar but is California's "day after Thanksgiving".
    assert add_business_days(date(2026, 11, 20), 5) == date(2026, 11, 30)
    assert add_business_days(date(2026, 11, 20), 5, "CA") == date(2026, 12, 1)
    # With no day to count, a state's holiday rolls to its next business day.
    assert add_business_days(date(2026, 11, 27), 0, "CA") == date(2026, 11, 30)


def test_california_counts_the_days_its_courts_close():
    # Cal. Code Civ. Proc. 135: Lincoln Day (Fri Feb 12, 2027) and, since 2022, Native
    # American Day (the fourth Friday in September: Sep 24, 2027) are judicial holidays,
    # though state offices open on both.
    assert roll_forward(date(2027, 2, 12), "CA") == date(2027, 2, 16)  # Mon 15: Presidents'
    assert roll_forward(date(2027, 9, 24), "CA") == date(2027, 9, 27)
    # Lincoln Day on Sun Feb 12, 2023 is kept Mon Feb 13 (Gov. Code 6701).
    assert roll_forward(date(2023, 2, 13), "CA") == date(2023, 2, 14)
    # In 2021 Native American Day was still among CCP 135's exceptions: Fri Sep 24, 2021.
    assert roll_forward(date(2021, 9, 24), "CA") == date(2021, 9, 24)
    # Elsewhere these are working days.
    assert roll_forward(date(2027, 9, 24)) == date(2027, 9, 24)
    assert roll_forward(date(2027, 2, 12), "WA") == date(2027, 2, 12)


def test_a_state_keeps_a_weekend_holiday_on_a_weekday_only_where_its_law_moves_it():
    # New York (Gen. Constr. Law 24) moves a Sunday holiday to Monday, never a Saturday's to
    # Friday: New Year's Day 2028 and Juneteenth 2027 fall on Saturdays, so a deadline on
    # those Fridays stays there; July 4, 2027 is a Sunday, so Mon Jul 5 is a holiday.
    assert roll_forward(date(2027, 12, 31), "NY") == date(2027, 12, 31)
    assert roll_forward(date(2027, 6, 18), "NY") == date(2027, 6, 18)
    assert roll_forward(date(2027, 7, 5), "NY") == date(2027, 7, 6)
    # Illinois: Lincoln's Birthday 2028 is a Saturday; Fri Feb 11 is a working day.
    assert roll_forward(date(2028, 2, 11), "IL") == date(2028, 2, 11)
    # Texas moves none (Gov't Code 662.003): Fri Jul 3, 2026 and Thu Dec 23, 2027 are working
    # days, while Christmas Eve itself is a Texas holiday (Thu Dec 24, 2026 -> Mon Dec 28).
    assert roll_forward(date(2026, 7, 3), "TX") == date(2026, 7, 3)
    assert roll_forward(date(2027, 12, 23), "TX") == date(2027, 12, 23)
    assert roll_forward(date(2026, 12, 24), "TX") == date(2026, 12, 28)
    # On San Jacinto Day Texas agencies stay open (Gov't Code 662.004(a)): nothing moves.
    assert roll_forward(date(2027, 4, 21), "TX") == date(2027, 4, 21)
    # Wyoming (W.S. 8-4-101(b)) moves New Year's Day, Independence Day, Veterans Day and
    # Christmas off a Sunday only: Fri Jul 3, 2026 and Fri Dec 24, 2027 are working days;
    # Christmas 2022, a Sunday, was kept on Mon Dec 26.
    assert roll_forward(date(2026, 7, 3), "WY") == date(2026, 7, 3)
    assert roll_forward(date(2027, 12, 24), "WY") == date(2027, 12, 24)
    assert roll_forward(date(2022, 12, 26), "WY") == date(2022, 12, 27)
    # Washington moves a Saturday holiday to Friday (RCW 1.16.050), as the federal list does.
    assert roll_forward(date(2026, 7, 3), "WA") == date(2026, 7, 6)
    assert roll_forward(date(2026, 7, 3)) == date(2026, 7, 6)


def test_florida_and_wisconsin_count_only_the_days_their_offices_close():
    # Florida (Fla. Stat. 110.117(1)): Susan B. Anthony Day (Mon Feb 15, 2027) and Juneteenth
    # (observed Fri Jun 18, 2027) are working days; Veterans Day (Thu Nov 11, 2027) and the
    # Friday after Thanksgiving (Nov 26, 2027) are not.
    assert roll_forward(date(2027, 2, 15), "FL") == date(2027, 2, 15)
    assert roll_forward(date(2027, 6, 18), "FL") == date(2027, 6, 18)
    assert roll_forward(date(2027, 11, 11), "FL") == date(2027, 11, 12)
    assert roll_forward(date(2027, 11, 26), "FL") == date(2027, 11, 29)
    # Wisconsin (Wis. Stat. 230.35(4)(a)): Susan B. Anthony Day and Washington's Birthday (Mon
    # Feb 15, 2027), Juneteenth (Fri Jun 19, 2026) and Veterans Day (Wed Nov 11, 2026) are
    # working days; Christmas Eve (Thu Dec 24, 2026) and New Year's Eve (Thu Dec 31, 2026)
    # are not. July 4, 2026 is a Saturday, kept on no weekday: Fri Jul 3 is a working day.
    for day in (date(2027, 2, 15), date(2026, 6, 19), date(2026, 11, 11), date(2026, 7, 3)):
        assert roll_forward(day, "WI") == day
    assert roll_forward(date(2026, 12, 24), "WI") == date(2026, 12, 28)
    assert roll_forward(date(2026, 12, 31), "WI") == date(2027, 1, 4)


def test_roll_forward_moves_weekends_and_holidays_only():
    assert roll_forward(date(2026, 11, 21)) == date(2026, 11, 23)  # Saturday -> Monday
    assert roll_forward(date(2026, 11, 26)) == date(2026, 11, 27)  # Thanksgiving -> Friday
    assert roll_forward(date(2026, 12, 25)) == date(2026, 12, 28)  # Christmas (Fri) -> Mon
    assert roll_forward(date(2026, 11, 24)) == date(2026, 11, 24)


def test_months_clamp_to_the_end_of_the_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))


@given(days, st.integers(min_value=1, max_value=400))
def test_business_days_never_land_on_a_weekend_or_holiday(start, count):
    end = add_business_days(start, count)
    assert end > start
    assert end.weekday() < 5 and not is_federal_holiday(end)
    between = (start + timedelta(days=i) for i in range(1, (end - start).days + 1))
    assert sum(is_business_day(d) for d in between) == count


@given(days)
def test_roll_forward_gives_the_first_business_day_on_or_after(day):
    rolled = roll_forward(day)
    assert rolled >= day and is_business_day(rolled)
    assert all(not is_business_day(day + timedelta(days=i)) for i in range((rolled - day).days))


@given(days, st.integers(min_value=0, max_value=120))
def test_adding_months_keeps_the_day_or_clamps_it(start, months):
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day == start.day or (end.day < start.day and (end + timedelta(days=1)).day == 1)


def test_new_jersey_offices_open_on_lincolns_birthday_and_close_on_juneteenths_friday():
    # N.J.S.A. 36:1-1(d): state offices stay open on Lincoln's Birthday, so a deadline on
    # Thu Feb 12, 2026, or on Fri Feb 11, 2028 (Feb 12 is a Saturday), stays there.
    assert roll_forward(date(2026, 2, 12), "NJ") == date(2026, 2, 12)
    assert roll_forward(date(2028, 2, 11), "NJ") == date(2028, 2, 11)
    # N.J.S.A. 11A:6-24.1(a)(6): Juneteenth is kept on the third Friday in June, not June 19:
    # Wed Jun 19, 2024 and Mon Jun 19, 2028 are working days; Fri Jun 21, 2024 is not.
    assert roll_forward(date(2024, 6, 19), "NJ") == date(2024, 6, 19)
    assert roll_forward(date(2028, 6, 19), "NJ") == date(2028, 6, 19)
    assert roll_forward(date(2024, 6, 21), "NJ") == date(2024, 6, 24)


def test_iowa_counts_only_the_days_its_offices_close():
    # Iowa Code 1C.2(1): state offices close on nine paid holidays. Lincoln's Birthday (Fri Feb
    # 12, 2027, and Fri Feb 11, 2028 for a Saturday's), Washington's Birthday (Mon Feb 16,
    # 2026) and Juneteenth (Fri Jun 19, 2026) are not among them; Veterans Day (Wed Nov 11,
    # 2026) is.
    for day in (date(2027, 2, 12), date(2028, 2, 11), date(2026, 2, 16), date(2026, 6, 19)):
        assert roll_forward(day, "IA") == day
    assert roll_forward(date(2026, 11, 11), "IA") == date(2026, 11, 12)


JUNETEENTH_WORKING_STATES = ["AK", "AZ", "HI", "IN", "KS", "KY", "MT", "ND", "NH", "OK", "SC"]
JUNETEENTH_WORKING_STATES += ["NM", "VT", "WV", "WY"]


@pytest.mark.parametrize("state", JUNETEENTH_WORKING_STATES)
def test_juneteenth_moves_no_deadline_where_the_states_law_keeps_offices_open(state):
    # None of these states' lists of legal holidays names Juneteenth (AS 44.12.010; A.R.S.
    # 1-301; HRS 8-1; IC 1-1-9-1; K.S.A. 35-107; KRS 2.110, 18A.190; MCA 1-1-216; NDCC
    # 1-03-01; RSA 288:1; 25 O.S. 82.1; S.C. Code 53-5-10; W. Va. Code 2-2-1; W.S. 8-4-101),
    # or, in Vermont, closes no office on it (1 V.S.A. 371(b)), or, in New Mexico, keeps it on
    # the third Saturday in June (NMSA 12-5-14),
    # so a deadline on Mon Jun 19, 2028 stays there instead of moving to Tue Jun 20, and
    # one on Fri Jun 18, 2027 (June 19 a Saturday) stays instead of moving to Monday.
    assert roll_forward(date(2028, 6, 19), state) == date(2028, 6, 19)
    assert roll_forward(date(2027, 6, 18), state) == date(2027, 6, 18)


def test_days_the_package_lists_that_close_no_office_in_alaska_kansas_and_kentucky():
    # Alaska keeps no Indigenous Peoples' Day among its legal holidays (AS 44.12.010): Mon
    # Oct 11, 2027 is a working day. Kansas closes its offices on Christmas Eve only in a
    # year its governor says so (K.A.R. 1-9-2(b)): Thu Dec 24, 2026 is not assumed closed.
    # Kentucky closes for half of Good Friday (KRS 18A.190(1)(c)): Fri Apr 3, 2026 stays.
    assert roll_forward(date(2027, 10, 11), "AK") == date(2027, 10, 11)
    assert roll_forward(date(2026, 12, 24), "KS") == date(2026, 12, 24)
    assert roll_forward(date(2026, 4, 3), "KY") == date(2026, 4, 3)


def test_california_kept_juneteenth_only_from_2023():
    # AB 1655 (Stats. 2022) added June 19 to Gov. Code 6700, so to CCP 135's judicial
    # holidays, from 2023; the courts first closed for it on Mon Jun 19, 2023. Before then
    # Mon Jun 20, 2022 (June 19 a Sunday) was a court day: the five business days SB 331
    # gives from Wed Jun 15, 2022 end on Wed Jun 22, not Thu Jun 23.
    assert roll_forward(date(2022, 6, 20), "CA") == date(2022, 6, 20)
    assert add_business_days(date(2022, 6, 15), 5, "CA") == date(2022, 6, 22)
    assert roll_forward(date(2023, 6, 19), "CA") == date(2023, 6, 20)


def test_utah_keeps_juneteenth_on_a_monday_since_2025():
    # Utah Code 63G-1-301(2)(c)-(d), in force from May 7, 2025: when June 19 falls on a
    # Tuesday to Friday the Monday before is the legal holiday, and on a weekend the Monday
    # after. Fri Jun 19, 2026 is a working day and Mon Jun 15, 2026 is not; June 19, 2027 is
    # a Saturday, so Fri Jun 18 is a working day and Mon Jun 21 is not.
    assert roll_forward(date(2026, 6, 19), "UT") == date(2026, 6, 19)
    assert roll_forward(date(2026, 6, 15), "UT") == date(2026, 6, 16)
    assert roll_forward(date(2027, 6, 18), "UT") == date(2027, 6, 18)
    assert roll_forward(date(2027, 6, 21), "UT") == date(2027, 6, 22)
    # On a Monday it is kept that day (Mon Jun 19, 2028); before 2025, on June 19 itself.
    assert roll_forward(date(2028, 6, 19), "UT") == date(2028, 6, 20)
    assert roll_forward(date(2024, 6, 19), "UT") == date(2024, 6, 20)


def test_rhode_island_keeps_a_saturday_holiday_on_the_monday_after():
    # R.I. Gen. Laws 25-1-1: New Year's Day, Independence Day, Veterans Day and Christmas on
    # a Saturday are kept by state employees on the following Monday, not the Friday before.
    # July 4, 2026 is a Saturday: Fri Jul 3 is a working day, Mon Jul 6 is not.
    assert roll_forward(date(2026, 7, 3), "RI") == date(2026, 7, 3)
    assert roll_forward(date(2026, 7, 6), "RI") == date(2026, 7, 7)
    # Christmas 2027 and New Year's Day 2028 fall on Saturdays: Fri Dec 24 and Fri Dec 31 are
    # working days; Mon Dec 27 and Mon Jan 3 are not.
    assert roll_forward(date(2027, 12, 24), "RI") == date(2027, 12, 24)
    assert roll_forward(date(2027, 12, 31), "RI") == date(2027, 12, 31)
    assert roll_forward(date(2027, 12, 27), "RI") == date(2027, 12, 28)
    assert roll_forward(date(2028, 1, 3), "RI") == date(2028, 1, 4)
    # Juneteenth is a Rhode Island holiday from 2024 (2023-S 0444A, 2023-H 5380A).
    assert roll_forward(date(2023, 6, 19), "RI") == date(2023, 6, 19)
    assert roll_forward(date(2024, 6, 19), "RI") == date(2024, 6, 20)


def test_days_a_state_closes_that_the_package_leaves_out_move_its_deadlines():
    # Good Friday is a state holiday in Hawaii (HRS 8-1) and North Dakota (NDCC 1-03-01(5)):
    # Fri Apr 3, 2026 -> Mon Apr 6; Fri Mar 26, 2027 -> Mon Mar 29; Fri Apr 14, 2028 -> Mon 17.
    for state in ("HI", "ND"):
        assert roll_forward(date(2026, 4, 3), state) == date(2026, 4, 6)
        assert roll_forward(date(2027, 3, 26), state) == date(2027, 3, 29)
        assert roll_forward(date(2028, 4, 14), state) == date(2028, 4, 17)
    # Missouri keeps Lincoln's Birthday (RSMo 9.010): Thu Feb 12, 2026 -> Fri Feb 13; on a
    # Saturday (2028) the statute moves it to no weekday, so Fri Feb 11, 2028 stays.
    assert roll_forward(date(2026, 2, 12), "MO") == date(2026, 2, 13)
    assert roll_forward(date(2028, 2, 11), "MO") == date(2028, 2, 11)
    # Elsewhere Good Friday moves nothing: Washington keeps no such holiday (RCW 1.16.050).
    assert roll_forward(date(2026, 4, 3), "WA") == date(2026, 4, 3)


def test_louisiana_moves_only_new_years_day_july_4_and_christmas_off_a_weekend():
    # La. R.S. 1:55: New Year's Day, Independence Day or Christmas on a Saturday is kept the
    # Friday before (Fri Dec 24, 2027 is a holiday); no other holiday moves, so Fri Nov 10,
    # 2028 (Veterans Day a Saturday) and Fri Jun 18, 2027 (Juneteenth) are working days.
    assert roll_forward(date(2027, 12, 24), "LA") == date(2027, 12, 27)
    assert roll_forward(date(2028, 11, 10), "LA") == date(2028, 11, 10)
    assert roll_forward(date(2027, 6, 18), "LA") == date(2027, 6, 18)
    # Veterans Day itself still moves a deadline: Wed Nov 11, 2026 -> Thu Nov 12.
    assert roll_forward(date(2026, 11, 11), "LA") == date(2026, 11, 12)


def test_missouri_and_michigan_move_a_holiday_off_a_sunday_only():
    # RSMo 9.010 and MCL 435.102 keep a Sunday holiday on the Monday after; neither moves a
    # Saturday's to the Friday: Fri Jul 3, 2026 and Fri Nov 10, 2028 are working days there.
    for state in ("MO", "MI"):
        assert roll_forward(date(2026, 7, 3), state) == date(2026, 7, 3)
        assert roll_forward(date(2028, 11, 10), state) == date(2028, 11, 10)
        assert roll_forward(date(2027, 7, 5), state) == date(2027, 7, 6)


def test_idaho_keeps_no_juneteenth_and_nebraska_closes_the_day_after_thanksgiving():
    # Idaho Code 73-108 names no Juneteenth: Mon Jun 19, 2028 is a working day. Neb. Rev.
    # Stat. 25-2221 makes the day after Thanksgiving a holiday: Fri Nov 27, 2026 -> Mon 30.
    assert roll_forward(date(2028, 6, 19), "ID") == date(2028, 6, 19)
    assert roll_forward(date(2026, 11, 27), "NE") == date(2026, 11, 30)
