"""The sentences that open the report: the timing signal, the money, the nearest deadline,
the circuit, how the figures are worked out, and what is at stake."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pipv.engine.assessment import Assessment, MoneySummary
from pipv.engine.i18n import gettext_noop
from pipv.engine.rules import RULES
from pipv.engine.timing import SIGNAL_LABELS

from .record import Record
from .text import _days, _days_left, _days_to_file_by, _signed, day, money


def _signal_sentence(a: Assessment, record: Record) -> str:
    strongest = a.timing.strongest
    if strongest is None:
        if not a.case.protected_activities:
            return _("No protected activity is recorded, so there is no timing to compare.")
        return _(
            "No adverse event comes after a protected activity in your record, so timing "
            "shows nothing yet."
        )
    words = {
        "signal": _(SIGNAL_LABELS[a.timing.signal]),
        "event": record(strongest.event),
        "days": _days(strongest.days),
        "activity": record(strongest.activity),
    }
    # The days count from a leave's end, or from when the decision-maker learned: the
    # sentence names that day, never the activity's own date beside days it did not count.
    counted_from = strongest.measured_from_date
    if strongest.measured_from == "end_date" and counted_from is not None:
        return _(
            "The timing signal is %(signal)s. The strongest pair: %(event)s came %(days)s "
            "after the leave ended on %(from)s (%(kind)s, %(date)s)."
        ) % {
            **words,
            "from": day(counted_from),
            "kind": record.kinds[strongest.activity],
            "date": day(strongest.activity_date),
        }
    if strongest.measured_from == "known_on" and counted_from is not None:
        return _(
            "The timing signal is %(signal)s. The strongest pair: %(event)s came %(days)s "
            "after the decision-maker learned, on %(from)s, of %(activity)s."
        ) % {**words, "from": day(counted_from)}
    return (
        _(
            "The timing signal is %(signal)s. The strongest pair: %(event)s came %(days)s after "
            "%(activity)s."
        )
        % words
    )


def as_of_sentence(a: Assessment) -> str:
    if a.case.as_of_pinned:
        return _("as of the date you chose (%(date)s)") % {"date": day(a.as_of)}
    return _("as of today (%(date)s)") % {"date": day(a.as_of)}


def _money_sentences(a: Assessment) -> tuple[str, ...]:
    """The paths still open and what staying on changes: no path is called the best."""
    m = a.money
    found: list[str] = []
    if m.open_stages:
        paths = _("; ").join(
            _("%(stage)s, %(total)s") % {"stage": _(s.title), "total": money(s.total)}
            for s in m.open_stages
        )
        found.append(
            _("The ways you can still leave, with totals before tax: %(paths)s.") % {"paths": paths}
        )
    elif a.case.employment.ended_on is not None:
        found.append(_stake(a))
    else:
        found.append(_("No way of leaving is still open to choose in this record."))
    if m.leave is not None and m.stay is not None:
        found.append(_staying_sentence(m))
    found.append(_(m.release_note))
    return tuple(found)


# What staying on changes, by (the job lasts longer that way, it comes to more). With a long
# grace period the way out can end the job on the day staying does, or later: the two then
# differ in what they pay, not in staying on, and each is named with its last day.
STAYING = {
    (True, True): gettext_lazy(
        "Staying until %(stay_day)s (%(stay)s) instead of leaving on %(leave_day)s "
        "(%(leave)s) comes to %(amount)s more in total: severance %(severance)s, "
        "salary %(salary)s, stock %(stock)s, bonus %(bonus)s."
    ),
    (True, False): gettext_lazy(
        "Staying until %(stay_day)s (%(stay)s) instead of leaving on %(leave_day)s "
        "(%(leave)s) comes to %(amount)s less in total: severance %(severance)s, "
        "salary %(salary)s, stock %(stock)s, bonus %(bonus)s."
    ),
    (False, True): gettext_lazy(
        "Choosing %(stay)s (last day %(stay_day)s) instead of %(leave)s (last day "
        "%(leave_day)s) comes to %(amount)s more in total: severance %(severance)s, "
        "salary %(salary)s, stock %(stock)s, bonus %(bonus)s."
    ),
    (False, False): gettext_lazy(
        "Choosing %(stay)s (last day %(stay_day)s) instead of %(leave)s (last day "
        "%(leave_day)s) comes to %(amount)s less in total: severance %(severance)s, "
        "salary %(salary)s, stock %(stock)s, bonus %(bonus)s."
    ),
}


def _staying_sentence(m: MoneySummary) -> str:
    sentence = STAYING[(m.stay.last_day > m.leave.last_day, m.net_for_staying >= 0)]
    return str(sentence) % {
        "stay_day": day(m.stay.last_day),
        "stay": _(m.stay.title),
        "leave_day": day(m.leave.last_day),
        "leave": _(m.leave.title),
        "amount": money(abs(m.net_for_staying)),
        "severance": _signed(m.severance_change),
        "salary": _signed(m.salary_change),
        "stock": _signed(m.vests_change),
        "bonus": _signed(m.bonus_change),
    }


def _passed_sentences(a: Assessment, record: Record) -> tuple[str, ...]:
    return tuple(
        _(
            "%(title)s: passed on %(date)s (from %(source)s). Ask a lawyer now whether any "
            "exception applies."
        )
        % {"title": _(d.title), "date": day(d.file_by), "source": record(d.source)}
        for d in a.passed_deadlines
    )


def _deadline_sentence(a: Assessment) -> str:
    nearest = a.nearest_deadline
    if nearest is None:
        return _("No deadline lies ahead in this record.")
    return _("Nearest deadline: %(title)s, %(date)s (%(left)s).") % {
        "title": _(nearest.title),
        "date": day(nearest.file_by),
        "left": _days_left(_days_to_file_by(nearest)),
    }


def _circuit_sentence(a: Assessment) -> str:
    t = a.timing
    if t.circuit is None:
        return ""
    treatment = {
        "lenient": _("courts there have accepted longer gaps"),
        "strict": _("courts there rarely accept timing alone"),
        "middle": _("courts there take a middle course"),
    }[t.circuit_treatment]
    return _("Your work state is in the %(circuit)s: %(treatment)s.") % {
        "circuit": _(CIRCUIT_NAMES.get(t.circuit, t.circuit)),
        "treatment": treatment,
    }


# The engine's short codes ("9th", "2d") as a reader names the court in each language.
CIRCUIT_NAMES = {
    "1st": gettext_noop("First Circuit"),
    "2d": gettext_noop("Second Circuit"),
    "3d": gettext_noop("Third Circuit"),
    "4th": gettext_noop("Fourth Circuit"),
    "5th": gettext_noop("Fifth Circuit"),
    "6th": gettext_noop("Sixth Circuit"),
    "7th": gettext_noop("Seventh Circuit"),
    "8th": gettext_noop("Eighth Circuit"),
    "9th": gettext_noop("Ninth Circuit"),
    "10th": gettext_noop("Tenth Circuit"),
    "11th": gettext_noop("Eleventh Circuit"),
    "D.C.": gettext_noop("D.C. Circuit"),
}


# The rules that say how the figures are worked out; the method points at them rather than
# saying it again, so there is one wording to keep right.
METHOD_RULES = ("proximity.band", "proximity.knowledge", "proximity.circuit", "money.conventions")


def _method(a: Assessment) -> tuple[str, ...]:
    used = {r.id for r in a.rules}
    named = [r for r in METHOD_RULES if r in used]
    lines = []
    if named:
        lines.append(
            _("How the timing bands and the money are worked out: see %(rules)s below.")
            % {"rules": _(", ").join(f"“{_(RULES[r].title)}”" for r in named)}
        )
    lines.append(
        _(
            "Days between two dates are calendar days unless a rule says business days. "
            "Business days skip weekends and holidays as observed: the federal ones for a "
            "federal rule, the state's own for a state's. Each deadline shows the day the count "
            "ends, the safe day to act by; where the agency accepts the next business day after "
            "a weekend or holiday, that day is a note."
        )
    )
    return tuple(lines)


def _stake(a: Assessment) -> str:
    emp = a.case.employment
    if emp.ended_on is not None:
        taken = next((s for s in a.stages if s.id == emp.exit_path), None)
        if taken is not None:
            return _(
                "Your job ended on %(date)s. Before tax, the way it ended gives %(total)s."
            ) % {"date": day(emp.ended_on), "total": money(taken.total)}
        return _("Your job ended on %(date)s. Nothing more is counted after that day.") % {
            "date": day(emp.ended_on)
        }
    totals = [s.total for s in a.stages if not s.passed] or [s.total for s in a.stages]
    if not totals:
        return ""
    return _(
        "Before tax, from the as-of date to the last day: between %(low)s and %(high)s "
        "depending on how the job ends."
    ) % {"low": money(min(totals)), "high": money(max(totals))}
