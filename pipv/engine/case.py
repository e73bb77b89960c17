"""The case: what the user told us, as immutable dataclasses (format ``pipv.case/1``).

Field names follow the case-file contract in ``shared/domain/case-format.md``.
Optional fields left out by the user stay ``None`` so that the report can say
which figures are the process profile's defaults rather than the user's own.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .processes import PROFILES

CASE_FORMAT = "pipv.case/1"

PROCESSES = tuple(PROFILES)

IMMIGRATION_STATUSES = (
    "citizen_or_permanent_resident",
    "h1b",
    "l1",
    "o1",
    "e3",
    "tn",
    "f1_opt",
    "other_visa",
    "prefer_not_to_say",
)

RATINGS = ("exceeds", "meets", "below", "none")

# Whether an arbitration agreement was signed: "unknown" is an answer ("I don't know").
ARBITRATION = ("yes", "no", "unknown")

# What the federal anti-discrimination laws protect (Title VII, the ADA, the ADEA, GINA, the
# PDA, USERRA), plus the choice not to say. A lawyer asks because a claim of discrimination
# needs one; pipv itself weighs none of them.
PROTECTED_CHARACTERISTICS = (
    "race_or_color",
    "national_origin",
    "religion",
    "sex",
    "pregnancy",
    "sexual_orientation_or_gender_identity",
    "age",
    "disability",
    "genetic_information",
    "military_service",
    "prefer_not_to_say",
)

ACTIVITY_KINDS = (
    "fmla_request",
    "fmla_leave",
    "ada_accommodation_request",
    "medical_disclosure",
    "discrimination_complaint",
    "harassment_complaint",
    "retaliation_complaint",
    "agency_charge",
    "whistleblower_report",
    "wage_complaint",
    "workers_comp_claim",
    "concerted_activity",
    "other",
)

REPORTED_TO = ("manager", "skip_manager", "hr", "ethics_line", "agency", "other")

KNOWLEDGE = ("yes", "no", "unknown")

# What a whistleblower report was about: the law that protects it, and its deadline, follow.
SUBJECTS = ("securities_fraud", "workplace_safety", "wages_hours", "other_law")

# How a job that has ended ended: a stage of the process, or some other way.
EXIT_PATHS = (
    "resign_now",
    "pivot_leave_t1",
    "plan_fail_t2",
    "appeal_fail_t3",
    "appeal_win",
    "pip_fail",
    "other",
)

FAVOURABLE_EVENTS = ("positive_feedback", "promotion_track", "award")
# A right-to-sue notice (the EEOC's or a state agency's) is neither the employer's act nor
# a favour: it starts the 90 days to sue.
NEUTRAL_EVENTS = ("manager_change", "leave_start", "leave_end", "right_to_sue_notice")
ADVERSE_EVENTS = (
    "negative_feedback",
    "contradicting_recap",
    "transfer_restricted",
    "coaching_plan",
    "focus_entry",
    "pivot_meeting",
    "improvement_plan_start",
    "improvement_plan_end",
    "appeal_filed",
    "appeal_decision",
    "severance_offer",
    "termination_notice",
    "demotion",
    "pay_cut",
    "excluded_from_work",
    "other_adverse",
)
EVENT_KINDS = FAVOURABLE_EVENTS + NEUTRAL_EVENTS + ADVERSE_EVENTS

# Events that are scheduled rather than already lived, so they may be dated after as_of.
SCHEDULED_EVENTS = ("improvement_plan_end", "leave_end", "appeal_decision")

# Statuses covered by the 60-day grace period of 8 CFR 214.1(l)(2). "other_visa" is not among
# them: the rule also covers E-1, E-2 and H-1B1, but not (say) H-4 or J-1, so pipv asks instead
# of promising 60 days.
GRACE_PERIOD_VISAS = ("h1b", "l1", "o1", "e3", "tn")

US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI MP AS"
).split()


@dataclass(frozen=True)
class LastReview:
    date: date
    rating: str


@dataclass(frozen=True)
class Comparator:
    """Someone in a similar role treated better: who (a name or a role) and what happened."""

    who: str
    what_happened: str = ""


@dataclass(frozen=True)
class Employment:
    employer: str
    process: str
    work_state: str
    start_date: date
    base_salary_annual: Decimal
    age_40_or_over: bool
    immigration_status: str
    last_review: LastReview | None = None
    employee_name: str | None = None
    manager_change_date: date | None = None
    visa_valid_until: date | None = None
    opt_stem_extension: bool = False
    opt_unemployment_days_used: int = 0
    # What an intake lawyer asks next. Only the report shows them; no rule reads them yet.
    job_title: str | None = None
    job_level: str | None = None
    weekly_hours: int | None = None
    employee_count: int | None = None
    arbitration_agreement: str | None = None
    comparators: tuple[Comparator, ...] = ()
    protected_characteristics: tuple[str, ...] = ()
    ended_on: date | None = None  # the real last day, once the job has ended
    exit_path: str | None = None  # which way it ended (EXIT_PATHS)
    employer_public: bool | None = None  # shares publicly traded; None: not said
    work_city: str | None = None  # chooses a local agency (New York City, Seattle)


@dataclass(frozen=True)
class ProtectedActivity:
    id: str
    kind: str
    date: date
    reported_to: str
    in_writing: bool
    decision_maker_knew: str
    notes: str = ""
    hr_response: str = ""  # HR's answer or an investigation's outcome, for a complaint
    witnesses: str = ""  # names or roles of people who saw or heard it
    subject: str | None = None  # for a whistleblower report (SUBJECTS); None: not said
    end_date: datetime.date | None = None  # a leave's last day off (the return follows)
    known_on: datetime.date | None = None  # when the decision-maker learned, if later


@dataclass(frozen=True)
class Event:
    id: str
    kind: str
    date: date
    by: str = ""
    notes: str = ""
    contradicting_evidence: str = ""
    witnesses: str = ""


@dataclass(frozen=True)
class Vest:
    id: str
    date: date
    shares: Decimal


@dataclass(frozen=True)
class Bonus:
    id: str
    date: date
    amount: Decimal
    repay_if_leave_before: datetime.date | None = None  # "date" is a field above
    # What is owed back when leaving before repay_if_leave_before; the whole bonus if unset.
    repay_amount: Decimal | None = None


@dataclass(frozen=True)
class Compensation:
    share_price: Decimal = Decimal("0")
    vests: tuple[Vest, ...] = ()
    bonuses: tuple[Bonus, ...] = ()


@dataclass(frozen=True)
class Severance:
    """Severance terms as the user gave them; ``None`` means "use the profile default"."""

    t1_weeks: Decimal | None = None
    t2_weeks: Decimal | None = None
    t3_weeks: Decimal | None = None
    extra: Decimal | None = None
    grace_days: int | None = None
    decision_business_days: int | None = None
    plan_days: int | None = None
    appeal_days: int | None = None
    offer_in_hand: bool = False
    offer_date: date | None = None
    group_exit: bool = False
    release_signed_date: date | None = None


@dataclass(frozen=True)
class Case:
    as_of: date
    employment: Employment
    protected_activities: tuple[ProtectedActivity, ...] = ()
    events: tuple[Event, ...] = ()
    compensation: Compensation = field(default_factory=Compensation)
    severance: Severance = field(default_factory=Severance)
    # False when the file gave no as-of date and as_of is the day the case was read: the
    # report then says "as of today" and a file written back keeps no date.
    as_of_pinned: bool = True

    def events_of(self, *kinds: str) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.kind in kinds)

    def latest_event(self, *kinds: str) -> Event | None:
        found = self.events_of(*kinds)
        return max(found, key=lambda e: (e.date, e.id)) if found else None
