"""The intake packet: who the person is, every fact in date order in their own words, the
ones that matter first, and what the record does not say yet."""

from __future__ import annotations

from datetime import date

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pipv.core.punctuation import gap
from pipv.engine import deadlines, intake, labels
from pipv.engine.assessment import Assessment
from pipv.engine.case import (
    ADVERSE_EVENTS,
    FAVOURABLE_EVENTS,
    GRACE_PERIOD_VISAS,
    Event,
    ProtectedActivity,
)
from pipv.engine.i18n import gettext_noop
from pipv.engine.stages import bonus_state
from pipv.engine.timing import is_adverse

from .money import default_term_names, figure_defaults
from .rows import Fact, Line
from .text import KNEW, YES_NO_UNKNOWN, day, money


def _tenure(start: date, as_of: date) -> str:
    months = (as_of.year - start.year) * 12 + as_of.month - start.month
    if as_of.day < start.day:
        months -= 1
    months = max(months, 0)
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(ngettext("%(n)s year", "%(n)s years", years) % {"n": years})
    if months or not years:
        parts.append(ngettext("%(n)s month", "%(n)s months", months) % {"n": months})
    return _(", ").join(parts)


def _who(a: Assessment) -> tuple[Line, ...]:
    """Who the person is, as an intake lawyer first asks it, from what they answered."""
    emp = a.case.employment
    lines: list[Line] = []
    if emp.employee_name:
        lines.append(Line(_("Name"), emp.employee_name))
    job = _(", ").join(x for x in (emp.job_title, emp.job_level) if x)
    if job:
        lines.append(Line(_("Job"), job))
    place = emp.work_state
    if emp.work_city:
        place = _("%(city)s, %(state)s") % {"city": emp.work_city, "state": emp.work_state}
    lines.append(
        Line(
            _("Employer"),
            _("%(employer)s · works in %(place)s") % {"employer": emp.employer, "place": place},
        )
    )
    lines.append(
        Line(
            _("Started"),
            _("%(date)s (%(tenure)s by the as-of date)")
            % {"date": day(emp.start_date), "tenure": _tenure(emp.start_date, a.as_of)},
        )
    )
    lines.append(
        Line(_("Base salary"), _("%(amount)s a year") % {"amount": money(emp.base_salary_annual)})
    )
    if emp.last_review is not None:
        review = emp.last_review
        lines.append(
            Line(
                _("Last review"),
                _("%(date)s: %(rating)s")
                % {"date": day(review.date), "rating": _(labels.RATING[review.rating])},
            )
        )
    if emp.manager_change_date is not None:
        lines.append(Line(_("New manager since"), day(emp.manager_change_date)))
    lines.extend(_pay_lines(a))
    lines.append(Line(_("Age 40 or over"), _(YES_NO_UNKNOWN[emp.age_40_or_over])))
    lines.append(Line(_("Immigration status"), _visa_line(a)))
    if emp.employee_count is not None:
        lines.append(Line(_("Employer size"), _size_line(a, emp.employee_count)))
    if emp.employer_public is not None:
        # SOX protects a report only at a public company: the SOX dates rest on this answer.
        lines.append(Line(_("Shares publicly traded"), _(YES_NO_UNKNOWN[emp.employer_public])))
    fmla = _fmla_line(a)
    if fmla:
        lines.append(Line(_("FMLA eligibility"), fmla))
    if emp.arbitration_agreement:
        lines.append(
            Line(
                _("Arbitration agreement signed"), _(labels.ARBITRATION[emp.arbitration_agreement])
            )
        )
    if emp.protected_characteristics:
        lines.append(
            Line(
                _("Characteristics the person names"),
                _(", ").join(
                    _(labels.PROTECTED_CHARACTERISTIC[c]) for c in emp.protected_characteristics
                ),
            )
        )
    return tuple(lines)


BONUS_LINES = {
    "paid": gettext_noop("%(amount)s paid %(date)s"),
    "to_be_paid": gettext_noop("%(amount)s to be paid %(date)s"),
    "after_job": gettext_noop("%(amount)s due %(date)s, after the job ended"),
}


def _pay_lines(a: Assessment) -> list[Line]:
    """Each bonus with its own terms, and the severance offer as answered: the dates the
    money table and the deadlines count from, said once as the person gave them."""
    lines = []
    for bonus in a.case.compensation.bonuses:
        text = _(BONUS_LINES[bonus_state(a.case, bonus)]) % {
            "amount": money(bonus.amount),
            "date": day(bonus.date),
        }
        if bonus.repay_if_leave_before is not None:
            owed = bonus.amount if bonus.repay_amount is None else bonus.repay_amount
            text += gap() + _("(%(owed)s to pay back if leaving before %(date)s)") % {
                "owed": money(owed),
                "date": day(bonus.repay_if_leave_before),
            }
        lines.append(Line(_("Bonus"), text))
    sev = a.case.severance
    offer = []
    if sev.offer_date is not None:
        offer.append(_("received %(date)s") % {"date": day(sev.offer_date)})
    elif sev.offer_in_hand:
        offer.append(_("in hand, the day it came not given"))
    if sev.group_exit:
        offer.append(_("others were offered an exit at the same time"))
    if sev.release_signed_date is not None:
        offer.append(_("release signed %(date)s") % {"date": day(sev.release_signed_date)})
    if offer:
        lines.append(Line(_("Severance offer"), _("; ").join(offer)))
    return lines


def _visa_line(a: Assessment) -> str:
    emp = a.case.employment
    visa = _(labels.IMMIGRATION_STATUS[emp.immigration_status])
    if emp.visa_valid_until and emp.immigration_status in (
        *GRACE_PERIOD_VISAS,
        "f1_opt",
        "other_visa",
    ):
        visa = _("%(status)s, valid until %(date)s") % {
            "status": visa,
            "date": day(emp.visa_valid_until),
        }
    return visa


def _size_line(a: Assessment, count: int) -> str:
    covered = [c.law for c in intake.coverage(a.case) if c.met]
    size = ngettext("about %(n)s employee", "about %(n)s employees", count) % {
        "n": formats.number_format(count, force_grouping=True)
    }
    if covered:
        return (
            size
            + " · "
            + _("likely covered: %(laws)s") % {"laws": _(", ").join(_(law) for law in covered)}
        )
    return size + " · " + _("below the federal laws' sizes")


def _fmla_line(a: Assessment) -> str:
    emp = a.case.employment
    months = intake.twelve_months(emp.start_date, a.as_of)
    hours = intake.fmla_hours_met(emp.weekly_hours)
    if hours is None and emp.employee_count is None:
        return ""
    parts = [
        _("12 months of service: %(answer)s") % {"answer": _(YES_NO_UNKNOWN[months])},
        _("1,250 hours in a year: %(answer)s") % {"answer": _(YES_NO_UNKNOWN[hours])},
    ]
    if emp.weekly_hours is not None:
        parts[-1] += gap() + _("(about %(n)s hours a week)") % {"n": emp.weekly_hours}
    return _("; ").join(parts)


SIDE_LABELS = {
    "activity": gettext_noop("Protected activity"),
    "adverse": gettext_noop("Against you"),
    "favourable": gettext_noop("In your favour"),
    "neutral": gettext_noop("At work"),
    # A step the person took in the process (an appeal they filed): not the employer's act.
    "own": gettext_noop("Your own step"),
    # A notice of the right to sue comes from the EEOC or a state agency, not from work.
    "agency": gettext_noop("From an agency"),
}
# Events that are neither the employer's acts nor happenings at work.
AGENCY_EVENTS = frozenset({"right_to_sue_notice"})


def _facts(a: Assessment, keys: dict[str, str]) -> tuple[Fact, ...]:
    """Every protected activity and event in date order, with the person's own words, each
    under its key on the chart (``timeline.mark_keys``)."""
    case = a.case
    found: list[tuple[date, int, str, Fact]] = []
    for act in case.protected_activities:
        what = labels.ACTIVITY_KIND.get(act.kind, act.kind)
        fact = _fact(keys, act.id, act.date, what, "activity", _activity_details(act))
        found.append((act.date, 0, act.id, fact))
    for ev in case.events:
        side = _side(ev)
        details: list[Line] = []
        _add_text(details, _("By"), ev.by)
        _add_text(details, _("Notes"), ev.notes)
        _add_text(details, _("What contradicts it"), ev.contradicting_evidence)
        _add_text(details, _("Witnesses"), ev.witnesses)
        what = labels.EVENT_KIND.get(ev.kind, ev.kind)
        found.append((ev.date, 1, ev.id, _fact(keys, ev.id, ev.date, what, side, details)))
    found.sort(key=lambda f: f[:3])
    return tuple(f for *_rest, f in found)


def _side(ev: Event) -> str:
    """Whose act an event is: a key of ``SIDE_LABELS``."""
    if is_adverse(ev):
        return "adverse"
    if ev.kind in ADVERSE_EVENTS:
        return "own"  # adverse in kind, but the person's own step (an appeal they filed)
    if ev.kind in FAVOURABLE_EVENTS:
        return "favourable"
    if ev.kind in AGENCY_EVENTS:
        return "agency"
    return "neutral"


def _activity_details(act: ProtectedActivity) -> list[Line]:
    details = []
    # Left unanswered, it is not said: the report invents no one.
    if act.reported_to is not None:
        details.append(Line(_("Told"), _(labels.REPORTED_TO[act.reported_to])))
    if act.kind == "whistleblower_report" and act.subject is not None:
        details.append(Line(_("What it was about"), _(labels.SUBJECT[act.subject])))
    details += [
        Line(_("In writing"), _("yes") if act.in_writing else _("no")),
        Line(_("Did the person who acted know?"), _(KNEW[act.decision_maker_knew])),
    ]
    if act.known_on:
        details.append(Line(_("Known since"), day(act.known_on)))
    if act.end_date:
        details.append(Line(_("Leave ended"), day(act.end_date)))
    _add_text(details, _("Notes"), act.notes)
    _add_text(details, _("HR's answer"), act.hr_response)
    _add_text(details, _("Witnesses"), act.witnesses)
    return details


def _fact(
    keys: dict[str, str], ref: str, when: date, what: str, side: str, details: list[Line]
) -> Fact:
    return Fact(
        key=keys.get(ref, ""),
        date=day(when),
        iso=when.isoformat(),
        what=_(what),
        side=side,
        side_label=_(SIDE_LABELS[side]),
        details=tuple(details),
    )


def _add_text(details: list[Line], label: str, text: str) -> None:
    if text and text.strip():
        details.append(Line(label, text.strip()))


MAX_KEY_FACTS = 8


def _key_facts(facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """The facts that matter for a first read: activities, then what was done against the
    person, then the good record before it; at most eight, in date order."""
    rank = {"activity": 0, "adverse": 1, "favourable": 2}
    chosen = sorted(
        (f for f in facts if f.side in rank),
        key=lambda f: (rank[f.side], f.iso),
    )[:MAX_KEY_FACTS]
    return tuple(sorted(chosen, key=lambda f: f.iso))


def _unknowns(a: Assessment) -> tuple[str, ...]:
    """What the record does not say yet, that a lawyer will want to know."""
    case = a.case
    emp = case.employment
    found: list[str] = []
    unknown_knew = [
        record_name
        for act in case.protected_activities
        if act.decision_maker_knew == "unknown"
        for record_name in [_(labels.ACTIVITY_KIND.get(act.kind, act.kind))]
    ]
    if unknown_knew:
        found.append(
            _("Whether the person who acted knew of: %(what)s.")
            % {"what": _("; ").join(unknown_knew)}
        )
    if any(s.projected for s in a.stages):
        found.append(_("The dates of the stages still to come: they are projected."))
    if emp.employee_count is None:
        found.append(_("How many people the employer has (which laws apply)."))
    if emp.arbitration_agreement in (None, "unknown"):
        found.append(_("Whether an arbitration agreement was signed."))
    if figure_defaults(a):
        # Only those not entered, and used by a figure: the others are the person's own.
        found.append(
            _("These severance terms from your own letter: %(names)s (the figures use defaults).")
            % {"names": default_term_names(a)}
        )
    missing = _firing_day_asked(a)
    if missing == "firing_day":
        found.append(_("The day you were told your job would end."))
    elif missing == "firing_day.if_fired":
        found.append(_("Whether your employer ended your job, and the day you were told."))
    if any(d.source == deadlines.OFFER_DAY_NOT_GIVEN for d in a.deadlines):
        found.append(
            _(
                "The day you got the severance offer: the time to consider it runs from that "
                "day, and pipv counted from %(date)s."
            )
            % {"date": day(case.as_of)}
        )
    return tuple(found)


def _firing_day_asked(a: Assessment) -> str | None:
    """The engine's question for the day a firing was told, by its code, if it asks one."""
    return next((q.code for q in a.questions if q.id == "firing_day"), None)


def _firing_day_note(a: Assessment) -> tuple[str, str]:
    """What the Deadlines section says when the day a firing was told is missing, and the
    callout's shorter line; empty when it is not."""
    ended = a.case.employment.ended_on
    missing = _firing_day_asked(a)
    if ended is None or missing is None:
        return "", ""
    if missing == "firing_day":
        opening = _(
            "Your job ended on %(date)s, but your record does not say when you were told it "
            "would end (on or before that day)."
        )
        short = _(
            "the day you were told your job would end. The deadlines to file a charge about "
            "the firing run from it."
        )
    else:
        opening = _(
            "Your job ended on %(date)s. If your employer ended it, your record does not say "
            "when you were told (on or before that day)."
        )
        short = _(
            "if your employer ended your job, the day you were told. The deadlines to file a "
            "charge about a firing run from it."
        )
    days = (a.as_of - ended).days
    rest = ngettext(
        "The deadlines to file a charge about a firing run from that day, and the rows below "
        "do not include them. The EEOC's limit is 180 or 300 days from it, and your last day "
        'was %(days)s day ago. Add the day under "What happened at work" as "%(kind)s".',
        "The deadlines to file a charge about a firing run from that day, and the rows below "
        "do not include them. The EEOC's limit is 180 or 300 days from it, and your last day "
        'was %(days)s days ago. Add the day under "What happened at work" as "%(kind)s".',
        days,
    ) % {"days": days, "kind": _(labels.EVENT_KIND["termination_notice"])}
    return opening % {"date": day(ended)} + gap() + rest, short
