"""Rules of money and exit stages: how pipv counts pay, stock and severance at each stage."""

from __future__ import annotations

from datetime import date

from ..i18n import _
from .base import (
    AS_REPORTED,
    BEST_UNDERSTANDING,
    BI_2021,
    DESIGN,
    FORUM,
    UNVERIFIED,
    VERIFIED,
    Rule,
)

MONEY_RULES: tuple[Rule, ...] = (
    Rule(
        "money.conventions",
        _("How pipv counts money"),
        _(
            "Weekly pay is yearly base pay divided by 52. Severance is weeks times weekly "
            "pay plus any extra amount. Salary is yearly pay times the days from the as-of "
            "date to the last day, divided by 365. Stock counts the vests after the as-of "
            "date up to and including the last day, at the share price you gave. Bonuses "
            "count the same way, less anything you would have to pay back. Each figure is "
            "rounded to cents; the total adds the rounded figures. All amounts are before tax."
        ),
        "pipv case-format conventions",
        DESIGN,
    ),
    Rule(
        "stage.resign_now",
        _("Leave now"),
        _("Leaving on the as-of date, with no severance: the baseline to compare against."),
        "pipv case-format conventions",
        DESIGN,
    ),
    Rule(
        "stage.projected",
        _("Dates projected, not known"),
        _(
            "Without a Pivot meeting, pipv counts the stage dates as if it were today: the "
            "earliest it can come, since a Focus can reportedly move to Pivot at any time. "
            "Treat projected dates as rough."
        ),
        FORUM,
        AS_REPORTED,
    ),
    Rule(
        "pivot.decision",
        _("Pivot: days to choose"),
        _(
            "At a Pivot meeting you reportedly have 5 business days (pipv does not count "
            "the meeting day) to choose between leaving with severance and an improvement plan. "
            "Ordinary vacation reportedly does not extend it. pipv counts holidays as working "
            "days: the earliest day it can be due. Your letter's date wins."
        ),
        FORUM,
        AS_REPORTED,
    ),
    Rule(
        "pivot.holidays_unknown",
        _("Pivot: if holidays do not count"),
        _(
            "A holiday falls within the days to choose: a federal one, or one of your "
            "state's (such as the day after Thanksgiving). If your employer does not count "
            "it as a working day, the choice is due later, on the day shown as the latest: "
            "until then the Pivot offer may still be open. Check the date in your letter, and "
            "act by the earlier day if you can."
        ),
        "pipv case-format conventions; 5 U.S.C. 6103(a) (the federal holidays); the work "
        "state's own list of legal holidays (for example RCW 1.16.050)",
        DESIGN,
        as_of=date(2026, 12, 5),
    ),
    Rule(
        "amazon.severance_defaults",
        _("Amazon severance figures"),
        _(
            "Reported figures: about 12 weeks of base pay plus an unexplained extra amount "
            "when leaving at Pivot (T1), about 4 weeks after a failed plan (T2), about 2 weeks "
            "after a lost appeal (T3), a grace period of 0-14 days, a plan of 30-60 days and "
            "an appeal of about a week. Replace them with the figures in your own letter."
        ),
        BI_2021 + '; Sapphire Law, "Appealing a failed PIP at Amazon" (2019-11-25); ' + FORUM,
        AS_REPORTED,
        "https://www.businessinsider.com/amazon-pivot-performance-improvement-program-do-not-hire-list-2021-6",
    ),
    Rule(
        "stage.amazon.pivot_leave_t1",
        _("Take the Pivot offer (T1)"),
        _(
            "Leave with the first-tier severance. Your last day is the end of the decision "
            "window plus any grace period."
        ),
        FORUM,
        AS_REPORTED,
    ),
    Rule(
        "stage.amazon.plan_fail_t2",
        _("Try the plan and fail (T2)"),
        _(
            "Choose the improvement plan; if it fails, leave with the second-tier severance. "
            "The plan ends on its recorded end date, or the chosen number of days after its "
            "recorded start or the decision deadline."
        ),
        FORUM + "; " + BI_2021,
        AS_REPORTED,
    ),
    Rule(
        "stage.amazon.appeal_fail_t3",
        _("Appeal and lose (T3)"),
        _(
            "Appeal a failed plan; if the panel rules against you, leave with the "
            "third-tier severance after the appeal and any grace period."
        ),
        FORUM + "; " + BI_2021,
        AS_REPORTED,
    ),
    Rule(
        "stage.amazon.appeal_win",
        _("Appeal and win, but no new team"),
        _(
            "After a won appeal you reportedly have 60 days to find another team, or take "
            "the first-tier severance. pipv shows the case where no team is found."
        ),
        FORUM,
        AS_REPORTED,
    ),
    Rule(
        "stage.generic.pip_fail",
        _("The plan fails"),
        _(
            "The plan runs its length from its start (or the meeting that announced it), or "
            "to the day you recorded for its end, and you leave with any severance you "
            "entered. Many employers pay none after a failed plan; enter what your letter says."
        ),
        "pipv case-format conventions",
        DESIGN,
    ),
    Rule(
        "stage.plan_end_recorded",
        _("The plan's end, from your record"),
        _(
            "You recorded the day your improvement plan ends. pipv ends the plan on that day "
            "instead of counting the plan's length, and counts what follows (an appeal, a "
            "grace period) from it."
        ),
        "pipv case-format conventions",
        DESIGN,
        as_of=date(2026, 12, 3),
    ),
    Rule(
        "stage.appeal_recorded",
        _("The appeal, from your record"),
        _(
            "You recorded an appeal. Lost, it ends on the decision you recorded, plus any "
            "grace period; won, its 60 days run from that decision. With only the filing "
            "recorded, pipv counts the decision the appeal's length after the filing, and "
            "never before the as-of date: an appeal not yet decided cannot have been lost, so "
            "a decision that is overdue is projected to the as-of date. Appealing gives up "
            "the failed plan's offer (T2)."
        ),
        "pipv case-format conventions; " + FORUM,
        DESIGN,
        as_of=date(2026, 12, 4),
    ),
    Rule(
        "stage.plan_start_counted_back",
        _("The plan's start, counted back"),
        _(
            "No Pivot meeting or plan start is recorded, but the plan's end is, or an appeal, "
            "which only a failed plan has (the plan had ended by the appeal's day): the plan "
            "has begun, so the Pivot offer is no longer open, and nothing is projected from "
            "today. pipv counts the plan's start, and the offer's last day with it, back "
            "from that end by the plan's length. That date is projected: record the Pivot "
            "meeting if you know its day."
        ),
        "pipv case-format conventions",
        DESIGN,
        as_of=date(2026, 12, 5),
    ),
    Rule(
        "bonus.repayment",
        _("Bonus paid back when leaving early"),
        _(
            "If a bonus must be repaid when you leave before a date, pipv subtracts the "
            "repayment in every stage that ends before that date. Whether an employer may "
            "claw a bonus back after a forced exit is a question for your lawyer."
        ),
        "Your offer or bonus letter; no public source found on repayment after a forced exit "
        "outside California (see its stay-or-pay rule)",
        BEST_UNDERSTANDING,
    ),
    Rule(
        "ca.stay_or_pay",
        _("California: a bonus repayment may be void"),
        _(
            "For a contract made on or after 2026-01-01, California forbids terms that "
            "make a worker pay the employer when the job ends. A bonus paid at the start of a "
            "job is an exception only if: its repayment term is in a separate agreement; you "
            "were told you could consult a lawyer and given at least 5 business days; "
            "repayment is prorated, with no interest, over at most 2 years; you could have "
            "taken the bonus at the end of that time instead; and the job ends because you "
            "quit or are fired for misconduct. pipv counts leaving now as quitting, and a "
            "failed plan or a lost appeal as the employer ending the job. Taking a severance "
            "offer made to push you out may not count as your own choice: a lawyer decides. "
            "pipv does not know the day the bonus agreement was made and goes by the bonus's "
            "date. It still subtracts the repayment; whether it is owed is for your lawyer."
        ),
        "Cal. Bus. & Prof. Code 16608 and Lab. Code 926, added by AB 692 (Chapter 703, "
        "Statutes of 2025, approved 2025-10-13), as summarized by Greenberg Traurig, "
        '"California Claws Back: New Limits on Stay-or-Pay Contracts Starting Jan. 1, 2026" '
        "(2025-11-18), and Mintz, \"California Bans Employee 'Stay or Pay' Contracts\" "
        "(2025-11-04)",
        UNVERIFIED,
        "https://www.mondaq.com/unitedstates/contract-of-employment/1707918/"
        "california-claws-back-new-limits-on-stay-or-pay-contracts-starting-jan-1-2026",
        as_of=date(2026, 12, 5),
    ),
    Rule(
        "vesting.just_missed",
        _("Vests just missed"),
        _(
            "Stock that would vest within 90 days (pipv's own window) after a stage's last "
            "day. An exit timed "
            "just before a vest is usually not a claim by itself in WA or CA, but a lawyer "
            "may use it as evidence of motive. Bring your grant agreement."
        ),
        "Oatway v. American Int'l Group, 325 F.3d 184 (3d Cir. 2003); Guz v. Bechtel, 24 "
        "Cal. 4th 317 (2000); Pierce v. Gates Foundation, 15 Wn. App. 2d 419 (2020); "
        "Fortune v. National Cash Register, 373 Mass. 96 (1977)",
        VERIFIED,
    ),
    Rule(
        "vesting.amazon_pattern",
        _("Amazon 5/15/40/40 vesting"),
        _(
            "New-hire grants reportedly vest 5% after year 1, 15% after year 2, then 20% "
            "every six months in years 3 and 4. Since 2024 some new grants reportedly vest "
            "quarterly. Your grant agreement's dates always win."
        ),
        'As publicly reported: levels.fyi community thread "Amazon\'s new vesting schedule" '
        "(2024-03-13)",
        AS_REPORTED,
        "https://www.levels.fyi/community/thread/4XiY9V/amazon-s-new-vesting-schedule",
    ),
)
