"""Plain words for every code in the case file, shared by the questionnaire, report and text.

Codes stay in the file (they are the contract); people see these labels. Each is an
English message id that the web layer translates. The words of each vocabulary are written
once, in its registry (``pipv.engine.vocabulary``); these dicts are drawn from there.
"""

from __future__ import annotations

from . import vocabulary
from .i18n import _
from .processes import PROFILES

PROCESS = {code: profile.label for code, profile in PROFILES.items()}

# The severance terms (processes.Terms) by the names the questionnaire gives them.
TERM = {
    "t1_weeks": _("weeks of pay at Pivot (T1)"),
    "t2_weeks": _("weeks of pay after a failed plan (T2)"),
    "t3_weeks": _("weeks of pay after a lost appeal (T3)"),
    "extra": _("the extra amount"),
    "grace_days": _("grace period"),
    "decision_business_days": _("days to choose"),
    "plan_days": _("plan length"),
    "appeal_days": _("appeal length"),
}

# The same terms for a process without Amazon's tiers (T1-T3 are its codes): one plan, one pay.
TERM_ONE_PLAN = {
    "t2_weeks": _("weeks of pay after a failed plan"),
}

# Said of anything pipv knows only from public reports about an employer (Amazon's terms).
AS_PUBLICLY_REPORTED = _("as publicly reported, unverified")

IMMIGRATION_STATUS = vocabulary.IMMIGRATION_STATUS.labels()
RATING = vocabulary.RATING.labels()
ACTIVITY_KIND = vocabulary.ACTIVITY_KIND.labels()
ACTIVITY_HINT = vocabulary.ACTIVITY_KIND.hints()
REPORTED_TO = vocabulary.REPORTED_TO.labels()
KNOWLEDGE = vocabulary.KNOWLEDGE.labels()
EVENT_KIND = vocabulary.EVENT_KIND.labels()
EVENT_HINT = vocabulary.EVENT_KIND.hints()
SUBJECT = vocabulary.SUBJECT.labels()
EXIT_PATH = vocabulary.EXIT_PATH.labels()
DIRECTION = vocabulary.DIRECTION.labels()
ARBITRATION = vocabulary.ARBITRATION.labels()
PROTECTED_CHARACTERISTIC = vocabulary.PROTECTED_CHARACTERISTIC.labels()
STATE = vocabulary.STATE.labels()


# ------------------------------------------------------- the words for the engine's codes
# The engine hands the report codes with parameters (a pair's notes, what to bring, the
# questions for the lawyer); these are their sentences. The assessment JSON writes them in
# English; the report translates them.

# What qualifies one pair of an activity and a later event (timing.pair_up).
PAIR_NOTES = {
    "counted_from_leave_end": _("counted from the end of the leave (the return to work)"),
    "counted_from_known_on": _("counted from when the decision-maker learned of it"),
    "circuit_lenient": _("courts in this circuit have accepted gaps of several months"),
    "circuit_strict": _("courts in this circuit rarely accept timing alone"),
    "counted_weaker_knowledge_unknown": _(
        "counted one band weaker: not known whether the decision-maker knew"
    ),
    "counted_weak_knowledge_unknown": _(
        "not known whether the decision-maker knew: counted weak, the lowest band that counts"
    ),
    "learned_later": _("no timing inference: the decision-maker learned of it only later"),
    "did_not_know": _("no timing inference: the decision-maker did not know"),
    "contested_adverse": _("contested as an adverse action on its own"),
    "ca_presumption": _("California Labor Code presumption applies (within 90 days)"),
}

# What to bring (evidence.evidence); %(what)s lists the activities or events it names.
EVIDENCE = {
    "activity.written": _(
        "The written record of each, with its date (the email, form or message): %(what)s."
    ),
    "activity.spoken": _(
        "Notes on each, as it was not in writing (who you told, when, and anyone who saw or "
        "heard it): %(what)s."
    ),
    "event.record": _("The email, recap or letter of each, and your own notes of it: %(what)s."),
    "event.contradictions": _("The records that contradict an event, as listed under each fact."),
    "review": _("Your last performance review and any written praise or awards."),
    "stock.grants": _(
        "Your stock grant agreements and vesting schedule, including the governing-law clause."
    ),
    "bonus.letters": _("Sign-on or bonus letters with any repayment terms."),
    "severance.offer": _(
        "The severance offer and the release, unsigned, with the date you got them."
    ),
    "severance.group_list": _(
        "The list that came with a group offer: the job titles and ages of the people chosen "
        "for it, and the ages of those in the same job group or unit who were not. A release "
        "of age claims in a group exit must include it (29 U.S.C. 626(f)(1)(H)); if it did not "
        "come, say so."
    ),
    "visa.documents": _("Your visa documents: I-797 approval notice and I-94 record."),
    "visa.documents_opt": _(
        "Your student documents: Form I-20 (with the OPT recommendation), the OPT work card "
        "(EAD) and your I-94 record."
    ),
    "report.copy": _("A copy of this report and its case file (attached to the PDF)."),
}

# The questions for the lawyer (questions.QUESTIONS), their blanks filled from the record.
QUESTIONS = {
    "knowledge.activity": _(
        "Did the person who acted against you know about this: %(kind)s (%(date)s)? How could "
        "that be shown?"
    ),
    "knowledge.indirect": _(
        "The activity went to HR or another channel: did your manager learn of it, and when?"
    ),
    "owbpa.pivot_conflict": _(
        "The Pivot choice is due %(decision)s, but a release of age claims must give you until "
        "%(consider)s to consider it. Does the offer meet the OWBPA, and what happens if you "
        "take the full time?"
    ),
    "whistleblower.subject": _(
        "What was your report about: fraud or securities, safety, or wages and hours? The "
        "deadline depends on it, and pipv shows every one that could apply, the 30-day safety "
        "complaint first."
    ),
    "whistleblower.public": _(
        "Are your employer's shares publicly traded (or is it owned by a company whose shares "
        "are)? Only then does SOX protect your report."
    ),
    "whistleblower.other_law": _(
        "Your report was about another law: which law protects it, and what deadline does that "
        "law set? pipv does not know it."
    ),
    "unemployment.t1": _(
        "If you take the Pivot offer (T1), will your state treat it as quitting or as a "
        "discharge for unemployment benefits, and does the severance delay them?"
    ),
    "visa.grace_other": _(
        "For your visa: is there a grace period after the job ends, and from which day? (E-1, "
        "E-2 and H-1B1 holders have the same 60 days as H-1B; many other visas have none, so "
        "pipv shows no grace period end.)"
    ),
    "visa.grace_start": _(
        "For your visa: does a paid grace period or garden leave move the day your grace "
        "period starts, and what must your employer do when the job ends (for H-1B, return "
        "transport and notice to USCIS)?"
    ),
    "visa.opt_days_used_up": _(
        "You have used %(used)s days without a job on OPT, and OPT allows %(allowed)s, so "
        "pipv shows no days left after your last day. Is that count right, and what is your "
        "status now?"
    ),
    "visa.valid_until_passed": _(
        "Your record shows your status valid until %(valid_until)s, which has passed, so pipv "
        "shows no grace period after your last day. Is that the date on your latest I-94, and "
        "was an extension filed before it?"
    ),
    "visa.valid_until_before_last_day": _(
        "Your status is valid until %(valid_until)s, before the last day of at least one way "
        "of leaving in the money table, so it would end while the job goes on. Has your "
        "employer filed an extension, and what is your status after that day?"
    ),
    "warn.site_layoff": _(
        "Others were offered an exit when you were. Did 50 or more people at your site lose "
        "their jobs within 30 days? If so, and your employer has 100 or more employees, the "
        "WARN Act may have required 60 days' written notice, or pay for the days not given. "
        "pipv shows no date for it."
    ),
    "fmla.causation": _("Which causation test will your court use for FMLA retaliation?"),
    "vesting.just_missed": _(
        "Leaving on %(last_day)s loses vests worth %(value)s within 90 days. What does your "
        "grant agreement (and its governing law) say?"
    ),
    "bonus.repayment": _("Can your employer make you repay a bonus if it pushes you out?"),
    "bonus.repayment.ca": _(
        "Your bonus of %(amount)s paid %(date)s is to be paid back if you leave before "
        "%(until)s. California's law on contracts made from 2026-01-01 allows that only "
        "for a bonus paid at the start of the job, under a separate agreement that meets its "
        "conditions, and only if you quit or are fired for misconduct. When was the bonus "
        "agreement made, and does it meet those conditions? Would taking a severance offer "
        "count as quitting?"
    ),
    # The same, of a bonus the as-of date has not reached: it is not paid yet.
    "bonus.repayment.ca.to_be_paid": _(
        "Your bonus of %(amount)s, to be paid %(date)s, is to be paid back if you leave before "
        "%(until)s. California's law on contracts made from 2026-01-01 allows that only "
        "for a bonus paid at the start of the job, under a separate agreement that meets its "
        "conditions, and only if you quit or are fired for misconduct. When was the bonus "
        "agreement made, and does it meet those conditions? Would taking a severance offer "
        "count as quitting?"
    ),
    "plan_end.differs": _(
        "Your record shows the plan ending on %(recorded)s; its length alone would end it on "
        "%(computed)s. The stages use %(recorded)s. Check that date against your plan's letter."
    ),
    "plan_end.too_early": _(
        "Your record shows the plan ending on %(recorded)s, before it could start, so the "
        "stages use %(computed)s (from the plan length). Check the date of the plan's end."
    ),
    "firing_day": _(
        "Your job ended on %(date)s, but the day you were told it would end is not in your "
        "record. When was the decision made and told to you? The deadlines to file a charge "
        "about the firing run from that day."
    ),
    "firing_day.if_fired": _(
        "Your job ended on %(date)s. Did your employer end it? If so, when was the decision "
        "made and told to you? The deadlines to file a charge about a firing run from that day."
    ),
}
