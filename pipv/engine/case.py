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
from .vocabulary import (
    ACTIVITY_KIND,
    ADVERSE,
    EVENT_KIND,
    EXIT_PATH,
    FAVOURABLE,
    IMMIGRATION_STATUS,
    NEUTRAL,
    PROTECTED_CHARACTERISTIC,
    RATING,
    STATE,
    SUBJECT,
)
from .vocabulary import ARBITRATION as ARBITRATION_ANSWER
from .vocabulary import KNOWLEDGE as KNOWLEDGE_ANSWER
from .vocabulary import REPORTED_TO as REPORTED_TO_WHOM

CASE_FORMAT = "pipv.case/1"

PROCESSES = tuple(PROFILES)

# The codes of each vocabulary, derived from its registry (pipv.engine.vocabulary).
IMMIGRATION_STATUSES = IMMIGRATION_STATUS.codes()
RATINGS = RATING.codes()
ARBITRATION = ARBITRATION_ANSWER.codes()
PROTECTED_CHARACTERISTICS = PROTECTED_CHARACTERISTIC.codes()
ACTIVITY_KINDS = ACTIVITY_KIND.codes()
REPORTED_TO = REPORTED_TO_WHOM.codes()
KNOWLEDGE = KNOWLEDGE_ANSWER.codes()
SUBJECTS = SUBJECT.codes()
EXIT_PATHS = EXIT_PATH.codes()

FAVOURABLE_EVENTS = EVENT_KIND.codes(lambda kind: kind.leaning == FAVOURABLE)
NEUTRAL_EVENTS = EVENT_KIND.codes(lambda kind: kind.leaning == NEUTRAL)
ADVERSE_EVENTS = EVENT_KIND.codes(lambda kind: kind.leaning == ADVERSE)
EVENT_KINDS = FAVOURABLE_EVENTS + NEUTRAL_EVENTS + ADVERSE_EVENTS
SCHEDULED_EVENTS = EVENT_KIND.codes(lambda kind: kind.scheduled)
AT_WORK_EVENTS = EVENT_KIND.codes(lambda kind: kind.at_work)

GRACE_PERIOD_VISAS = IMMIGRATION_STATUS.codes(lambda status: status.grace_period)

US_STATES = list(STATE.codes())


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
    # None: not answered (a file keeps a "no" and a 0 as given, and no answer as none).
    opt_stem_extension: bool | None = None
    opt_unemployment_days_used: int | None = None
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
    reported_to: str | None  # None: the person did not say
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
    group_exit: bool | None = None  # None: not answered
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
