"""California's law against "stay-or-pay" terms: which bonus repayments it may make void.

AB 692 (Chapter 703, Statutes of 2025; Bus. & Prof. Code 16608, Lab. Code 926) makes it
unlawful, in a contract entered into on or after January 1, 2026, to require a worker to pay
the employer when the job ends. A bonus paid at the start of a job is exempt only under a
separate agreement meeting its conditions, and only when the worker quits or is fired for
misconduct. pipv cannot tell whether those conditions were met, nor the day the agreement
was made: it flags each repayment the law may void and leaves the figure as the record gives
it (the rule ``ca.stay_or_pay`` says why); a lawyer decides.
"""

from __future__ import annotations

from datetime import date

from .case import Bonus, Case
from .processes import STAGES

# Contracts entered into on or after this day (AB 692's first section).
CA_STAY_OR_PAY_FROM = date(2026, 1, 1)


def under_ca_law(case: Case, bonus: Bonus) -> bool:
    """A bonus with a repayment term, for work in California, that may fall under AB 692.

    The case file holds no date for the bonus agreement, so the bonus's own date stands in
    for it: an agreement is made before its bonus is paid, so a bonus paid before 2026 comes
    from an agreement the law does not reach, and one paid in 2026 may (or may not) too.
    """
    return (
        case.employment.work_state == "CA"
        and bonus.repay_if_leave_before is not None
        and bonus.date >= CA_STAY_OR_PAY_FROM
    )


def repayments_in_doubt(case: Case, stage_id: str, repaid: list[Bonus]) -> tuple[str, ...]:
    """The repaid bonuses that California's law may make void on this way of leaving: any
    way but quitting. The law's exception for a bonus covers quitting and a firing for
    misconduct; pipv counts a failed plan or a lost appeal as the employer ending the job
    over performance (an employer that alleges misconduct is the lawyer's to weigh), and
    taking a severance offer made to push someone out may not be their own choice."""
    if STAGES[stage_id].ended_on_whose_choice == "you":
        return ()
    return tuple(b.id for b in repaid if under_ca_law(case, b))
