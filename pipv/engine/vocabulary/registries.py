"""The registries: one per vocabulary of the case file, in the order the questionnaire offers it.

First the person and the job (status, rating, agreement, characteristics, how it ended, state),
then what happened (protected activities, who heard of them, events, evidence).
"""

from __future__ import annotations

from ..i18n import _
from .terms import ADVERSE, FAVOURABLE, NEUTRAL, EventKind, ImmigrationStatus, Term, Vocabulary

# "other_visa" has no grace period here: the rule also covers E-1, E-2 and H-1B1, but not (say)
# H-4 or J-1, so pipv asks instead of promising 60 days.
IMMIGRATION_STATUS = Vocabulary(
    ImmigrationStatus("citizen_or_permanent_resident", _("U.S. citizen or green card holder")),
    ImmigrationStatus("h1b", _("H-1B visa"), grace_period=True),
    ImmigrationStatus("l1", _("L-1 visa"), grace_period=True),
    ImmigrationStatus("o1", _("O-1 visa"), grace_period=True),
    ImmigrationStatus("e3", _("E-3 visa"), grace_period=True),
    ImmigrationStatus("tn", _("TN status"), grace_period=True),
    ImmigrationStatus("f1_opt", _("F-1 student on OPT")),
    ImmigrationStatus("other_visa", _("Another visa")),
    ImmigrationStatus("prefer_not_to_say", _("I prefer not to say")),
)


RATING = Vocabulary(
    Term("exceeds", _("Exceeds expectations")),
    Term("meets", _("Meets expectations")),
    Term("below", _("Below expectations")),
    Term("none", _("No rating given")),
)


# Whether an arbitration agreement was signed: "unknown" is an answer ("I don't know").
ARBITRATION = Vocabulary(
    Term("yes", _("Yes, I signed one")),
    Term("no", _("No")),
    Term("unknown", _("I don't know")),
)


# What the federal anti-discrimination laws protect (Title VII, the ADA, the ADEA, GINA, the
# PDA, USERRA), plus the choice not to say. A lawyer asks because a claim of discrimination
# needs one; pipv itself weighs none of them.
PROTECTED_CHARACTERISTIC = Vocabulary(
    Term("race_or_color", _("Race or color")),
    Term("national_origin", _("National origin, ancestry or citizenship")),
    Term("religion", _("Religion")),
    Term("sex", _("Sex")),
    Term("pregnancy", _("Pregnancy")),
    Term("sexual_orientation_or_gender_identity", _("Sexual orientation or gender identity")),
    Term("age", _("Age (40 or over)")),
    Term("disability", _("Disability or a medical condition")),
    Term("genetic_information", _("Genetic information or family medical history")),
    Term("military_service", _("Military service")),
    Term("prefer_not_to_say", _("I prefer not to say")),
)


# How a job that has ended ended: a stage of the process, or some other way.
EXIT_PATH = Vocabulary(
    Term("resign_now", _("I resigned, without severance")),
    Term("pivot_leave_t1", _("I took the Pivot offer (T1)")),
    Term("plan_fail_t2", _("The plan ended and I left (T2)")),
    Term("appeal_fail_t3", _("I appealed and lost (T3)")),
    Term("appeal_win", _("I won the appeal, then left")),
    Term("pip_fail", _("The plan ended and I was let go")),
    Term("other", _("Some other way")),
)


# The work state as a reader picks it: its postal code (the case file's) and its name.
STATE = Vocabulary(
    Term("AL", _("AL – Alabama")),
    Term("AK", _("AK – Alaska")),
    Term("AZ", _("AZ – Arizona")),
    Term("AR", _("AR – Arkansas")),
    Term("CA", _("CA – California")),
    Term("CO", _("CO – Colorado")),
    Term("CT", _("CT – Connecticut")),
    Term("DE", _("DE – Delaware")),
    Term("DC", _("DC – District of Columbia")),
    Term("FL", _("FL – Florida")),
    Term("GA", _("GA – Georgia")),
    Term("HI", _("HI – Hawaii")),
    Term("ID", _("ID – Idaho")),
    Term("IL", _("IL – Illinois")),
    Term("IN", _("IN – Indiana")),
    Term("IA", _("IA – Iowa")),
    Term("KS", _("KS – Kansas")),
    Term("KY", _("KY – Kentucky")),
    Term("LA", _("LA – Louisiana")),
    Term("ME", _("ME – Maine")),
    Term("MD", _("MD – Maryland")),
    Term("MA", _("MA – Massachusetts")),
    Term("MI", _("MI – Michigan")),
    Term("MN", _("MN – Minnesota")),
    Term("MS", _("MS – Mississippi")),
    Term("MO", _("MO – Missouri")),
    Term("MT", _("MT – Montana")),
    Term("NE", _("NE – Nebraska")),
    Term("NV", _("NV – Nevada")),
    Term("NH", _("NH – New Hampshire")),
    Term("NJ", _("NJ – New Jersey")),
    Term("NM", _("NM – New Mexico")),
    Term("NY", _("NY – New York")),
    Term("NC", _("NC – North Carolina")),
    Term("ND", _("ND – North Dakota")),
    Term("OH", _("OH – Ohio")),
    Term("OK", _("OK – Oklahoma")),
    Term("OR", _("OR – Oregon")),
    Term("PA", _("PA – Pennsylvania")),
    Term("RI", _("RI – Rhode Island")),
    Term("SC", _("SC – South Carolina")),
    Term("SD", _("SD – South Dakota")),
    Term("TN", _("TN – Tennessee")),
    Term("TX", _("TX – Texas")),
    Term("UT", _("UT – Utah")),
    Term("VT", _("VT – Vermont")),
    Term("VA", _("VA – Virginia")),
    Term("WA", _("WA – Washington")),
    Term("WV", _("WV – West Virginia")),
    Term("WI", _("WI – Wisconsin")),
    Term("WY", _("WY – Wyoming")),
    Term("PR", _("PR – Puerto Rico")),
    Term("GU", _("GU – Guam")),
    Term("VI", _("VI – U.S. Virgin Islands")),
    Term("MP", _("MP – Northern Mariana Islands")),
    Term("AS", _("AS – American Samoa")),
)


ACTIVITY_KIND = Vocabulary(
    Term(
        "fmla_request",
        _("Asked for FMLA leave"),
        _("Any request for family or medical leave counts, even if it was refused."),
    ),
    Term("fmla_leave", _("Took FMLA leave"), _("The leave itself: give the first day.")),
    Term(
        "ada_accommodation_request",
        _("Asked for a disability accommodation (ADA)"),
        _("For example, asking to work from home after surgery."),
    ),
    Term(
        "medical_disclosure",
        _("Told the employer about a health condition"),
        _("Telling your manager about a condition, without asking for a change at work."),
    ),
    Term(
        "discrimination_complaint",
        _("Complained about discrimination"),
        _("About race, sex, age, religion, disability, origin and so on."),
    ),
    Term(
        "harassment_complaint",
        _("Complained about harassment"),
        _("To your manager, HR, or anyone responsible."),
    ),
    Term(
        "retaliation_complaint",
        _("Complained about retaliation"),
        _("Saying you were treated badly because of an earlier complaint."),
    ),
    Term(
        "agency_charge",
        _("Filed a charge with a government agency"),
        _("For example the EEOC or a state civil rights agency."),
    ),
    Term(
        "whistleblower_report",
        _("Reported fraud or a law being broken"),
        _("For example, reporting fraud, safety or securities violations."),
    ),
    Term(
        "wage_complaint",
        _("Complained about pay or hours"),
        _("For example, unpaid overtime or unequal pay."),
    ),
    Term(
        "workers_comp_claim",
        _("Made a workers' compensation claim"),
        _("A claim for an injury at work."),
    ),
    Term(
        "concerted_activity",
        _("Acted with coworkers about work conditions"),
        _("For example, a group letter about workload."),
    ),
    Term("other", _("Other protected activity"), _("Anything else you think the law protects.")),
)


REPORTED_TO = Vocabulary(
    Term("manager", _("My manager")),
    Term("skip_manager", _("My manager's manager")),
    Term("hr", _("HR")),
    Term("ethics_line", _("An ethics or compliance line")),
    Term("agency", _("A government agency")),
    Term("other", _("Someone else")),
)


# Whether the decision-maker knew of the activity.
KNOWLEDGE = Vocabulary(
    Term("yes", _("Yes, they knew")),
    Term("no", _("No, they did not know")),
    Term("unknown", _("I don't know")),
)


# What a whistleblower report was about: the law that protects it, and its deadline, follow.
SUBJECT = Vocabulary(
    Term("securities_fraud", _("Fraud or securities violations")),
    Term("workplace_safety", _("Workplace safety or health")),
    Term("wages_hours", _("Wages, overtime or hours")),
    Term("other_law", _("Another law")),
)


# A right-to-sue notice (the EEOC's or a state agency's) is neither the employer's act nor a
# favour: it starts the 90 days to sue.
EVENT_KIND = Vocabulary(
    EventKind(
        "positive_feedback",
        _("Praise or positive feedback"),
        _("A good review, a kind message from a leader, a good 1:1."),
        FAVOURABLE,
    ),
    EventKind(
        "promotion_track",
        _("Told I was on track for promotion"),
        _("Someone said you were on track, in writing or in a meeting."),
        FAVOURABLE,
        at_work=True,
    ),
    EventKind(
        "award",
        _("An award or recognition"),
        _("A team or personal award."),
        FAVOURABLE,
        at_work=True,
    ),
    EventKind(
        "manager_change",
        _("New manager"),
        _("The day a new manager took over."),
        NEUTRAL,
        at_work=True,
    ),
    EventKind(
        "leave_start",
        _("Leave started"),
        _("The first day of any leave."),
        NEUTRAL,
        at_work=True,
    ),
    EventKind(
        "leave_end",
        _("Leave ended"),
        _("The day you came back, or will come back."),
        NEUTRAL,
        scheduled=True,
    ),
    EventKind(
        "right_to_sue_notice",
        _("Got a right-to-sue notice"),
        _("The day you received the EEOC's or a state agency's notice of your right to sue."),
        NEUTRAL,
    ),
    EventKind(
        "negative_feedback",
        _("Negative feedback"),
        _("A sudden 'performance gap' email or a poor rating."),
        ADVERSE,
        contested=True,
    ),
    EventKind(
        "contradicting_recap",
        _("A recap email that does not match the meeting"),
        _("A 1:1 recap email lists problems never raised in the meeting."),
        ADVERSE,
        contested=True,
        at_work=True,
    ),
    EventKind(
        "transfer_restricted",
        _("Told a transfer needs special approval"),
        _("For example: moving teams now needs a VP's approval."),
        ADVERSE,
        at_work=True,
    ),
    EventKind(
        "coaching_plan",
        _("Put on a coaching plan"),
        _("Weekly check-ins or a written plan to 'help you improve'."),
        ADVERSE,
        contested=True,
        at_work=True,
    ),
    EventKind(
        "focus_entry",
        _("Placed in Focus"),
        _("Amazon's first, often unannounced, coaching step. Ask your manager."),
        ADVERSE,
        contested=True,
        at_work=True,
    ),
    EventKind(
        "pivot_meeting",
        _("Pivot meeting"),
        _("The formal meeting with your manager and HR that offers a choice."),
        ADVERSE,
        contested=True,
        at_work=True,
    ),
    EventKind(
        "improvement_plan_start",
        _("Improvement plan started"),
        _("The first day of the plan."),
        ADVERSE,
        contested=True,
        at_work=True,
    ),
    EventKind(
        "improvement_plan_end",
        _("Improvement plan ends"),
        _("The last day of the plan, as written in it."),
        ADVERSE,
        contested=True,
        scheduled=True,
    ),
    EventKind("appeal_filed", _("Filed an appeal"), _("The day you asked for an appeal."), ADVERSE),
    EventKind(
        "appeal_decision",
        _("Appeal decided"),
        _("The day the panel decided, or will decide."),
        ADVERSE,
        contested=True,
        scheduled=True,
    ),
    EventKind(
        "severance_offer",
        _("Offered severance"),
        _("Money offered to leave, usually with a release to sign."),
        ADVERSE,
        contested=True,
    ),
    EventKind(
        "termination_notice",
        _("Told I am fired"),
        _("Told your job ends, in writing or in a meeting."),
        ADVERSE,
    ),
    EventKind(
        "demotion",
        _("Demoted"),
        _("A lower level or title."),
        ADVERSE,
        at_work=True,
    ),
    EventKind("pay_cut", _("Pay cut"), _("Less base pay, bonus or stock."), ADVERSE),
    EventKind(
        "excluded_from_work",
        _("Left out of meetings or work"),
        _("Taken off projects, meetings or email lists."),
        ADVERSE,
        at_work=True,
    ),
    EventKind(
        "other_adverse",
        _("Something else against me"),
        _("Anything else done against you."),
        ADVERSE,
        contested=True,
    ),
)


# Which way an item of evidence cuts.
DIRECTION = Vocabulary(
    Term("supporting", _("Supports a timing argument")),
    Term("contrary", _("Weakens a timing argument")),
    Term("either", _("Can cut both ways")),
)
