"""The report's words and figures, ready for a template: the engine's assessment, translated.

The engine hands over codes and English message ids; this module turns them into the
sentences a reader sees, in the active language, once. The results page, the PDF and the
calendar all read the same ``Report``, so they cannot disagree on a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pipv.core import punctuation
from pipv.engine import intake, labels
from pipv.engine.assessment import Assessment
from pipv.engine.case import ADVERSE_EVENTS, FAVOURABLE_EVENTS, GRACE_PERIOD_VISAS
from pipv.engine.i18n import gettext_noop
from pipv.engine.messages import Message
from pipv.engine.money import usd
from pipv.engine.processes import profile_of
from pipv.engine.rules import (
    AS_REPORTED,
    BEST_UNDERSTANDING,
    DESIGN,
    RULES,
    UNVERIFIED,
    VERIFIED,
    Rule,
)
from pipv.engine.stages import FUNNEL, Stage
from pipv.engine.timing import BAND_LABELS, SIGNAL_LABELS, Pair

from .timeline import Chart, build_chart


def tr(text: str | Message) -> str:
    """An engine message in the active language, blanks filled after translating.

    The engine fills dates in as ISO text; a reader gets them in the language's own form.
    A blank filled with another Message (a label) is translated too.
    """
    if isinstance(text, Message):
        if not text.params:
            return _(text.template)
        params = {
            key: tr(value) if isinstance(value, Message) else _readable(value)
            for key, value in text.params.items()
        }
        return _(text.template) % params
    return _(text) if text else ""


def _readable(value: object) -> object:
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return day(date.fromisoformat(value))
        except ValueError:
            return value
    return value


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def day(value: date | None) -> str:
    """A date as people read it in the active language ("Nov. 25, 2026", "2026年11月25日")."""
    return formats.date_format(value, "DATE_FORMAT") if value else ""


def money(value: Decimal) -> str:
    return usd(value)


@dataclass(frozen=True)
class RuleRef:
    id: str
    title: str
    citation: str
    needs_confirmation: bool


@dataclass(frozen=True)
class PairRow:
    event: str
    days: int
    line: str  # the pair in one line: activity, days, band, knowledge, notes
    rules: tuple[RuleRef, ...]
    strongest: bool


@dataclass(frozen=True)
class EventGroup:
    """One event against you and every protected activity before it."""

    event: str
    contested: bool
    pairs: tuple[PairRow, ...]


@dataclass(frozen=True)
class SignRow:
    direction: str
    direction_label: str
    text: str
    record: tuple[str, ...]
    rule: RuleRef


@dataclass(frozen=True)
class StageRow:
    id: str
    title: str
    funnel: str
    last_day: str
    projected: bool
    passed: bool
    severance_weeks: str
    severance: str
    salary_days: int
    salary: str
    stock: str
    bonus: str
    total: str
    total_value: Decimal
    vests_lost_value: str
    just_missed_value: str
    bonuses_lost: tuple[str, ...]
    bonus_repayments: tuple[str, ...]
    visa_grace_end: str
    uses_defaults: bool


@dataclass(frozen=True)
class VestCell:
    stage: str  # the stage's title, the cell's label on a phone
    text: str  # "kept", "lost" or "lost, just missed"
    missed: bool  # lost within the just-missed window after the stage's last day


@dataclass(frozen=True)
class VestRow:
    """One vest and what each stage, in the stages' order, does to it."""

    name: str  # its date, shares and value
    cells: tuple[VestCell, ...]


@dataclass(frozen=True)
class DeadlineRow:
    id: str
    title: str
    date: str  # the safe day to act by (file_by), never the agency's later day
    iso: str
    days_left_text: str
    passed: bool
    rules: tuple[RuleRef, ...]
    detail: str  # what it runs from, with any note on the date
    unverified: bool  # its own rule needs confirmation: the report says so beside the date
    line: str  # the date, then the detail: one item of its group
    kind: str = "deadline"


@dataclass(frozen=True)
class DeadlineGroup:
    """Deadlines of one kind that are all ahead, or all passed: one row of the table.

    Each act starts its own agency clock and each possible last day its own COBRA and visa
    clock; one row a kind, its dates listed, reads faster than forty rows of the same words
    (and is much less work for the PDF).
    """

    title: str
    first: DeadlineRow
    items: tuple[DeadlineRow, ...]
    passed: bool
    rules: tuple[RuleRef, ...]
    kind: str = "deadline"
    kind_note: str = ""  # for an employer's minimum or a what-if: what kind of date it is
    unverified: bool = False  # the period is not verified: marked beside the date


@dataclass(frozen=True)
class RuleRow:
    id: str
    title: str
    explanation: str
    citation: str
    source_url: str
    status: str
    needs_confirmation: bool
    as_of: str


@dataclass(frozen=True)
class RuleGroup:
    """The rules of one status, checked on one date: the status and date are said once.

    Said after each of twenty-five rules, "Status: verified in public sources. As of
    Nov. 22, 2026." was a seventh of the Sources pages; grouped, a lawyer also sees at a
    glance which rules pipv could not verify.
    """

    status: str
    as_of: str
    needs_confirmation: bool
    rules: tuple[RuleRow, ...]


@dataclass(frozen=True)
class Line:
    """One labelled line: "Employer: Amazon"."""

    label: str
    value: str


@dataclass(frozen=True)
class NextStep:
    """A date the person must act by, for the callout that opens the results."""

    title: str
    date: str
    iso: str
    days_left_text: str
    passed: bool
    todo: str  # what to do now, for a date that has passed


@dataclass(frozen=True)
class Fact:
    """One protected activity or event, with everything the person told about it."""

    key: str  # its mark on the timeline (A1, E5)
    date: str
    iso: str
    what: str
    side: str  # "activity", "adverse", "favourable" or "neutral"
    side_label: str
    details: tuple[Line, ...]


@dataclass(frozen=True)
class Report:
    title: str
    person: str
    employer: str
    process: str
    as_of: str
    as_of_iso: str
    as_of_sentence: str  # "as of today (...)" or "as of the date you chose (...)"
    as_of_which: str  # the same without "as of", beside an "As of" label
    as_of_pinned: bool
    passed_sentences: tuple[str, ...]  # deadlines already passed: these lead
    signal: str
    signal_label: str
    signal_sentence: str
    money_sentences: tuple[str, ...]
    deadline_sentence: str
    chart: Chart
    pairs: tuple[PairRow, ...]
    pair_groups: tuple[EventGroup, ...]
    base_rules: tuple[RuleRef, ...]
    circuit_sentence: str
    signs: tuple[SignRow, ...]
    stages: tuple[StageRow, ...]
    vests: tuple[VestRow, ...]
    defaults_note: str
    deadlines: tuple[DeadlineGroup, ...]
    evidence: tuple[str, ...]
    questions: tuple[str, ...]
    to_confirm: tuple[RuleRef, ...]
    rules: tuple[RuleRow, ...]
    rule_groups: tuple[RuleGroup, ...] = field(default=())
    method: tuple[str, ...] = field(default=())
    # The intake packet: who, the facts that matter, what is at stake, what is not known.
    next_steps: tuple[NextStep, ...] = field(default=())
    who: tuple[Line, ...] = field(default=())
    key_facts: tuple[Fact, ...] = field(default=())
    facts: tuple[Fact, ...] = field(default=())
    stake: str = ""
    release_note: str = ""
    unknowns: tuple[str, ...] = field(default=())
    comparators: tuple[Line, ...] = field(default=())
    keep_safe: tuple[str, ...] = field(default=())


def rule_ref(rule_id: str) -> RuleRef:
    r = RULES[rule_id]
    return RuleRef(r.id, rule_text(r, r.title), _(r.citation), r.needs_confirmation)


def rule_text(r: Rule, text: str) -> str:
    """A rule's title or explanation in the reader's language, its placeholders filled.

    Rules from the jurisdiction table carry their figures as arguments; a unit ("days") is
    translated, an agency's name or a clinic's note stays as the table says it.
    """
    if not r.args:
        return _(text)
    return _(text) % {key: _(value) if value else value for key, value in r.args}


class Record:
    """Names for the ids a finding points at: "Asked for FMLA leave (Jul. 31, 2026)"."""

    def __init__(self, a: Assessment) -> None:
        case = a.case
        self.names: dict[str, str] = {}
        # The same things without their date, for lists that show the date beside them.
        self.kinds: dict[str, str] = {}
        for act in case.protected_activities:
            self.kinds[act.id] = _(labels.ACTIVITY_KIND.get(act.kind, act.kind))
            self.names[act.id] = self._named(labels.ACTIVITY_KIND.get(act.kind, act.kind), act.date)
        for ev in case.events:
            self.kinds[ev.id] = _(labels.EVENT_KIND.get(ev.kind, ev.kind))
            self.names[ev.id] = self._named(labels.EVENT_KIND.get(ev.kind, ev.kind), ev.date)
        price = case.compensation.share_price
        for vest in case.compensation.vests:
            self.kinds[vest.id] = _("%(shares)s shares (%(value)s)") % {
                "shares": _shares(vest.shares),
                "value": money(vest.shares * price),
            }
            self.names[vest.id] = _("%(date)s: %(shares)s shares (%(value)s)") % {
                "shares": _shares(vest.shares),
                "date": day(vest.date),
                "value": money(vest.shares * price),
            }
        for bonus in case.compensation.bonuses:
            self.names[bonus.id] = _("bonus of %(amount)s paid %(date)s") % {
                "amount": money(bonus.amount),
                "date": day(bonus.date),
            }
        for stage in a.stages:
            self.names[stage.id] = _("leaving on %(date)s (%(stage)s)") % {
                "date": day(stage.last_day),
                "stage": _(stage.title),
            }
        review = case.employment.last_review
        if review is not None:
            self.names["employment.last_review"] = _("last review: %(rating)s (%(date)s)") % {
                "rating": _(labels.RATING[review.rating]),
                "date": day(review.date),
            }
        if case.employment.manager_change_date:
            self.names["employment.manager_change_date"] = _("manager changed %(date)s") % {
                "date": day(case.employment.manager_change_date)
            }
        if case.severance.offer_date:
            self.names["severance.offer_date"] = _("severance offer of %(date)s") % {
                "date": day(case.severance.offer_date)
            }
        if case.severance.release_signed_date:
            self.names["severance.release_signed_date"] = _("release signed %(date)s") % {
                "date": day(case.severance.release_signed_date)
            }
        if case.employment.ended_on:
            self.names["employment.ended_on"] = _("your last day, %(date)s") % {
                "date": day(case.employment.ended_on)
            }

    @staticmethod
    def _named(label: str, when: date) -> str:
        return _("%(what)s (%(date)s)") % {"what": _(label), "date": day(when)}

    def __call__(self, ref: str) -> str:
        return self.names.get(ref, ref)

    def undated(self, ref: str) -> str:
        return self.kinds.get(ref) or self(ref)


def _shares(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def build_report(a: Assessment) -> Report:
    """Everything the report shows, translated into the active language."""
    case = a.case
    emp = case.employment
    record = Record(a)
    pairs = tuple(_pair_row(p, a, record) for p in a.timing.pairs)
    rules = tuple(_rule_row(r) for r in a.rules)
    facts = _facts(a)

    return Report(
        title=_("Timing, money and deadlines"),
        person=emp.employee_name or _("Employee"),
        employer=emp.employer,
        process=_(labels.PROCESS[emp.process]),
        as_of=day(a.as_of),
        as_of_iso=a.as_of.isoformat(),
        as_of_sentence=as_of_sentence(a),
        as_of_which=(
            _("the date you chose, %(date)s") if case.as_of_pinned else _("today, %(date)s")
        )
        % {"date": day(a.as_of)},
        as_of_pinned=case.as_of_pinned,
        passed_sentences=_passed_sentences(a, record),
        signal=a.timing.signal,
        signal_label=_(SIGNAL_LABELS[a.timing.signal]),
        signal_sentence=_signal_sentence(a, record),
        money_sentences=_money_sentences(a),
        deadline_sentence=_deadline_sentence(a),
        chart=build_chart(a, record),
        pairs=pairs,
        pair_groups=_groups(a, pairs),
        base_rules=tuple(rule_ref(r) for r in BASE_PAIR_RULES if a.timing.pairs),
        circuit_sentence=_circuit_sentence(a),
        signs=tuple(
            SignRow(
                s.direction,
                _(labels.DIRECTION[s.direction]),
                _(s.text),
                tuple(record(r) for r in s.refs),
                rule_ref(s.rule),
            )
            for s in a.timing.signs
        ),
        stages=tuple(_stage_row(s, a, record) for s in a.stages),
        vests=_vest_rows(a, record),
        defaults_note=_defaults_note(a),
        deadlines=_deadline_groups(tuple(_deadline_row(d, record, a) for d in a.deadlines)),
        evidence=_evidence(a, record),
        questions=_questions(a, record),
        to_confirm=_to_confirm(a),
        rules=rules,
        rule_groups=_rule_groups(a.rules, rules),
        method=_method(a),
        next_steps=_next_steps(a),
        who=_who(a),
        key_facts=_key_facts(facts),
        facts=facts,
        stake=_stake(a),
        release_note=_(getattr(a.money, "release_note", RELEASE_NOTE)),
        unknowns=_unknowns(a),
        comparators=tuple(Line(c.who, c.what_happened) for c in case.employment.comparators),
        keep_safe=tuple(_(line) for line in KEEP_SAFE),
    )


# ----------------------------------------------------------------- summary sentences


def _signal_sentence(a: Assessment, record: Record) -> str:
    strongest = a.timing.strongest
    if strongest is None:
        if not a.case.protected_activities:
            return _("No protected activity is recorded, so there is no timing to compare.")
        return _(
            "No adverse event comes after a protected activity in your record, so timing "
            "shows nothing yet."
        )
    return _(
        "The timing signal is %(signal)s. The strongest pair: %(event)s came %(days)s after "
        "%(activity)s."
    ) % {
        "signal": _(SIGNAL_LABELS[a.timing.signal]),
        "event": record(strongest.event),
        "days": _days(strongest.days),
        "activity": record(strongest.activity),
    }


def as_of_sentence(a: Assessment) -> str:
    if a.case.as_of_pinned:
        return _("as of the date you chose (%(date)s)") % {"date": day(a.as_of)}
    return _("as of today (%(date)s)") % {"date": day(a.as_of)}


def _signed(value: Decimal) -> str:
    """An amount with its sign spelled out: "+$4,000.00", "−$24,000.00", "$0.00"."""
    if value > 0:
        return "+" + money(value)
    if value < 0:
        return "\u2212" + money(-value)
    return money(value)


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
    else:
        found.append(_("No way of leaving is still open to choose in this record."))
    if m.leave is not None and m.stay is not None:
        more = m.net_for_staying >= 0
        found.append(
            (
                _(
                    "Staying until %(stay_day)s (%(stay)s) instead of leaving on %(leave_day)s "
                    "(%(leave)s) comes to %(amount)s more in total: severance %(severance)s, "
                    "salary %(salary)s, stock %(stock)s, bonus %(bonus)s."
                )
                if more
                else _(
                    "Staying until %(stay_day)s (%(stay)s) instead of leaving on %(leave_day)s "
                    "(%(leave)s) comes to %(amount)s less in total: severance %(severance)s, "
                    "salary %(salary)s, stock %(stock)s, bonus %(bonus)s."
                )
            )
            % {
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
        )
    found.append(_(m.release_note))
    return tuple(found)


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


def _days_to_file_by(d) -> int:
    """Days left to the safe day, which is the agency's day or earlier."""
    return d.days_left - (d.date - d.file_by).days


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


def _days(days: int) -> str:
    return ngettext("%(n)s day", "%(n)s days", days) % {"n": days}


def _days_left(days: int) -> str:
    if days < 0:
        return ngettext("passed %(n)s day ago", "passed %(n)s days ago", -days) % {"n": -days}
    if days == 0:
        return _("today")
    return ngettext("%(n)s day left", "%(n)s days left", days) % {"n": days}


# ----------------------------------------------------------------- rows


# Every pair applies these; the table names them once and each row only what it adds.
BASE_PAIR_RULES = ("proximity.band", "proximity.knowledge")
# Said once per event (contested) or once above the table (circuit) instead of in each row.
GROUP_NOTES = frozenset(
    {
        "contested as an adverse action on its own",
        "courts in this circuit have accepted gaps of several months",
        "courts in this circuit rarely accept timing alone",
        # The band and "did they know?" columns already say these.
        "counted one band weaker: not known whether the decision-maker knew",
        "no timing inference: the decision-maker did not know",
    }
)


# The questionnaire asks "did they know?" in the user's voice; the report answers for a reader.
KNEW = {"yes": gettext_noop("yes"), "no": gettext_noop("no"), "unknown": gettext_noop("not known")}


def _groups(a: Assessment, rows: tuple[PairRow, ...]) -> tuple[EventGroup, ...]:
    groups: dict[str, list[tuple[Pair, PairRow]]] = {}
    for pair, row in zip(a.timing.pairs, rows, strict=True):
        groups.setdefault(pair.event, []).append((pair, row))
    ordered = sorted(groups.values(), key=lambda g: (g[0][0].event_date, g[0][0].event))
    return tuple(
        EventGroup(
            event=group[0][1].event,
            contested=group[0][0].contested,
            pairs=tuple(row for _, row in sorted(group, key=lambda pr: pr[0].days)),
        )
        for group in ordered
    )


def _pair_row(p: Pair, a: Assessment, record: Record) -> PairRow:
    band = _(BAND_LABELS[p.band])
    counted = _(BAND_LABELS[p.adjusted_band]) if p.adjusted_band else _("no inference")
    notes = tuple(_(n) for n in p.notes if n not in GROUP_NOTES)
    line = _("%(activity)s: %(days)s, %(band)s, did they know: %(knew)s") % {
        "activity": record(p.activity),
        "days": _days(p.days),
        "band": band
        if counted == band
        else _("%(band)s, counted as %(counted)s") % {"band": band, "counted": counted},
        "knew": _(KNEW[p.knowledge]),
    }
    return PairRow(
        event=record(p.event),
        days=p.days,
        line=line + "".join(_("; ") + n for n in notes),
        rules=tuple(
            rule_ref(r)
            for r in p.rules
            if r not in BASE_PAIR_RULES and r != "proximity.contested_adverse"
        ),
        strongest=p is a.timing.strongest,
    )


def _stage_row(s: Stage, a: Assessment, record: Record) -> StageRow:
    return StageRow(
        id=s.id,
        title=_(s.title),
        funnel=_(FUNNEL[s.id]),
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
        bonus_repayments=tuple(record(b) for b in s.bonus_repayments),
        visa_grace_end=day(s.visa_grace_end),
        uses_defaults=bool(s.uses_defaults),
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


# The severance terms by the names the questionnaire gives them, not their field codes.
TERM_NAMES = {
    "t1_weeks": gettext_noop("weeks of pay at Pivot (T1)"),
    "t2_weeks": gettext_noop("weeks of pay after a failed plan (T2)"),
    "t3_weeks": gettext_noop("weeks of pay after a lost appeal (T3)"),
    "extra": gettext_noop("the extra amount"),
    "grace_days": gettext_noop("grace period"),
    "decision_business_days": gettext_noop("days to choose"),
    "plan_days": gettext_noop("plan length"),
    "appeal_days": gettext_noop("appeal length"),
}


def _defaults_note(a: Assessment) -> str:
    if not a.defaults_used:
        return ""
    names = _(", ").join(_(TERM_NAMES.get(code, code)) for code in a.defaults_used)
    if profile_of(a.case.employment.process).reported_terms:
        return _(
            "Figures marked * use Amazon's terms as publicly reported, unverified (%(names)s). "
            "Your own letter wins: change them in the questionnaire."
        ) % {"names": names}
    return _(
        "Figures marked * use pipv's defaults for a generic plan (%(names)s). Your own "
        "letter wins: change them in the questionnaire."
    ) % {"names": names}


def _deadline_row(d, record: Record, a: Assessment) -> DeadlineRow:
    detail = record(d.source)
    if d.kind == "what_if" and d.path is not None:
        stage = a.stage(d.path)
        detail = _("if you leave this way: %(stage)s, last day %(date)s") % {
            "stage": _(stage.title) if stage else d.path,
            "date": day(d.source_date),
        }
    if d.rolled_forward:
        detail = punctuation.aside(
            detail,
            _("on a weekend or holiday: the agency accepts it until %(date)s")
            % {"date": day(d.date)},
        )
    if d.likely is not None:
        detail = punctuation.aside(
            detail,
            _("180 days is the safe date; 300 days, %(date)s, likely applies: ask a lawyer")
            % {"date": day(d.likely)},
        )
    if d.projected:
        detail = punctuation.aside(detail, _("projected: the event has not happened yet"))
    return DeadlineRow(
        id=d.id,
        title=_(d.title),
        date=day(d.file_by),
        iso=d.file_by.isoformat(),
        days_left_text=_days_left(_days_to_file_by(d)),
        passed=d.passed,
        rules=tuple(rule_ref(r) for r in (d.rule, *d.extra_rules)),
        detail=detail,
        unverified=RULES[d.rule].needs_confirmation,
        line=_("%(day)s: %(source)s") % {"day": day(d.file_by), "source": detail},
        kind=d.kind,
    )


KIND_NOTES = {
    "employer_minimum": gettext_noop(
        "Not a deadline for you: your employer must give you at least until this day."
    ),
    "what_if": gettext_noop(
        "Only if you leave this way: each way of leaving starts this clock on its own last day."
    ),
}


# Where a date's kind needs its own words: the ADEA's waiting period is no way of leaving,
# and the WARN notice is a duty the employer had, not time it gives.
ID_NOTES = {
    "adea_suit_earliest": gettext_noop(
        "Not a deadline: the earliest day you may sue under the ADEA if the agency has not "
        "finished. Nothing is lost if it passes."
    ),
    "warn_notice": gettext_noop(
        "Not a deadline for you: the latest day your employer could give the 60 days' notice."
    ),
}


def _kind_note(row: DeadlineRow) -> str:
    if row.id in ID_NOTES:
        return _(ID_NOTES[row.id])
    return _(KIND_NOTES[row.kind]) if row.kind in KIND_NOTES else ""


def _deadline_groups(rows: tuple[DeadlineRow, ...]) -> tuple[DeadlineGroup, ...]:
    """Rows of the same kind and the same side of the as-of date: passed ones first."""
    groups: dict[tuple[str, bool, str], list[DeadlineRow]] = {}
    for row in sorted(rows, key=lambda r: (r.iso, r.id)):
        groups.setdefault((row.title, row.passed, row.kind), []).append(row)
    ordered = sorted(groups.values(), key=lambda g: (not g[0].passed, g[0].iso, g[0].id))
    return tuple(
        DeadlineGroup(
            title=items[0].title,
            first=items[0],
            items=tuple(items),
            passed=items[0].passed,
            rules=tuple({r.id: r for row in items for r in row.rules}.values()),
            kind=items[0].kind,
            kind_note=_kind_note(items[0]),
            unverified=any(row.unverified for row in items),
        )
        for items in ordered
    )


def _rule_row(r: Rule) -> RuleRow:
    return RuleRow(
        id=r.id,
        title=rule_text(r, r.title),
        explanation=rule_text(r, r.explanation),
        citation=_(r.citation),
        source_url=r.source_url,
        status=_(r.status_label),
        needs_confirmation=r.needs_confirmation,
        as_of=day(r.as_of),
    )


# Verified first, then pipv's own method, then what a lawyer must confirm.
STATUS_ORDER = (VERIFIED, DESIGN, BEST_UNDERSTANDING, UNVERIFIED, AS_REPORTED)


def _rule_groups(used: tuple[Rule, ...], rows: tuple[RuleRow, ...]) -> tuple[RuleGroup, ...]:
    """The rules by status and as-of date, each group in the order the report uses them."""
    groups: dict[tuple[str, date], list[RuleRow]] = {}
    for rule, row in zip(used, rows, strict=True):
        groups.setdefault((rule.status, rule.as_of), []).append(row)
    ordered = sorted(groups.items(), key=lambda g: (STATUS_ORDER.index(g[0][0]), g[0][1]))
    return tuple(
        RuleGroup(
            status=items[0].status,
            as_of=items[0].as_of,
            needs_confirmation=items[0].needs_confirmation,
            rules=tuple(items),
        )
        for _key, items in ordered
    )


# ----------------------------------------------------------------- for the consultation


def _evidence(a: Assessment, record: Record) -> tuple[str, ...]:
    """What to bring, built from this record: one line per thing that backs a finding."""
    case = a.case
    items: list[str] = []
    # One line for each kind of record, naming every item, rather than one line each: what
    # to bring is the same kind of thing, and forty lines of it hide the rest of the list.
    written = [record(act.id) for act in case.protected_activities if act.in_writing]
    spoken = [record(act.id) for act in case.protected_activities if not act.in_writing]
    if written:
        items.append(
            _("The written record of each, with its date (the email, form or message): %(what)s.")
            % {"what": _("; ").join(written)}
        )
    if spoken:
        items.append(
            _(
                "Notes on each, as it was not in writing (who you told, when, and anyone who "
                "saw or heard it): %(what)s."
            )
            % {"what": _("; ").join(spoken)}
        )
    adverse_ids = {p.event for p in a.timing.pairs}
    adverse = [ev for ev in case.events if ev.id in adverse_ids]
    if adverse:
        items.append(
            _("The email, recap or letter of each, and your own notes of it: %(what)s.")
            % {"what": _("; ").join(record(ev.id) for ev in adverse)}
        )
    # What contradicts each event is in "Facts and chronology", in the person's own words.
    if any(ev.contradicting_evidence.strip() for ev in adverse):
        items.append(_("The records that contradict an event, as listed under each fact."))
    review = case.employment.last_review
    if review is not None:
        items.append(_("Your last performance review and any written praise or awards."))
    if case.compensation.vests:
        items.append(
            _(
                "Your stock grant agreements and vesting schedule, including the governing-law "
                "clause."
            )
        )
    if case.compensation.bonuses:
        items.append(_("Sign-on or bonus letters with any repayment terms."))
    if case.severance.offer_in_hand:
        items.append(
            _("The severance offer and the release, unsigned, with the date you got them.")
        )
    if case.employment.immigration_status not in (
        "citizen_or_permanent_resident",
        "prefer_not_to_say",
    ):
        items.append(_("Your visa documents: I-797 approval notice and I-94 record."))
    items.append(_("A copy of this report and its case file (attached to the PDF)."))
    return tuple(items)


def _questions(a: Assessment, record: Record) -> tuple[str, ...]:
    asked = []
    for q in a.questions:
        if q.id.startswith("knowledge.") and q.refs:
            # The engine's sentence names the activity by its code; the record's name reads
            # better and matches the rest of the report.
            asked.append(
                _(
                    "Did the person who acted against you know about this: %(what)s? How could "
                    "that be shown?"
                )
                % {"what": record(q.refs[0])}
            )
        else:
            asked.append(tr(q.message))
    return tuple(asked)


def _to_confirm(a: Assessment) -> tuple[RuleRef, ...]:
    """Rules pipv could not verify (or Amazon's terms as reported): the lawyer confirms them."""
    return tuple(rule_ref(r.id) for r in a.rules if r.needs_confirmation)


# The rules that say how the figures are worked out; the method points at them rather than
# saying it again (a second wording had drifted: "rounded once at the end" where each figure
# is rounded and the total adds them).
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


# ----------------------------------------------------------------- the intake packet

# Severance is paid only for a signed release; the engine says so (MoneySummary.release_note)
# where it knows, and this is the same sentence for an engine that does not yet.
RELEASE_NOTE = gettext_noop(
    "Severance is paid only in exchange for signing a release of claims, including the "
    "claims in this report."
)

# Until each deadline carries its kind (case-format.md, "Additions, second round"), these are
# the ones that are not the person's own date to act by.
WHAT_IF_IDS = frozenset({"cobra_election", "visa_grace_end"})
EMPLOYER_MINIMUM_IDS = frozenset({"owbpa_consider"})

PASSED_TODO = gettext_noop(
    "This date has passed. Tell a lawyer now: a later act can start a new period, and some "
    "periods can be extended."
)

KEEP_SAFE = (
    gettext_noop(
        "Keep copies of your own documents at home: pay stubs, offer letter, stock grant "
        "agreements, reviews, and any letter about a plan or severance."
    ),
    gettext_noop(
        "Write dated notes now of each meeting and conversation: who, when, what was said. "
        "Notes made at the time weigh more than memory."
    ),
    gettext_noop(
        "Do not take, copy or forward confidential company documents or other people's "
        "data; ask a lawyer what you may keep."
    ),
    gettext_noop(
        "Do not use a work computer, phone or network for pipv or for talking to a lawyer: "
        "the employer may be able to see it."
    ),
)


def _kind(d) -> str:
    kind = getattr(d, "kind", None)
    if kind:
        return kind
    if d.id in WHAT_IF_IDS:
        return "what_if"
    if d.id in EMPLOYER_MINIMUM_IDS:
        return "employer_minimum"
    return "deadline"


def _passed(d) -> bool:
    passed = getattr(d, "passed", None)
    return d.days_left < 0 if passed is None else bool(passed)


def _next_steps(a: Assessment) -> tuple[NextStep, ...]:
    """The person's own dates to act by: every passed one (once a kind), then the next one."""
    own = sorted(
        (d for d in a.deadlines if _kind(d) == "deadline"),
        key=lambda d: (getattr(d, "file_by", d.date), d.id),
    )
    steps: list[NextStep] = []
    seen: set[str] = set()
    for d in own:
        if _passed(d) and d.title not in seen:
            seen.add(d.title)
            steps.append(_next_step(d, passed=True))
    upcoming = [d for d in own if not _passed(d)]
    if upcoming:
        steps.append(_next_step(upcoming[0], passed=False))
    return tuple(steps)


def _next_step(d, *, passed: bool) -> NextStep:
    day_by = getattr(d, "file_by", d.date)
    left = (day_by - d.date).days + d.days_left
    return NextStep(
        title=_(d.title),
        date=day(day_by),
        iso=day_by.isoformat(),
        days_left_text=_days_left(left),
        passed=passed,
        todo=_(PASSED_TODO) if passed else "",
    )


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


YES_NO_UNKNOWN = {
    True: gettext_noop("yes"),
    False: gettext_noop("no"),
    None: gettext_noop("not known"),
}


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
    city = getattr(emp, "work_city", None)
    if city:
        place = _("%(city)s, %(state)s") % {"city": city, "state": emp.work_state}
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
    lines.append(Line(_("Age 40 or over"), _(YES_NO_UNKNOWN[emp.age_40_or_over])))
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
    lines.append(Line(_("Immigration status"), visa))
    if emp.employee_count is not None:
        covered = [c.law for c in intake.coverage(a.case) if c.met]
        size = ngettext("about %(n)s employee", "about %(n)s employees", emp.employee_count) % {
            "n": formats.number_format(emp.employee_count, force_grouping=True)
        }
        if covered:
            size += " · " + _("likely covered: %(laws)s") % {
                "laws": _(", ").join(_(law) for law in covered)
            }
        else:
            size += " · " + _("below the federal laws' sizes")
        lines.append(Line(_("Employer size"), size))
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
        parts[-1] += " " + _("(about %(n)s hours a week)") % {"n": emp.weekly_hours}
    return _("; ").join(parts)


REPORTED_TO_SHORT = labels.REPORTED_TO


def _facts(a: Assessment) -> tuple[Fact, ...]:
    """Every protected activity and event in date order, with the person's own words."""
    case = a.case
    keys = {m.ref: m.key for m in _chart_marks(a)}
    found: list[tuple[date, int, str, Fact]] = []
    for act in case.protected_activities:
        details = [
            Line(_("Told"), _(labels.REPORTED_TO[act.reported_to])),
            Line(_("In writing"), _("yes") if act.in_writing else _("no")),
            Line(_("Did the person who acted know?"), _(KNEW[act.decision_maker_knew])),
        ]
        known_on = getattr(act, "known_on", None)
        if known_on:
            details.append(Line(_("Known since"), day(known_on)))
        end = getattr(act, "end_date", None)
        if end:
            details.append(Line(_("Leave ended"), day(end)))
        _add_text(details, _("Notes"), act.notes)
        _add_text(details, _("HR's answer"), act.hr_response)
        _add_text(details, _("Witnesses"), act.witnesses)
        found.append(
            (
                act.date,
                0,
                act.id,
                Fact(
                    key=keys.get(act.id, ""),
                    date=day(act.date),
                    iso=act.date.isoformat(),
                    what=_(labels.ACTIVITY_KIND.get(act.kind, act.kind)),
                    side="activity",
                    side_label=_("Protected activity"),
                    details=tuple(details),
                ),
            )
        )
    for ev in case.events:
        side = (
            "adverse"
            if ev.kind in ADVERSE_EVENTS
            else "favourable"
            if ev.kind in FAVOURABLE_EVENTS
            else "neutral"
        )
        details = []
        _add_text(details, _("By"), ev.by)
        _add_text(details, _("Notes"), ev.notes)
        _add_text(details, _("What contradicts it"), ev.contradicting_evidence)
        _add_text(details, _("Witnesses"), ev.witnesses)
        found.append(
            (
                ev.date,
                1,
                ev.id,
                Fact(
                    key=keys.get(ev.id, ""),
                    date=day(ev.date),
                    iso=ev.date.isoformat(),
                    what=_(labels.EVENT_KIND.get(ev.kind, ev.kind)),
                    side=side,
                    side_label={
                        "adverse": _("Against you"),
                        "favourable": _("In your favour"),
                        "neutral": _("At work"),
                    }[side],
                    details=tuple(details),
                ),
            )
        )
    found.sort(key=lambda f: f[:3])
    return tuple(f for *_rest, f in found)


def _chart_marks(a: Assessment):
    """The timeline's keys for activities and events (A1, E5), numbered as the chart does."""
    marks = []
    for n, act in enumerate(a.case.protected_activities, 1):
        marks.append(_Mark(act.id, f"A{n}"))
    for n, ev in enumerate(a.case.events, 1):
        marks.append(_Mark(ev.id, f"E{n}"))
    return marks


@dataclass(frozen=True)
class _Mark:
    ref: str
    key: str


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


def _stake(a: Assessment) -> str:
    totals = [s.total for s in a.stages if not s.passed] or [s.total for s in a.stages]
    if not totals:
        return ""
    return _(
        "Before tax, from the as-of date to the last day: between %(low)s and %(high)s "
        "depending on how the job ends."
    ) % {"low": money(min(totals)), "high": money(max(totals))}


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
    if a.defaults_used:
        found.append(_("The severance terms in your own letter (the figures use defaults)."))
    return tuple(found)
