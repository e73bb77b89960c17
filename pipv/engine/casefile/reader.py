"""Reading a case-file document, section by section, into a ``Case``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from .. import case as codes
from ..case import (
    CASE_FORMAT,
    Bonus,
    Case,
    Comparator,
    Compensation,
    Employment,
    Event,
    LastReview,
    ProtectedActivity,
    Severance,
    Vest,
)
from ..i18n import _
from ..processes import PROFILES
from .fields import FieldReader
from .limits import (
    MAX_APPEAL_DAYS,
    MAX_DECISION_BUSINESS_DAYS,
    MAX_EMPLOYEE_COUNT,
    MAX_GRACE_DAYS,
    MAX_MONEY,
    MAX_OPT_UNEMPLOYMENT_DAYS,
    MAX_PLAN_DAYS,
    MAX_SEVERANCE_WEEKS,
    MAX_SHARE_PRICE,
    MAX_SHARES,
    MAX_SHORT_TEXT,
    MAX_WEEKLY_HOURS,
    MONEY_PLACES,
    too_many_pairs,
)

# An end may not come before the first start of the same thing: the end's kind, its start's
# kind, and the start's name in a problem.
ENDS_AND_STARTS = {
    "improvement_plan_end": ("improvement_plan_start", _("improvement plan's start")),
    "leave_end": ("leave_start", _("leave's start")),
    "appeal_decision": ("appeal_filed", _("appeal's filing")),
}


class Reader(FieldReader):
    """Walks a document once, collecting problems instead of stopping at the first."""

    def case(self, document: Any) -> Case | None:
        doc = self.obj(document, "")
        if doc is None:
            return None
        if doc.get("format") != CASE_FORMAT:
            self.problem("format", "format", expected=CASE_FORMAT)
        if self.as_of_override is None:
            if doc.get("as_of") is None:
                # No date chosen: count from today, worked out each time the case is read.
                self.as_of = self.today or date.today()
                self.pinned = False
            else:
                self.as_of = self.field(doc, "as_of", "", self.date)
        employment = self.field(doc, "employment", "", self.employment)
        # What happened at work happened at this job, between its first day and its last (once
        # those days themselves are known to be right).
        self.start_date = self.checked_day(employment, "start_date")
        self.end_date = self.checked_day(employment, "ended_on")
        activities = self.each(doc, "protected_activities", "protected_activities", self.activity)
        events = self.each(doc, "events", "events", self.event)
        self.problems.extend(too_many_pairs(doc))
        self.check_event_order(doc)
        compensation = self.optional(doc, "compensation", "", self.compensation, Compensation())
        severance = self.optional(doc, "severance", "", self.severance, Severance())
        if self.problems or self.as_of is None or employment is None:
            return None
        return Case(
            as_of=self.as_of,
            employment=employment,
            protected_activities=tuple(sorted(activities, key=lambda a: (a.date, a.id))),
            events=tuple(sorted(events, key=lambda e: (e.date, e.id))),
            compensation=compensation,
            severance=severance,
            as_of_pinned=self.pinned,
        )

    def checked_day(self, employment: Employment | None, name: str) -> date | None:
        if employment is None or any(p.path == f"employment.{name}" for p in self.problems):
            return None
        day: date | None = getattr(employment, name)
        return day

    def employment(self, value: Any, path: str) -> Employment | None:
        emp = self.obj(value, path)
        if emp is None:
            return None
        f = self.field
        money = self.decimal(MAX_MONEY, places=MONEY_PLACES)
        statuses = self.choice(codes.IMMIGRATION_STATUSES, _("immigration status"))
        values = {
            "employer": f(emp, "employer", path, self.text(MAX_SHORT_TEXT, non_empty=True)),
            "process": f(emp, "process", path, self.choice(codes.PROCESSES, _("process"))),
            "work_state": f(emp, "work_state", path, self.state),
            "start_date": f(emp, "start_date", path, self.past_date),
            "base_salary_annual": f(emp, "base_salary_annual", path, money),
            "age_40_or_over": f(emp, "age_40_or_over", path, self.boolean),
            "immigration_status": f(emp, "immigration_status", path, statuses),
        }
        optional = self.employment_details(emp, path)
        exit_path, process = optional["exit_path"], values["process"]
        if exit_path not in (None, "other") and process is not None:
            ways = {stage.id for stage in PROFILES[process].stages}
            if exit_path not in ways:
                # A generic plan has no Pivot offer: a stage of another process would be
                # counted as no stage at all.
                self.problem(f"{path}.exit_path", "not_this_process", value=exit_path)
                optional["exit_path"] = None
        if optional["exit_path"] is not None and optional["ended_on"] is None:
            # How the job ended, without its last day, would be read as a job still going:
            # every way of leaving projected, as the questionnaire never lets happen.
            self.problem(f"{path}.exit_path", "needs_ended_on")
        start, end = values["start_date"], optional["ended_on"]
        if start is not None and end is not None and end < start:
            # A year typed wrong: the deadlines that run from the last day would have passed.
            self.problem(
                f"{path}.ended_on",
                "before_employment",
                value=end.isoformat(),
                start_date=start.isoformat(),
            )
        intake = self.intake_answers(emp, path)
        comparators = self.each(emp, "comparators", f"{path}.comparators", self.comparator)
        characteristics = self.characteristics(emp, f"{path}.protected_characteristics")
        if any(v is None for v in values.values()):
            return None
        return Employment(
            **values,
            **optional,
            **intake,
            comparators=comparators,
            protected_characteristics=characteristics,
        )

    def employment_details(self, emp: Mapping[str, Any], path: str) -> dict[str, Any]:
        o = self.optional
        short = self.text(MAX_SHORT_TEXT)
        return {
            "last_review": o(emp, "last_review", path, self.last_review),
            "employee_name": o(emp, "employee_name", path, short),
            "manager_change_date": o(emp, "manager_change_date", path, self.past_date),
            "visa_valid_until": o(emp, "visa_valid_until", path, self.date),
            "opt_stem_extension": o(emp, "opt_stem_extension", path, self.boolean),
            "opt_unemployment_days_used": o(
                emp, "opt_unemployment_days_used", path, self.whole(MAX_OPT_UNEMPLOYMENT_DAYS)
            ),
            "ended_on": o(emp, "ended_on", path, self.past_date),
            "exit_path": o(
                emp, "exit_path", path, self.choice(codes.EXIT_PATHS, _("way it ended"))
            ),
            "employer_public": o(emp, "employer_public", path, self.boolean),
            "work_city": o(emp, "work_city", path, short),
        }

    def intake_answers(self, emp: Mapping[str, Any], path: str) -> dict[str, Any]:
        o = self.optional
        short = self.text(MAX_SHORT_TEXT)
        return {
            "job_title": o(emp, "job_title", path, short),
            "job_level": o(emp, "job_level", path, short),
            "weekly_hours": o(emp, "weekly_hours", path, self.whole(MAX_WEEKLY_HOURS)),
            "employee_count": o(emp, "employee_count", path, self.whole(MAX_EMPLOYEE_COUNT)),
            "arbitration_agreement": o(
                emp, "arbitration_agreement", path, self.choice(codes.ARBITRATION, _("answer"))
            ),
        }

    def comparator(self, item: Mapping[str, Any], path: str) -> Comparator | None:
        who = self.field(item, "who", path, self.text(MAX_SHORT_TEXT, non_empty=True))
        what = self.note(item, "what_happened", path)
        if who is None or what is None:
            return None
        return Comparator(who=who, what_happened=what)

    def characteristics(self, emp: Mapping[str, Any], path: str) -> tuple[str, ...]:
        value = emp.get("protected_characteristics")
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(path, "not_list")
            return ()
        read = self.choice(codes.PROTECTED_CHARACTERISTICS, _("characteristic"))
        found = [read(v, f"{path}[{i}]") for i, v in enumerate(value)]
        # Kept in the contract's order, each once, so export and import give the same file.
        return tuple(c for c in codes.PROTECTED_CHARACTERISTICS if c in found)

    def state(self, value: Any, path: str) -> str | None:
        if isinstance(value, str) and value.upper() in codes.US_STATES:
            return value.upper()
        return self.choice(tuple(codes.US_STATES), _("state"))(value, path)

    def last_review(self, value: Any, path: str) -> LastReview | None:
        review = self.obj(value, path)
        if review is None:
            return None
        day = self.field(review, "date", path, self.past_date)
        rating = self.field(review, "rating", path, self.choice(codes.RATINGS, _("rating")))
        if day is None or rating is None:
            return None
        return LastReview(date=day, rating=rating)

    def activity(self, item: Mapping[str, Any], path: str) -> ProtectedActivity | None:
        o = self.optional
        values = {
            "id": self.item_id(item, path),
            "kind": self.field(item, "kind", path, self.choice(codes.ACTIVITY_KINDS, _("kind"))),
            "date": self.field(item, "date", path, self.past_date),
            "in_writing": o(item, "in_writing", path, self.boolean, False),
            "decision_maker_knew": o(
                item,
                "decision_maker_knew",
                path,
                self.choice(codes.KNOWLEDGE, _("answer")),
                "unknown",
            ),
            "notes": self.note(item, "notes", path),
            "hr_response": self.note(item, "hr_response", path),
            "witnesses": self.note(item, "witnesses", path),
        }
        optional = {
            "reported_to": o(
                item, "reported_to", path, self.choice(codes.REPORTED_TO, _("recipient"))
            ),
            "subject": o(item, "subject", path, self.choice(codes.SUBJECTS, _("subject"))),
            # A leave may still be running: its end may lie after the as-of date.
            "end_date": o(item, "end_date", path, self.date),
            "known_on": o(item, "known_on", path, self.past_date),
        }
        # Every day out of order is named, and even while another answer is missing, so a
        # form shows them all together rather than one per try.
        start = values["date"]
        early = [
            name
            for name in ("end_date", "known_on")
            if start is not None and optional[name] is not None and optional[name] < start
        ]
        for name in early:
            self.out_of_order(f"{path}.{name}", optional[name], "before_date", start)
        if early or any(v is None for v in values.values()):
            return None
        return ProtectedActivity(**values, **optional)

    def event(self, item: Mapping[str, Any], path: str) -> Event | None:
        kind = self.field(item, "kind", path, self.choice(codes.EVENT_KINDS, _("kind")))
        read_date = self.date if kind in codes.SCHEDULED_EVENTS else self.past_date
        values = {
            "id": self.item_id(item, path),
            "kind": kind,
            "date": self.field(item, "date", path, read_date),
            "by": self.optional(item, "by", path, self.text(MAX_SHORT_TEXT), ""),
            "notes": self.note(item, "notes", path),
            "contradicting_evidence": self.note(item, "contradicting_evidence", path),
            "witnesses": self.note(item, "witnesses", path),
        }
        day = values["date"]
        if day is not None and not self.within_the_job(f"{path}.date", day, kind):
            return None
        if any(v is None for v in values.values()):
            return None
        return Event(**values)

    def within_the_job(self, path: str, day: date, kind: str | None) -> bool:
        """Whether an event's day falls within the job: on or after its first day and, for
        what is lived at work, on or before its last. A year or a month typed wrong (2018 for
        2026) is said here: read as it is, deadlines would run from a day with no job."""
        start, end = self.start_date, self.end_date
        if start is not None and day < start:
            self.problem(
                path, "before_employment", value=day.isoformat(), start_date=start.isoformat()
            )
            return False
        if end is not None and day > end and kind in codes.AT_WORK_EVENTS:
            self.problem(path, "after_employment", value=day.isoformat(), end_date=end.isoformat())
            return False
        return True

    def check_event_order(self, doc: Mapping[str, Any]) -> None:
        """An end may not come before the first start of the same thing."""
        events = doc.get("events")
        if not isinstance(events, list):
            return
        dated: list[tuple[int, str, date]] = []
        for index, item in enumerate(events):
            if isinstance(item, Mapping) and isinstance(item.get("date"), str):
                try:
                    day = date.fromisoformat(item["date"])
                except ValueError:
                    continue
                dated.append((index, str(item.get("kind")), day))
        for index, kind, day in dated:
            if kind not in ENDS_AND_STARTS:
                continue
            start_kind, start_name = ENDS_AND_STARTS[kind]
            starts = [d for _i, k, d in dated if k == start_kind]
            if starts and day < min(starts):
                self.problem(
                    f"events[{index}].date",
                    "before_start",
                    value=day.isoformat(),
                    start=start_name,
                    start_date=min(starts).isoformat(),
                )

    def compensation(self, value: Any, path: str) -> Compensation | None:
        comp = self.obj(value, path)
        if comp is None:
            return None
        vests = self.each(comp, "vests", f"{path}.vests", self.vest)
        bonuses = self.each(comp, "bonuses", f"{path}.bonuses", self.bonus)
        price = self.field(
            comp, "share_price", path, self.decimal(MAX_SHARE_PRICE), required=bool(vests)
        )
        if vests and price is None:
            return None
        return Compensation(
            share_price=price if price is not None else Decimal("0"),
            vests=tuple(sorted(vests, key=lambda v: (v.date, v.id))),
            bonuses=tuple(sorted(bonuses, key=lambda b: (b.date, b.id))),
        )

    def vest(self, item: Mapping[str, Any], path: str) -> Vest | None:
        values = {
            "id": self.item_id(item, path),
            "date": self.field(item, "date", path, self.date),
            "shares": self.field(item, "shares", path, self.decimal(MAX_SHARES)),
        }
        if any(v is None for v in values.values()):
            return None
        return Vest(**values)

    def bonus(self, item: Mapping[str, Any], path: str) -> Bonus | None:
        money = self.decimal(MAX_MONEY, places=MONEY_PLACES)
        values = {
            "id": self.item_id(item, path),
            "date": self.field(item, "date", path, self.date),
            "amount": self.field(item, "amount", path, money),
        }
        repay_before = self.optional(item, "repay_if_leave_before", path, self.date)
        repay_amount = self.optional(item, "repay_amount", path, money)
        if any(v is None for v in values.values()):
            return None
        return Bonus(**values, repay_if_leave_before=repay_before, repay_amount=repay_amount)

    def severance(self, value: Any, path: str) -> Severance | None:
        sev = self.obj(value, path)
        if sev is None:
            return None
        o = self.optional
        weeks = self.decimal(MAX_SEVERANCE_WEEKS)
        values = {
            "t1_weeks": o(sev, "t1_weeks", path, weeks),
            "t2_weeks": o(sev, "t2_weeks", path, weeks),
            "t3_weeks": o(sev, "t3_weeks", path, weeks),
            "extra": o(sev, "extra", path, self.decimal(MAX_MONEY, places=MONEY_PLACES)),
            "grace_days": o(sev, "grace_days", path, self.whole(MAX_GRACE_DAYS)),
            "decision_business_days": o(
                sev, "decision_business_days", path, self.whole(MAX_DECISION_BUSINESS_DAYS)
            ),
            "plan_days": o(sev, "plan_days", path, self.whole(MAX_PLAN_DAYS)),
            "appeal_days": o(sev, "appeal_days", path, self.whole(MAX_APPEAL_DAYS)),
            "offer_date": o(sev, "offer_date", path, self.past_date),
            "release_signed_date": o(sev, "release_signed_date", path, self.past_date),
            "group_exit": o(sev, "group_exit", path, self.boolean),
        }
        flags = {"offer_in_hand": o(sev, "offer_in_hand", path, self.boolean, False)}
        if any(v is None for v in flags.values()):
            return None
        offered, signed = values["offer_date"], values["release_signed_date"]
        if offered is not None and signed is not None and signed < offered:
            # A release is signed after it is offered; the 7 days to revoke run from the signing.
            self.out_of_order(f"{path}.release_signed_date", signed, "before_offer", offered)
            return None
        return Severance(**values, **flags)

    def out_of_order(self, path: str, value: date, code: str, first: date) -> None:
        """``value`` at ``path`` comes before ``first``, which it must not."""
        self.problem(path, code, value=value.isoformat(), date=first.isoformat())
