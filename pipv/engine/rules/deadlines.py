"""Rules of deadlines: agency charges, lawsuits, releases (OWBPA) and the other clocks."""

from __future__ import annotations

from datetime import date

from ..i18n import _
from .base import UNVERIFIED, VERIFIED, Rule

DEADLINE_RULES: tuple[Rule, ...] = (
    Rule(
        "deadline.roll_forward",
        _("Weekend and holiday deadlines"),
        _(
            "Days are counted as calendar days. pipv shows the day the count ends as the day "
            "to act by, even on a weekend or holiday: that day is always safe. The EEOC says "
            "that a charge due on a weekend or holiday may still be filed on the next "
            "business day, and pipv notes that day too. A state agency's next business day "
            "follows that state's own legal holidays (Washington, for one, keeps no Columbus "
            "Day; California counts the days its courts close). A day a state only marks "
            "while its offices stay open, such as Texas's optional holidays or Susan B. "
            "Anthony Day, is not counted as a holiday, nor is a weekday a holiday on a weekend "
            "was moved to where the state's law does not move it (New York, Illinois, "
            "Wisconsin, Wyoming, Missouri and Michigan move only Sunday's, Texas none). Do not "
            "wait for the last day."
        ),
        "EEOC, Time Limits For Filing A Charge (eeoc.gov); the work state's own statute on "
        "legal holidays or office closures (e.g. RCW 1.16.050; Cal. Code Civ. Proc. 12a, 135; "
        "N.Y. Gen. Constr. Law 24)",
        VERIFIED,
        "https://www.eeoc.gov/time-limits-filing-charge",
        as_of=date(2026, 12, 5),
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
        "charge.firing_day",
        _("A firing's deadlines run from the day you were told"),
        _(
            "The time to file a charge about a firing starts on the day the decision was made "
            "and told to you, not on your last day, which can come later. pipv does not count "
            "these deadlines from your last day, which could be too late: it asks for the day "
            "you were told."
        ),
        "Delaware State College v. Ricks, 449 U.S. 250, 258 (1980); Chardon v. Fernandez, "
        "454 U.S. 6 (1981)",
        VERIFIED,
        "https://www.law.cornell.edu/supremecourt/text/449/250",
        as_of=date(2026, 12, 4),
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
        # 825.400(b) is the private lawsuit's period; 825.401(b) is a complaint to the
        # Wage and Hour Division instead, with the same years.
        "29 U.S.C. 2617(c)(1)-(2); 29 CFR 825.400(b)",
        VERIFIED,
        "https://www.ecfr.gov/current/title-29/subtitle-B/chapter-V/part-825/subpart-D/section-825.400",
        as_of=date(2026, 12, 5),
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
            "Acting together with coworkers about work conditions: within six months of the "
            "act, a charge must be both filed with the NLRB and served on the employer (a copy "
            "delivered to it). Filing in time is not enough if the copy arrives late."
        ),
        "29 U.S.C. 160(b); Local Lodge No. 1424 v. NLRB, 362 U.S. 411 (1960); Dun & "
        "Bradstreet Software Services, 317 NLRB No. 13 (1995)",
        VERIFIED,
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
            "consider it, and you must be told that you have the right to consult an attorney "
            "about it. This is the "
            "least time the employer must give you, not a deadline you must meet. pipv skips "
            "the days California's courts close, Lincoln Day and Native American Day among "
            "them."
        ),
        "Cal. Gov. Code 12964.5(b)(4) (SB 331, eff. 2022-01-01); Cal. Code Civ. Proc. 135",
        VERIFIED,
        as_of=date(2026, 12, 5),
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
            "STEM extension). pipv subtracts the days you said you have used. These days count "
            "only while OPT lasts: if they run out on or before the date on your EAD card, "
            "status ends on the day they run out. If OPT ends first (the EAD card's date) with "
            "days to spare, you have 60 days after it to leave or change status."
        ),
        "8 CFR 214.2(f)(10)(ii)(E); 8 CFR 214.2(f)(5)(i)",
        VERIFIED,
        as_of=date(2026, 12, 5),
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
)
