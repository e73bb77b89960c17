"""Plain words for every code in the case file, shared by the questionnaire, report and text.

Codes stay in the file (they are the contract); people see these labels. Each is an
English message id that the web layer translates.
"""

from __future__ import annotations

from .i18n import _
from .processes import PROFILES

PROCESS = {code: profile.label for code, profile in PROFILES.items()}

IMMIGRATION_STATUS = {
    "citizen_or_permanent_resident": _("U.S. citizen or green card holder"),
    "h1b": _("H-1B visa"),
    "l1": _("L-1 visa"),
    "o1": _("O-1 visa"),
    "e3": _("E-3 visa"),
    "tn": _("TN status"),
    "f1_opt": _("F-1 student on OPT"),
    "other_visa": _("Another visa"),
    "prefer_not_to_say": _("I prefer not to say"),
}

RATING = {
    "exceeds": _("Exceeds expectations"),
    "meets": _("Meets expectations"),
    "below": _("Below expectations"),
    "none": _("No rating given"),
}

ACTIVITY_KIND = {
    "fmla_request": _("Asked for FMLA leave"),
    "fmla_leave": _("Took FMLA leave"),
    "ada_accommodation_request": _("Asked for a disability accommodation (ADA)"),
    "medical_disclosure": _("Told the employer about a health condition"),
    "discrimination_complaint": _("Complained about discrimination"),
    "harassment_complaint": _("Complained about harassment"),
    "retaliation_complaint": _("Complained about retaliation"),
    "agency_charge": _("Filed a charge with a government agency"),
    "whistleblower_report": _("Reported fraud or a law being broken"),
    "wage_complaint": _("Complained about pay or hours"),
    "workers_comp_claim": _("Made a workers' compensation claim"),
    "concerted_activity": _("Acted with coworkers about work conditions"),
    "other": _("Other protected activity"),
}

ACTIVITY_HINT = {
    "fmla_request": _("Any request for family or medical leave counts, even if it was refused."),
    "fmla_leave": _("The leave itself: give the first day."),
    "ada_accommodation_request": _("For example, asking to work from home after surgery."),
    "medical_disclosure": _(
        "Telling your manager about a condition, without asking for a change at work."
    ),
    "discrimination_complaint": _("About race, sex, age, religion, disability, origin and so on."),
    "harassment_complaint": _("To your manager, HR, or anyone responsible."),
    "retaliation_complaint": _("Saying you were treated badly because of an earlier complaint."),
    "agency_charge": _("For example the EEOC or a state civil rights agency."),
    "whistleblower_report": _("For example, reporting fraud, safety or securities violations."),
    "wage_complaint": _("For example, unpaid overtime or unequal pay."),
    "workers_comp_claim": _("A claim for an injury at work."),
    "concerted_activity": _("For example, a group letter about workload."),
    "other": _("Anything else you think the law protects."),
}

REPORTED_TO = {
    "manager": _("My manager"),
    "skip_manager": _("My manager's manager"),
    "hr": _("HR"),
    "ethics_line": _("An ethics or compliance line"),
    "agency": _("A government agency"),
    "other": _("Someone else"),
}

KNOWLEDGE = {
    "yes": _("Yes, they knew"),
    "no": _("No, they did not know"),
    "unknown": _("I don't know"),
}

EVENT_KIND = {
    "positive_feedback": _("Praise or positive feedback"),
    "promotion_track": _("Told I was on track for promotion"),
    "award": _("An award or recognition"),
    "manager_change": _("New manager"),
    "leave_start": _("Leave started"),
    "leave_end": _("Leave ended"),
    "right_to_sue_notice": _("Got a right-to-sue notice"),
    "negative_feedback": _("Negative feedback"),
    "contradicting_recap": _("A recap email that does not match the meeting"),
    "transfer_restricted": _("Told a transfer needs special approval"),
    "coaching_plan": _("Put on a coaching plan"),
    "focus_entry": _("Placed in Focus"),
    "pivot_meeting": _("Pivot meeting"),
    "improvement_plan_start": _("Improvement plan started"),
    "improvement_plan_end": _("Improvement plan ends"),
    "appeal_filed": _("Filed an appeal"),
    "appeal_decision": _("Appeal decided"),
    "severance_offer": _("Offered severance"),
    "termination_notice": _("Told I am fired"),
    "demotion": _("Demoted"),
    "pay_cut": _("Pay cut"),
    "excluded_from_work": _("Left out of meetings or work"),
    "other_adverse": _("Something else against me"),
}

EVENT_HINT = {
    "positive_feedback": _("A good review, a kind message from a leader, a good 1:1."),
    "promotion_track": _("Someone said you were on track, in writing or in a meeting."),
    "award": _("A team or personal award."),
    "manager_change": _("The day a new manager took over."),
    "leave_start": _("The first day of any leave."),
    "leave_end": _("The day you came back, or will come back."),
    "right_to_sue_notice": _(
        "The day you received the EEOC's or a state agency's notice of your right to sue."
    ),
    "negative_feedback": _("A sudden 'performance gap' email or a poor rating."),
    "contradicting_recap": _("A 1:1 recap email lists problems never raised in the meeting."),
    "transfer_restricted": _("For example: moving teams now needs a VP's approval."),
    "coaching_plan": _("Weekly check-ins or a written plan to 'help you improve'."),
    "focus_entry": _("Amazon's first, often unannounced, coaching step. Ask your manager."),
    "pivot_meeting": _("The formal meeting with your manager and HR that offers a choice."),
    "improvement_plan_start": _("The first day of the plan."),
    "improvement_plan_end": _("The last day of the plan, as written in it."),
    "appeal_filed": _("The day you asked for an appeal."),
    "appeal_decision": _("The day the panel decided, or will decide."),
    "severance_offer": _("Money offered to leave, usually with a release to sign."),
    "termination_notice": _("Told your job ends, in writing or in a meeting."),
    "demotion": _("A lower level or title."),
    "pay_cut": _("Less base pay, bonus or stock."),
    "excluded_from_work": _("Taken off projects, meetings or email lists."),
    "other_adverse": _("Anything else done against you."),
}

SUBJECT = {
    "securities_fraud": _("Fraud or securities violations"),
    "workplace_safety": _("Workplace safety or health"),
    "wages_hours": _("Wages, overtime or hours"),
    "other_law": _("Another law"),
}

EXIT_PATH = {
    "resign_now": _("I resigned, without severance"),
    "pivot_leave_t1": _("I took the Pivot offer (T1)"),
    "plan_fail_t2": _("The plan ended and I left (T2)"),
    "appeal_fail_t3": _("I appealed and lost (T3)"),
    "appeal_win": _("I won the appeal, then left"),
    "pip_fail": _("The plan ended and I was let go"),
    "other": _("Some other way"),
}

DIRECTION = {
    "supporting": _("Supports a timing argument"),
    "contrary": _("Weakens a timing argument"),
    "either": _("Can cut both ways"),
}

ARBITRATION = {
    "yes": _("Yes, I signed one"),
    "no": _("No"),
    "unknown": _("I don't know"),
}

PROTECTED_CHARACTERISTIC = {
    "race_or_color": _("Race or color"),
    "national_origin": _("National origin, ancestry or citizenship"),
    "religion": _("Religion"),
    "sex": _("Sex"),
    "pregnancy": _("Pregnancy"),
    "sexual_orientation_or_gender_identity": _("Sexual orientation or gender identity"),
    "age": _("Age (40 or over)"),
    "disability": _("Disability or a medical condition"),
    "genetic_information": _("Genetic information or family medical history"),
    "military_service": _("Military service"),
    "prefer_not_to_say": _("I prefer not to say"),
}

# The work state as a reader picks it: its postal code (the case file's) and its name.
STATE = {
    "AL": _("AL – Alabama"),
    "AK": _("AK – Alaska"),
    "AZ": _("AZ – Arizona"),
    "AR": _("AR – Arkansas"),
    "CA": _("CA – California"),
    "CO": _("CO – Colorado"),
    "CT": _("CT – Connecticut"),
    "DE": _("DE – Delaware"),
    "DC": _("DC – District of Columbia"),
    "FL": _("FL – Florida"),
    "GA": _("GA – Georgia"),
    "HI": _("HI – Hawaii"),
    "ID": _("ID – Idaho"),
    "IL": _("IL – Illinois"),
    "IN": _("IN – Indiana"),
    "IA": _("IA – Iowa"),
    "KS": _("KS – Kansas"),
    "KY": _("KY – Kentucky"),
    "LA": _("LA – Louisiana"),
    "ME": _("ME – Maine"),
    "MD": _("MD – Maryland"),
    "MA": _("MA – Massachusetts"),
    "MI": _("MI – Michigan"),
    "MN": _("MN – Minnesota"),
    "MS": _("MS – Mississippi"),
    "MO": _("MO – Missouri"),
    "MT": _("MT – Montana"),
    "NE": _("NE – Nebraska"),
    "NV": _("NV – Nevada"),
    "NH": _("NH – New Hampshire"),
    "NJ": _("NJ – New Jersey"),
    "NM": _("NM – New Mexico"),
    "NY": _("NY – New York"),
    "NC": _("NC – North Carolina"),
    "ND": _("ND – North Dakota"),
    "OH": _("OH – Ohio"),
    "OK": _("OK – Oklahoma"),
    "OR": _("OR – Oregon"),
    "PA": _("PA – Pennsylvania"),
    "RI": _("RI – Rhode Island"),
    "SC": _("SC – South Carolina"),
    "SD": _("SD – South Dakota"),
    "TN": _("TN – Tennessee"),
    "TX": _("TX – Texas"),
    "UT": _("UT – Utah"),
    "VT": _("VT – Vermont"),
    "VA": _("VA – Virginia"),
    "WA": _("WA – Washington"),
    "WV": _("WV – West Virginia"),
    "WI": _("WI – Wisconsin"),
    "WY": _("WY – Wyoming"),
    "PR": _("PR – Puerto Rico"),
    "GU": _("GU – Guam"),
    "VI": _("VI – U.S. Virgin Islands"),
    "MP": _("MP – Northern Mariana Islands"),
    "AS": _("AS – American Samoa"),
}


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
    "visa.documents": _("Your visa documents: I-797 approval notice and I-94 record."),
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
    "fmla.causation": _("Which causation test will your court use for FMLA retaliation?"),
    "vesting.just_missed": _(
        "Leaving on %(last_day)s loses vests worth %(value)s within 90 days. What does your "
        "grant agreement (and its governing law) say?"
    ),
    "bonus.repayment": _("Can your employer make you repay a bonus if it pushes you out?"),
    "plan_end.differs": _(
        "Your record shows the plan ending on %(recorded)s, but the stages use %(computed)s "
        "(from the plan length). Change the plan length if your letter says otherwise."
    ),
}
