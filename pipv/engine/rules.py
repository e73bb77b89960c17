"""Every rule the engine applies: an id, plain words, a citation, a status and an as-of date.

Entries come from ``shared/domain/legal-reference.md`` (as of 2026-11-22). Rules whose
source there is marked unverified [U] or best understanding [B], and everything about
Amazon (as publicly reported), carry ``needs_confirmation``: the report lists them as
questions for the lawyer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import jurisdictions
from .i18n import _

RESEARCH_AS_OF = date(2026, 11, 22)

VERIFIED = "verified"
DESIGN = "design"
UNVERIFIED = "unverified"
BEST_UNDERSTANDING = "best_understanding"
AS_REPORTED = "as_reported"

STATUS_LABELS = {
    VERIFIED: _("verified in public sources"),
    DESIGN: _("pipv's own method, built from the cited cases"),
    UNVERIFIED: _("unverified: needs confirmation by a lawyer"),
    BEST_UNDERSTANDING: _("best understanding: needs confirmation by a lawyer"),
    AS_REPORTED: _("as publicly reported, unverified"),
}

AS_REPORTED_LABEL = _("as publicly reported, unverified")

# The public reports about Amazon's process, by title and date (legal-reference.md, §g).
FORUM = (
    "1point3acres forum thread \"Amazon's Focus-and-Pivot (PIP) timeline, and the latest Focus "
    'guidance" (in Chinese, 2024-08-05)'
)
BI_2021 = (
    'Business Insider, "Amazon pays struggling employees as much as $30,000 to leave and never '
    'work at the company again" (June 2021)'
)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    explanation: str
    citation: str
    status: str
    source_url: str = ""
    as_of: date = RESEARCH_AS_OF
    # Values for the %(name)s placeholders of a title or explanation built from the
    # jurisdiction table; each value is translated too where the catalogue has it (a unit).
    args: tuple[tuple[str, str], ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return self.status in (UNVERIFIED, BEST_UNDERSTANDING, AS_REPORTED)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def title_text(self) -> str:
        """The title in English with its placeholders filled."""
        return self.title % dict(self.args) if self.args else self.title

    @property
    def explanation_text(self) -> str:
        return self.explanation % dict(self.args) if self.args else self.explanation


_RULES: list[Rule] = [
    # ---- timing (legal-reference §a.8, §a.9, §b)
    Rule(
        "proximity.band",
        _("How close in time"),
        _(
            "pipv sorts the days between a protected activity and a later event into four "
            "bands: very close (0-30 days), close (31-90), weak (91-180) and remote (over "
            "180). No court uses these bands; they are pipv's summary of what courts have "
            "done. Courts count from when the employer learned of the activity."
        ),
        "Clark County School Dist. v. Breeden, 532 U.S. 268 (2001); Mickey v. Zeidler Tool "
        "& Die Co., 516 F.3d 516 (6th Cir. 2008); Farley (11th Cir. 1999); Richmond v. "
        "ONEOK, 120 F.3d 205 (10th Cir. 1997); Villiarimo (9th Cir. 2002)",
        DESIGN,
    ),
    Rule(
        "proximity.knowledge",
        _("Did the decision-maker know?"),
        _(
            "Timing only suggests a link if the person who acted knew about the protected "
            "activity. If they did not know, timing says nothing. If you do not know whether "
            "they knew, pipv counts the timing one band weaker (a weak gap stays weak) and "
            "lists it as a question for your lawyer."
        ),
        "Clark County School Dist. v. Breeden, 532 U.S. 268 (2001); Kidwell v. Eisenhauer, "
        "679 F.3d 957 (7th Cir. 2012); Barnhill v. Bondi, No. 23-1901 (4th Cir. 2025)",
        VERIFIED,
    ),
    Rule(
        "proximity.contested_adverse",
        _("Is this event 'materially adverse'?"),
        _(
            "For retaliation, an action counts if it might stop a reasonable worker from "
            "complaining. Many courts say a coaching plan, a performance plan or negative "
            "feedback alone does not count. pipv still measures the timing but marks these "
            "events 'contested as adverse', which makes the timing finding weaker."
        ),
        "Burlington Northern & Santa Fe Ry. v. White, 548 U.S. 53 (2006); Cole v. Illinois, "
        "562 F.3d 812 (7th Cir. 2009); Walsh v. HNTB Corp., No. 24-1499 (1st Cir. 2026)",
        VERIFIED,
    ),
    Rule(
        "proximity.circuit",
        _("Which court's habits apply"),
        _(
            "Federal appeals courts treat timing differently. In the 2nd and 9th Circuits "
            "(for example NY, CA, WA) longer gaps have been enough, so pipv counts a weak gap "
            "as close. In the 4th, 7th, 8th, 10th and 11th Circuits courts "
            "have been stricter, so pipv counts a close gap as weak."
        ),
        "Yartzoff v. Thomas, 809 F.2d 1371, 1376 (9th Cir. 1987) (Title VII); Gorman-Bakos "
        "(2d Cir. 2001); Horne (4th Cir. 2005); Kidwell (7th Cir. 2012); Kipp (8th Cir. 2002); "
        "Richmond v. ONEOK (10th Cir. 1997); Thomas (11th Cir. 2007)",
        DESIGN,
    ),
    Rule(
        "ca.sb497.presumption",
        _("California: 90-day presumption"),
        _(
            "In California, if an employer acts against you within 90 days after a wage "
            "complaint or whistleblower report under the Labor Code, the law presumes "
            "retaliation unless the employer shows otherwise. This does not cover "
            "discrimination or leave complaints under FEHA or CFRA."
        ),
        "Cal. Lab. Code 98.6, 1102.5, 1197.5 as amended by SB 497 (eff. 2024-01-01)",
        VERIFIED,
    ),
    # ---- what a lawyer will weigh (§b.4)
    Rule(
        "signs.prior_favourable",
        _("Good record before the criticism"),
        _(
            "A good review shortly before sudden criticism is a pattern lawyers look for "
            "when the criticism follows a protected activity. pipv also counts an award or "
            "being told you were on track for promotion."
        ),
        "No court decision found that says so: pipv's best understanding, for a lawyer to confirm",
        BEST_UNDERSTANDING,
    ),
    Rule(
        "signs.prior_problems",
        _("Problems written down before the activity"),
        _(
            "Performance problems documented before the protected activity weaken a timing "
            "argument: courts may treat the later plan as following from those earlier "
            "problems."
        ),
        "Fry v. Rand Constr. Corp., 964 F.3d 239 (4th Cir. 2020); Ross v. Gilhuly (3d Cir. "
        "2014); Lichtenstein v. Univ. of Pittsburgh Med. Ctr., 691 F.3d 294 (3d Cir. 2012)",
        VERIFIED,
    ),
    Rule(
        "signs.contradicting_evidence",
        _("Evidence that contradicts the criticism"),
        _(
            "Records that contradict the stated reason (for example a task tracker showing "
            "work done) can help show the reason is not the real one (pretext)."
        ),
        "Lichtenstein v. Univ. of Pittsburgh Med. Ctr., 691 F.3d 294 (3d Cir. 2012); Culver "
        "(7th Cir. 2005)",
        VERIFIED,
    ),
    Rule(
        "signs.manager_change",
        _("A new manager shortly before"),
        _(
            "A manager change shortly before the criticism can cut both ways: a new "
            "manager may not have known of your activity, or may have been told to act."
        ),
        "Staub v. Proctor Hospital, 562 U.S. 411 (2011) (a supervisor's motive can count when "
        "another person makes the decision)",
        BEST_UNDERSTANDING,
    ),
    Rule(
        "signs.transfer_restricted",
        _("Internal transfer blocked"),
        _(
            "Being told a transfer now needs senior approval is reported as an early sign "
            "of being managed out, and a restriction on moving may itself count as adverse."
        ),
        'Insider, "Performance-improvement plans have pushed some Amazon workers to a '
        'little-known Slack channel" (April 2023); Insider, "I was working toward a promotion '
        'at Amazon when my manager started emailing me about needing coaching" (January 2023); '
        + FORUM,
        AS_REPORTED,
    ),
    Rule(
        "signs.several_activities",
        _("More than one protected activity"),
        _(
            "With several protected activities, timing is measured from each one; the "
            "latest one before an event usually gives the shortest gap."
        ),
        "Mauze v. CBS Corp., No. 15-CV-4905, 2018 WL 5115564 (E.D.N.Y. 2018)",
        VERIFIED,
    ),
    Rule(
        "signs.independent_knowledge",
        _("Reported to HR, acted on by the manager"),
        _(
            "When the activity went to HR or an ethics line and your manager started the "
            "plan, whether the manager knew is a question of fact. In the 2nd Circuit (NY) "
            "general company knowledge may be enough; elsewhere it may not."
        ),
        "Gordon v. N.Y.C. Bd. of Educ., 232 F.3d 111 (2d Cir. 2000); Staub v. Proctor "
        "Hospital, 562 U.S. 411 (2011)",
        VERIFIED,
    ),
    Rule(
        "fmla.causation_split",
        _("FMLA retaliation: which causation test"),
        _(
            "Courts disagree on how strong the link must be for FMLA retaliation (a "
            "'negative factor' or mixed-motive test in the 2nd and 3rd Circuits, 'but-for' "
            "in the 11th). pipv's notes suggest, though no court has said so, that the end of "
            "Chevron deference in 2024 could affect the older rulings."
        ),
        "Woods v. START (2d Cir. 2017); Egan v. Delaware River Port Auth. (3d Cir. 2017); "
        "Lapham v. Walgreen Co., 88 F.4th 879 (11th Cir. 2023); Loper Bright v. Raimondo (2024)",
        UNVERIFIED,
    ),
    # ---- money and stages (case-format conventions; focus-pivot.md; §f, §g)
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
            "Without a Pivot meeting, pipv guesses the stage dates from today (or 30 days "
            "after a Focus entry, the reported next-steps date). Treat projected dates as "
            "rough."
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
            "Ordinary vacation reportedly does not extend it."
        ),
        FORUM,
        AS_REPORTED,
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
            "Choose the improvement plan; if it is judged failed, leave with the second-tier "
            "severance. The plan ends the chosen number of days after the decision deadline."
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
            "The plan runs its length from its start (or the meeting that announced it) and "
            "you leave with any severance you entered. Many employers pay none after a "
            "failed plan; enter what your letter says."
        ),
        "pipv case-format conventions",
        DESIGN,
    ),
    Rule(
        "bonus.repayment",
        _("Bonus paid back when leaving early"),
        _(
            "If a bonus must be repaid when you leave before a date, pipv subtracts the "
            "repayment in every stage that ends before that date. Whether an employer may "
            "claw a bonus back after a forced exit is a question for your lawyer."
        ),
        "Your offer or bonus letter; no public source found on repayment after a forced exit",
        BEST_UNDERSTANDING,
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
    # ---- deadlines (§c, §d, §e)
    Rule(
        "deadline.roll_forward",
        _("Weekend and holiday deadlines"),
        _(
            "Days are counted as calendar days. pipv shows the day the count ends as the day "
            "to act by, even on a weekend or holiday: that day is always safe. The EEOC says "
            "that a charge due on a weekend or holiday may still be filed on the next "
            "business day, and pipv notes that day too. A state agency's next business day "
            "follows that state's own legal holidays (Washington, for one, keeps no Columbus "
            "Day). Do not wait for the last day."
        ),
        "EEOC, Time Limits For Filing A Charge (eeoc.gov); RCW 1.16.050 (Washington's legal "
        "holidays)",
        VERIFIED,
        "https://www.eeoc.gov/time-limits-filing-charge",
    ),
    Rule(
        "eeoc.charge",
        _("EEOC charge"),
        _(
            "A charge of discrimination or retaliation (Title VII, ADA, ADEA) must reach the "
            "EEOC within 180 days of each act, or 300 days where a state or local agency "
            "enforces a similar law (for age claims only a state agency counts). Each act, "
            "such as a plan or a firing, starts its own clock."
        ),
        "42 U.S.C. 2000e-5(e)(1); 42 U.S.C. 12117(a); 29 U.S.C. 626(d)(1); 29 CFR 1601.13",
        VERIFIED,
        "https://www.eeoc.gov/time-limits-filing-charge",
    ),
    Rule(
        "eeoc.charge.conservative",
        _("EEOC charge: 180 days safe, 300 likely"),
        _(
            "The EEOC deadline is 300 days wherever a state or local agency enforces a law "
            "against the same discrimination, which is most of the country, and 180 days "
            "elsewhere. pipv has not checked your state's agency, so it shows 180 days as the "
            "safe date and 300 days as the likely one. Ask a lawyer which applies."
        ),
        "42 U.S.C. 2000e-5(e)(1); EEOC, Time Limits For Filing A Charge (eeoc.gov)",
        UNVERIFIED,
        "https://www.eeoc.gov/time-limits-filing-charge",
    ),
    Rule(
        "fmla.lawsuit",
        _("FMLA lawsuit"),
        _(
            "An FMLA claim goes straight to court, with no agency charge first: within 2 "
            "years of the act it is about, or 3 years if the violation was willful. Each act "
            "has its own clock, so the earliest act's runs out first. pipv shows both "
            "and does not move court dates off weekends."
        ),
        "29 U.S.C. 2617(c)(1)-(2); 29 CFR 825.401(b)",
        VERIFIED,
    ),
    Rule(
        "sox.complaint",
        _("SOX whistleblower complaint"),
        _(
            "The Sarbanes-Oxley Act protects reports of fraud or securities violations at a "
            "company whose shares are publicly traded. A retaliation complaint goes to OSHA "
            "within 180 days of each act. It does not cover reports about safety or pay."
        ),
        "18 U.S.C. 1514A(a), (b)(2)(D); 29 CFR 1980.103(d)",
        VERIFIED,
    ),
    Rule(
        "osha.safety_complaint",
        _("Workplace safety report: complaint to OSHA"),
        _(
            "If you were punished for raising a safety or health concern, a complaint to "
            "OSHA is due within 30 days of the act, a much shorter time than most. Filing "
            "with OSHA does not wait for anything else."
        ),
        "29 U.S.C. 660(c)(2) (OSH Act section 11(c))",
        VERIFIED,
    ),
    Rule(
        "state.wa.wisha",
        _("Washington: safety complaint to Labor and Industries"),
        _(
            "Washington's own safety law gives 90 days (from 2022-07-01; 30 days before) to "
            "complain to the Department of Labor and Industries about retaliation for a "
            "safety or health report."
        ),
        "RCW 49.17.160 as amended by ESHB 1097 (2021), eff. 2022-07-01; WSR 22-14-090",
        VERIFIED,
    ),
    Rule(
        "state.ca.lc98_7",
        _("California: retaliation complaint to the Labor Commissioner"),
        _(
            "In California a retaliation complaint to the Labor Commissioner, including for "
            "a safety report, is due within one year of the act (six months for acts before "
            "2021). The Commissioner may extend it for good cause, but do not count on that."
        ),
        "Cal. Lab. Code 98.7(a) as amended by AB 1947 (Stats. 2020, ch. 344)",
        VERIFIED,
    ),
    Rule(
        "whistleblower.subject",
        _("What the report was about"),
        _(
            "Which law protects a report, and so which deadline applies, depends on what it "
            "was about: fraud or securities (SOX, 180 days, public companies only), safety "
            "(OSHA, 30 days), or wages and hours (FLSA, 2 years). Until you say, pipv shows "
            "every deadline that could apply, earliest first."
        ),
        "18 U.S.C. 1514A; 29 U.S.C. 660(c)(2); 29 U.S.C. 215(a)(3), 255(a)",
        VERIFIED,
    ),
    Rule(
        "nlra.charge",
        _("NLRB charge"),
        _(
            "Acting together with coworkers about work conditions: a charge to the NLRB "
            "within six months."
        ),
        "29 U.S.C. 160(b)",
        BEST_UNDERSTANDING,
    ),
    Rule(
        "owbpa.consider",
        _("Age 40+: time to consider a release"),
        _(
            "If you are 40 or over and a severance agreement asks you to give up age claims, "
            "you must get at least 21 days to consider it (45 days if the offer is part of a "
            "group exit or exit-incentive program) and written advice to see a lawyer. This "
            "is the least time the employer must give you, not a deadline you must meet, and "
            "it is separate from any shorter deadline the company sets for choosing."
        ),
        "29 U.S.C. 626(f)(1)(F); 29 CFR 1625.22",
        VERIFIED,
    ),
    Rule(
        "owbpa.revoke",
        _("Age 40+: time to cancel after signing"),
        _(
            "After signing such a release you have 7 days to cancel it, and that cannot be "
            "shortened. The 7 days run from the day you sign, so pipv shows them only once "
            "you give that date."
        ),
        "29 U.S.C. 626(f)(1)(G)",
        VERIFIED,
    ),
    Rule(
        "ca.sb331.consider",
        _("California: 5 business days to consider"),
        _(
            "In California a severance agreement must give at least 5 business days to "
            "consider it and tell you in writing that you may consult a lawyer. This is the "
            "least time the employer must give you, not a deadline you must meet."
        ),
        "Cal. Gov. Code 12964.5 (SB 331, eff. 2022-01-01)",
        VERIFIED,
    ),
    Rule(
        "visa.grace",
        _("Visa grace period"),
        _(
            "After a job ends, H-1B, L-1, O-1, E-3 and TN workers keep status for up to 60 "
            "days or until their I-94 ends, whichever is sooner, once per validity period. "
            "You may not work during it, and DHS may shorten it. pipv counts day 1 as the day "
            "after the last day of work (the usual reading). Whether a paid grace "
            "period moves that day is a question for an immigration lawyer."
        ),
        "8 CFR 214.1(l)(2); 81 Fed. Reg. 82398 (eff. 2017-01-17)",
        VERIFIED,
    ),
    Rule(
        "opt.unemployment",
        _("OPT unemployment days"),
        _(
            "On post-completion OPT you may be unemployed for 90 days in total (150 with the "
            "STEM extension). pipv subtracts the days you said you have used."
        ),
        "8 CFR 214.2(f)(10)(ii)(E)",
        VERIFIED,
    ),
    Rule(
        "cobra.election",
        _("COBRA health coverage"),
        _(
            "You have at least 60 days to elect COBRA, counted from the later of losing "
            "coverage or receiving the election notice. pipv assumes coverage ends on the "
            "last day; the employer has 30 days to tell the plan and the plan 14 more to send "
            "the notice, so the notice may come about 44 days later and your real deadline "
            "may be later than shown. Once your job has ended, pipv counts from your real "
            "last day; before that, the date for each way of leaving is only a what-if."
        ),
        "29 U.S.C. 1165(a)(1); U.S. Department of Labor COBRA rules",
        VERIFIED,
    ),
    Rule(
        "unemployment.after_severance",
        _("Unemployment after taking severance"),
        _(
            "Poor performance is usually not 'misconduct', but taking severance to leave "
            "before being fired may be treated as quitting in some states, and severance may "
            "delay benefits. Ask a lawyer before you choose."
        ),
        "Boynton Cab Co. v. Neubeck, 237 Wis. 249 (1941); Steller Law, \"Are Amazon's Coaching "
        'Programs Really About Helping Employees, or Pushing Them Out?" (undated blog post)',
        UNVERIFIED,
    ),
]

# ---- the jurisdiction table (jurisdictions.toml): one rule per state, DC, PR and city agency
UNIT_WORDS = {
    "days": _("days"),
    "months": _("months"),
    "years": _("years"),
    "day": _("day"),
    "month": _("month"),
    "year": _("year"),
}


def _period_args(prefix: str, period: jurisdictions.Period) -> tuple[tuple[str, str], ...]:
    word = period.unit[:-1] if period.count == 1 else period.unit
    return ((f"{prefix}count", str(period.count)), (f"{prefix}unit", word))


def _table_status(status: str) -> str:
    return VERIFIED if status == jurisdictions.VERIFIED else UNVERIFIED


def jurisdiction_rules() -> list[Rule]:
    """A rule for each table entry's charge period, and one for its time to sue after notice."""
    table = jurisdictions.table()
    found: list[Rule] = []
    for entry in (*table.states.values(), *table.local.values()):
        args: tuple[tuple[str, str], ...] = (
            ("name", entry.name),
            ("agency", entry.agency or ""),
            ("note", entry.note),
        )
        if entry.agency is None:
            title = _("%(name)s: no state agency for private employers")
            explanation = _(
                "No %(name)s agency takes discrimination or retaliation charges against "
                "private employers, so the EEOC's 180 days apply. %(note)s"
            )
        elif entry.earlier_period is not None and entry.changed_on is not None:
            title = _("%(name)s: %(agency)s")
            explanation = _(
                "A complaint to the %(agency)s within %(count)s %(unit)s of each act; for an "
                "act before %(changed_on)s, the earlier period of %(earlier_count)s "
                "%(earlier_unit)s still applies. %(note)s"
            )
            assert entry.charge_period is not None  # checked by the table's loader
            args += _period_args("", entry.charge_period)
            args += _period_args("earlier_", entry.earlier_period)
            args += (("changed_on", entry.changed_on.isoformat()),)
        else:
            title = _("%(name)s: %(agency)s")
            explanation = _(
                "A complaint to the %(agency)s within %(count)s %(unit)s of each act. %(note)s"
            )
            assert entry.charge_period is not None
            args += _period_args("", entry.charge_period)
        found.append(
            Rule(
                entry.rule_id,
                title,
                explanation,
                entry.citation,
                _table_status(entry.status),
                entry.source_url,
                entry.as_of,
                args,
            )
        )
        if entry.sue_after_notice is not None:
            found.append(
                Rule(
                    entry.rule_id + ".suit",
                    _("%(name)s: lawsuit after the agency's notice"),
                    _(
                        "After the %(agency)s sends its notice of the right to sue, a lawsuit "
                        "under %(name)s law must be filed within %(count)s %(unit)s of "
                        "receiving it."
                    ),
                    entry.citation,
                    _table_status(entry.sue_status),
                    entry.source_url,
                    entry.as_of,
                    args + _period_args("", entry.sue_after_notice),
                )
            )
    return found


# ---- federal clocks and state laws beyond the agencies (issue #15)
TABLE_AS_OF = date(2026, 12, 1)
FEDERAL_AND_STATE_LAW_RULES = [
    Rule(
        "federal.right_to_sue",
        _("Lawsuit after a notice of right to sue"),
        _(
            "Once the EEOC (or a state agency for it) issues a notice of right to sue, a "
            "lawsuit under Title VII, the ADA or the ADEA must be filed within 90 days of "
            "receiving the notice. pipv counts from the date you gave for the notice; if it "
            "arrived later, count from the day it arrived, and keep the envelope."
        ),
        "42 U.S.C. 2000e-5(f)(1); 42 U.S.C. 12117(a); 29 U.S.C. 626(e)",
        VERIFIED,
        "https://www.eeoc.gov/filing-lawsuit",
        TABLE_AS_OF,
    ),
    Rule(
        "adea.sixty_days",
        _("Age claims: 60 days between charge and lawsuit"),
        _(
            "Under the ADEA a lawsuit may not be filed until 60 days after the charge; no "
            "notice of right to sue is needed. This is the earliest day to sue, not a "
            "deadline."
        ),
        "29 U.S.C. 626(d)(1); Federal Express Corp. v. Holowecki, 552 U.S. 389 (2008)",
        VERIFIED,
        "https://www.justice.gov/osg/brief/federal-exp-corp-v-holowecki-amicus-merits",
        TABLE_AS_OF,
    ),
    Rule(
        "dodd_frank.lawsuit",
        _("Dodd-Frank whistleblower lawsuit"),
        _(
            "Retaliation for reporting a possible securities violation to the SEC may be "
            "taken straight to court: within 6 years of the retaliation, or 3 years from when "
            "the facts were or should have been known, and never more than 10 years after "
            "it. It protects only people who reported to the SEC itself. pipv shows 6 years."
        ),
        "15 U.S.C. 78u-6(h)(1)(B)(iii); Digital Realty Trust, Inc. v. Somers, 583 U.S. 149 (2018)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "flsa.lawsuit",
        _("FLSA and Equal Pay Act lawsuit"),
        _(
            "Retaliation for a complaint or report about wages, hours or equal pay, and the "
            "unpaid wages themselves, go to court under the Fair Labor Standards Act within 2 "
            "years of the act, or 3 years if the violation was willful. Each act has its own "
            "clock, counted from the first such complaint on. pipv shows both."
        ),
        "29 U.S.C. 215(a)(3); 29 U.S.C. 255(a); 29 U.S.C. 206(d) (Equal Pay Act)",
        VERIFIED,
        "https://www.eeoc.gov/time-limits-filing-charge",
        TABLE_AS_OF,
    ),
    Rule(
        "section_1981.lawsuit",
        _("Race discrimination lawsuit under 42 U.S.C. 1981"),
        _(
            "If a complaint was about race, retaliation for it may also be sued on under 42 "
            "U.S.C. 1981, with no agency charge first, within 4 years of the act."
        ),
        "42 U.S.C. 1981; 28 U.S.C. 1658(a); Jones v. R.R. Donnelley & Sons Co., 541 U.S. 369 "
        "(2004); CBOCS West, Inc. v. Humphries, 553 U.S. 442 (2008)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "warn.notice",
        _("Group layoffs: 60 days' notice"),
        _(
            "An employer with 100 or more employees must give 60 days' written notice before "
            "a plant closing or mass layoff; an employer that does not owes up to 60 days' "
            "pay and benefits. The date is the latest the notice could have come for the "
            "last day shown. State laws may ask for more."
        ),
        "29 U.S.C. 2102(a); 29 U.S.C. 2104(a)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "ca.labor_commissioner",
        _("California Labor Commissioner retaliation complaint"),
        _(
            "Retaliation for a complaint about wages, safety or another law the Labor "
            "Commissioner enforces may be reported to the Commissioner within one year of "
            "the act (six months for an act before 2021)."
        ),
        "Cal. Lab. Code 98.7(a) as amended by AB 1947 (Stats. 2020, ch. 344, eff. "
        "2021-01-01); Lab. Code 98.6, 1102.5",
        VERIFIED,
        "https://legiscan.com/CA/text/AB1947/2019",
        TABLE_AS_OF,
    ),
    Rule(
        "wa.wlad_lawsuit",
        _("Washington Law Against Discrimination lawsuit"),
        _(
            "A lawsuit under the Washington Law Against Discrimination, including "
            "retaliation, needs no agency charge first and may be filed within 3 years of "
            "the act."
        ),
        "RCW 49.60.030(2); RCW 4.16.080(2); Antonius v. King County, 153 Wn.2d 256 (2004)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "ny.labor_law_740",
        _("New York whistleblower lawsuit (Labor Law 740)"),
        _(
            "Retaliation for reporting a practice you reasonably believe breaks a law may be "
            "sued on within 2 years of the retaliation (one year before the amendment of "
            "2022-01-26)."
        ),
        "N.Y. Lab. Law 740(4)(a) as amended by L. 2021, ch. 522 (eff. 2022-01-26)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "ny.gol_5_336",
        _("New York: confidentiality terms in a release"),
        _(
            "A release of discrimination claims may keep the facts confidential only if that "
            "is your preference: you must be given 21 days to consider the confidentiality "
            "term, and may revoke the signed agreement for 7 days. The 21 days are the least "
            "the employer must give."
        ),
        "N.Y. Gen. Oblig. Law 5-336(1); CPLR 5003-b (the same terms for settlements)",
        UNVERIFIED,
        "https://www.nysenate.gov/legislation/laws/CVP/5003-B",
        TABLE_AS_OF,
    ),
    Rule(
        "nj.cepa",
        _("New Jersey whistleblower lawsuit (CEPA)"),
        _(
            "Retaliation for disclosing, objecting to or refusing to take part in a practice "
            "you reasonably believe is unlawful may be sued on within one year of the act."
        ),
        "N.J.S.A. 34:19-5",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "tx.tchra_two_years",
        _("Texas: lawsuit within two years of the complaint"),
        _(
            "Whatever the notice says, a lawsuit under the Texas Commission on Human Rights "
            "Act must be filed within two years of the day the complaint was filed with the "
            "Texas Workforce Commission."
        ),
        "Tex. Lab. Code 21.256",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
]


_RULES.extend(jurisdiction_rules())
_RULES.extend(FEDERAL_AND_STATE_LAW_RULES)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]
