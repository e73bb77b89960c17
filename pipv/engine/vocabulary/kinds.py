"""Vocabularies of what happened: protected activities and events, and who heard of them."""

from __future__ import annotations

from ..i18n import _
from .terms import ADVERSE, FAVOURABLE, NEUTRAL, EventKind, Term, Vocabulary

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
    ),
    EventKind("award", _("An award or recognition"), _("A team or personal award."), FAVOURABLE),
    EventKind("manager_change", _("New manager"), _("The day a new manager took over."), NEUTRAL),
    EventKind("leave_start", _("Leave started"), _("The first day of any leave."), NEUTRAL),
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
    ),
    EventKind(
        "transfer_restricted",
        _("Told a transfer needs special approval"),
        _("For example: moving teams now needs a VP's approval."),
        ADVERSE,
    ),
    EventKind(
        "coaching_plan",
        _("Put on a coaching plan"),
        _("Weekly check-ins or a written plan to 'help you improve'."),
        ADVERSE,
        contested=True,
    ),
    EventKind(
        "focus_entry",
        _("Placed in Focus"),
        _("Amazon's first, often unannounced, coaching step. Ask your manager."),
        ADVERSE,
        contested=True,
    ),
    EventKind(
        "pivot_meeting",
        _("Pivot meeting"),
        _("The formal meeting with your manager and HR that offers a choice."),
        ADVERSE,
        contested=True,
    ),
    EventKind(
        "improvement_plan_start",
        _("Improvement plan started"),
        _("The first day of the plan."),
        ADVERSE,
        contested=True,
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
    EventKind("demotion", _("Demoted"), _("A lower level or title."), ADVERSE),
    EventKind("pay_cut", _("Pay cut"), _("Less base pay, bonus or stock."), ADVERSE),
    EventKind(
        "excluded_from_work",
        _("Left out of meetings or work"),
        _("Taken off projects, meetings or email lists."),
        ADVERSE,
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
