"""Money at each way of leaving: the stage rows, the vests each stage keeps or loses, and
which figures use defaults."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pipv.engine import labels
from pipv.engine.assessment import Assessment
from pipv.engine.processes import STAGES, profile_of
from pipv.engine.stages import Stage

from .record import Record
from .rows import StageRow, VestCell, VestRow
from .text import _shares, day, money


def _repayment(bonus_id: str, a: Assessment, record: Record) -> str:
    """A bonus to pay back, with the amount owed wherever it is not the bonus itself: the
    part of it, or more than it (interest, taxes paid on it), which is what is subtracted."""
    bonus = next(b for b in a.case.compensation.bonuses if b.id == bonus_id)
    if bonus.repay_amount is None or bonus.repay_amount == bonus.amount:
        return record(bonus_id)
    text = (
        _("%(owed)s of the %(bonus)s")
        if bonus.repay_amount < bonus.amount
        else _("%(owed)s for the %(bonus)s")
    )
    return text % {"owed": money(bonus.repay_amount), "bonus": record(bonus_id)}


def _repayment_note(s: Stage) -> str:
    """Under a repayment California's stay-or-pay law may make void on this way out: the
    figure still subtracts it (rule ca.stay_or_pay), and the note says why to ask."""
    if not s.repayments_in_doubt:
        return ""
    if STAGES[s.id].ended_on_whose_choice == "offer":
        return _(
            "California's stay-or-pay law may make this repayment void, unless taking the "
            "offer counts as quitting. pipv still subtracts it: ask your lawyer."
        )
    return _(
        "California's stay-or-pay law may make this repayment void: here the job ends "
        "without you quitting. pipv still subtracts it: ask your lawyer."
    )


def _end_note(s: Stage, a: Assessment) -> str:
    """Once the job has ended: which row is the way it ended, and which stop at its end."""
    emp = a.case.employment
    if emp.ended_on is None:
        return ""
    if s.id == emp.exit_path:
        return _("the way your job ended")
    return _("stops at your last day") if s.last_day == emp.ended_on else ""


def _visa_note(s: Stage, a: Assessment) -> str:
    """When visa status ends on this way out, under its last day."""
    if s.visa_grace_end is None:
        return ""
    when = {"day": day(s.visa_grace_end)}
    if s.visa_status_ends_first:
        return _("visa status ends %(day)s, before this day") % when
    # A grace that ends on the last day is none: the I-94 ends that day, or OPT's days
    # without a job are used up. "Grace ends" on the last day itself misleads.
    if s.visa_grace_end == s.last_day:
        return _("no visa grace period after it")
    if a.case.employment.immigration_status == "f1_opt":
        # Days without a job that OPT allows, or the 60 days after OPT: no grace period.
        return _("F-1 status on OPT ends %(day)s") % when
    return _("visa grace ends %(day)s") % when


def _stage_row(s: Stage, a: Assessment, record: Record) -> StageRow:
    return StageRow(
        id=s.id,
        title=_(s.title),
        funnel=_(s.funnel_stage),
        last_day=day(s.last_day),
        projected=s.projected,
        passed=s.passed,
        severance_weeks=_shares(s.severance_weeks),
        severance=money(s.severance),
        salary_days=s.salary_days,
        salary=money(s.salary),
        stock=money(s.vested_value),
        bonus=money(s.bonus),
        total=money(s.total),
        total_value=s.total,
        vests_lost_value=money(s.vests_lost_value),
        just_missed_value=money(s.just_missed_value),
        bonuses_lost=tuple(record(b) for b in s.bonuses_lost),
        bonus_repayments=tuple(_repayment(b, a, record) for b in s.bonus_repayments),
        repayment_note=_repayment_note(s),
        visa_note=_visa_note(s, a),
        uses_defaults=bool(s.uses_defaults),
        end_note=_end_note(s, a),
    )


def _vest_rows(a: Assessment, record: Record) -> tuple[VestRow, ...]:
    """Each vest that some stage keeps or loses, once, with every stage's answer beside it.

    Listed under each stage instead, the same vests were written out five times over.
    """
    counted = {v for s in a.stages for v in (*s.vests_kept, *s.vests_lost)}
    rows = []
    for vest in sorted(a.case.compensation.vests, key=lambda v: (v.date, v.id)):
        if vest.id not in counted:
            continue
        cells = []
        for s in a.stages:
            just = vest.id in s.just_missed
            if vest.id in s.vests_kept:
                text = _("kept")
            elif just:
                text = _("lost, just missed")
            elif vest.id in s.vests_lost:
                text = _("lost")
            else:
                text = ""
            cells.append(VestCell(_(s.title), text, just))
        rows.append(VestRow(record(vest.id), tuple(cells)))
    return tuple(rows)


def figure_defaults(a: Assessment) -> tuple[str, ...]:
    """The terms left to their defaults that some stage's figures were counted with.

    A default no figure used (a plan's length once its end is recorded) is named nowhere:
    "Figures marked * use defaults" with none marked would say something untrue.
    """
    used = {code for s in a.stages for code in s.uses_defaults}
    return tuple(code for code in a.defaults_used if code in used)


def default_term_names(a: Assessment) -> str:
    """The severance terms the figures take defaults for, named in the process's words."""
    profile = profile_of(a.case.employment.process)
    words = labels.TERM if profile.has_pivot else {**labels.TERM, **labels.TERM_ONE_PLAN}
    return _(", ").join(_(words.get(code, code)) for code in figure_defaults(a))


def _defaults_note(a: Assessment) -> str:
    if not figure_defaults(a):
        return ""
    profile = profile_of(a.case.employment.process)
    return _(profile.defaults_note) % {"names": default_term_names(a)}
