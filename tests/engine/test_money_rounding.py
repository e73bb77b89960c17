"""Money rounds once, half-up to cents, from the exact figure (README, "How the money is counted").

Worked by hand; the base case's salary is replaced where a figure needs a half cent.
"""

from decimal import Decimal

from pipv.engine import assess, to_document

from .cases import case


def stages(c):
    return {s.id: s for s in assess(c).stages}


def test_an_exact_half_cent_of_severance_rounds_up():
    c = case(**{"employment.base_salary_annual": "6748.21", "severance.t2_weeks": "26"})
    s = stages(c)["plan_fail_t2"]
    # 26 weeks is half a year: 26 x 6,748.21 / 52 = 6,748.21 / 2 = 3,374.105 exactly,
    # which rounds half-up to 3,374.11 (not 3,374.10).
    assert s.severance == Decimal("3374.11")
    # The salary to Dec 25 (33 days): 6,748.21 x 33 / 365 = 222,690.93 / 365 = 610.112...,
    # so 610.11. The base case's v1 (Dec 14, 40 shares x $100 = 4,000) vests before Dec 25.
    assert s.salary == Decimal("610.11") and s.vested_value == Decimal("4000.00")
    # Total = the rounded parts: 3,374.11 + 610.11 + 4,000.00 = 7,984.22.
    assert s.total == Decimal("7984.22")


def test_weeks_with_a_fraction_and_an_extra_amount():
    c = case(
        **{
            "employment.base_salary_annual": "100000.00",
            "severance.t1_weeks": "10.5",
            "severance.extra": "0.01",
        }
    )
    s = stages(c)["pivot_leave_t1"]
    # 10.5 x 100,000 / 52 = 1,050,000 / 52 = 20,192.3076... -> 20,192.31; + 0.01 = 20,192.32.
    assert s.severance == Decimal("20192.32")
    # The weekly pay the assessment reports: 100,000 / 52 = 1,923.0769... -> 1,923.08.
    assert to_document(assess(c))["terms"]["weekly_pay"] == "1923.08"
