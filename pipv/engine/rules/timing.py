"""Rules of timing (knowledge, materially adverse acts, proximity) and what a lawyer will weigh."""

from __future__ import annotations

from ..i18n import _
from .base import AS_REPORTED, BEST_UNDERSTANDING, DESIGN, FORUM, UNVERIFIED, VERIFIED, Rule

TIMING_RULES: tuple[Rule, ...] = (
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
)
