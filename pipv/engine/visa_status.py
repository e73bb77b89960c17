"""The day a person's status ends if their job ends on a given day: a visa's grace period, or
F-1 OPT's days without a job."""

from __future__ import annotations

from datetime import date

from .calendar import add_days
from .case import GRACE_PERIOD_VISAS, Case

VISA_GRACE_DAYS = 60
OPT_UNEMPLOYMENT_DAYS = 90
OPT_STEM_UNEMPLOYMENT_DAYS = 150
OPT_DEPARTURE_DAYS = 60


def visa_rule(case: Case) -> str:
    """The rule behind the day status ends: OPT's days without a job, or a visa's grace."""
    return "opt.unemployment" if case.employment.immigration_status == "f1_opt" else "visa.grace"


def visa_grace_end(case: Case, last_day: date) -> date | None:
    """The day status ends if the job ends on ``last_day``.

    8 CFR 214.1(l)(2): up to 60 days after the job or until the end of the authorized
    validity period (the I-94), whichever is shorter; OPT: see ``opt_status_end``. An
    I-94 (or OPT's 60 days) that ends before the last day leaves no grace period at all:
    status ends while the job goes on, so that earlier day is the one returned.
    """
    emp = case.employment
    if emp.immigration_status in GRACE_PERIOD_VISAS:
        end = add_days(last_day, VISA_GRACE_DAYS)
        if emp.visa_valid_until is not None:
            end = min(end, emp.visa_valid_until)
        return end
    if emp.immigration_status == "f1_opt":
        return opt_status_end(case, last_day)
    return None


def opt_status_end(case: Case, last_day: date) -> date:
    """The day F-1 status ends on post-completion OPT if the job ends on ``last_day``.

    Days without a job count only while OPT is authorised (8 CFR 214.2(f)(10)(ii)(E)). If
    the days left run out on or before OPT's own end (the EAD card's date), status ends
    then. If OPT ends first, with days to spare, the person has completed OPT and has the
    60 days after it to leave or change status (8 CFR 214.2(f)(5)(i)): the EAD's end + 60.
    The days left, not the 60 days, also decide an EAD end that is exactly the day they run
    out: the earlier, safer day.
    """
    emp = case.employment
    allowed = OPT_STEM_UNEMPLOYMENT_DAYS if emp.opt_stem_extension else OPT_UNEMPLOYMENT_DAYS
    days_run_out = add_days(last_day, max(0, allowed - (emp.opt_unemployment_days_used or 0)))
    ead_end = emp.visa_valid_until
    if ead_end is None or days_run_out <= ead_end:
        return days_run_out
    return add_days(ead_end, OPT_DEPARTURE_DAYS)
