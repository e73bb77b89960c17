"""The timeline chart's geometry: where each mark, line and label goes, in SVG units.

The template draws what this computes, so the page and the PDF show one picture. Marks carry
short keys (A1, E3, V2, T1) that the table beside the chart (on paper, a legend) spells out:
long labels would collide, and the table is what a screen reader reads. Shapes and dash
patterns, not colour, tell the kinds apart, so the chart survives grayscale printing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from pipv.engine.assessment import Assessment
from pipv.engine.i18n import gettext_noop
from pipv.engine.processes import STAGE_KEYS
from pipv.engine.timing import Pair, is_adverse, pair_strength

WIDTH = 640
LEFT, RIGHT = 24, 24
LANE = 24  # vertical distance between stacked marks
MARK_GAP = 30  # marks closer than this on one side go to another lane
EVENT_GAP = 52  # below the line a day count sits to the right of its mark
MAX_LINKS = 12


class Names(Protocol):
    def __call__(self, ref: str) -> str: ...

    def undated(self, ref: str) -> str: ...


@dataclass(frozen=True)
class Mark:
    key: str
    kind: str  # "activity", "adverse", "event", "vest"
    x: float
    y: float
    day: date
    date_text: str
    label: str


@dataclass(frozen=True)
class Link:
    x1: float
    y1: float
    x2: float
    y2: float
    label_x: float
    label_y: float
    label: str
    # Where the days count from a later day than the activity's own (a leave's return, the
    # day the decision-maker learned): the activity's mark, joined by a solid line to x1.
    start_x: float | None = None

    # A white box behind the day count, so the dotted lines never cross its letters (a halo
    # drawn with paint-order is lost in the PDF: WeasyPrint ignores paint-order). Sized for
    # DejaVu Sans at 9.5 px: digits are 0.64 em wide, a space 0.32 em.
    @property
    def box_x(self) -> float:
        return round(self.label_x - 2, 1)

    @property
    def box_y(self) -> float:
        return round(self.label_y - 9, 1)

    @property
    def box_width(self) -> float:
        return round(len(self.label) * 6.1 + 4, 1)


@dataclass(frozen=True)
class StageLine:
    key: str
    x: float
    top: float
    bottom: float
    label_y: float
    date_text: str
    label: str
    title: str  # the stage's name alone, for the legend


@dataclass(frozen=True)
class LegendGroup:
    title: str
    text: str  # every mark of the group: "A1, July 20, 2026: Asked for FMLA leave; A2, …"
    # Activities and events are listed, with their keys, in Facts and chronology: on paper
    # only the vests and stage lines need a legend of their own.
    on_paper: bool = True


# The legend on paper, a paragraph a kind of mark, in the order the chart explains them.
LEGEND_KINDS = (
    (gettext_noop("Protected activities"), ("activity",)),
    (gettext_noop("Events at work"), ("adverse", "event")),
    (gettext_noop("Vests"), ("vest",)),
)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    axis_y: float
    ticks: tuple[Tick, ...]
    marks: tuple[Mark, ...]
    links: tuple[Link, ...]
    stages: tuple[StageLine, ...]
    as_of_x: float
    title: str
    desc: str
    left_out: int  # vests beyond the chart's end, listed in the money table instead

    @property
    def spans(self) -> tuple[Link, ...]:
        """The links whose days count from a later day than their activity's own."""
        return tuple(link for link in self.links if link.start_x is not None)

    @property
    def rows(self) -> tuple[Mark | StageLine, ...]:
        """Every mark and stage line in date order, for the table alternative."""
        items: list[tuple[date, Mark | StageLine]] = [(m.day, m) for m in self.marks]
        return tuple(item for _, item in sorted(items, key=lambda pair: pair[0])) + self.stages

    @property
    def legend(self) -> tuple[LegendGroup, ...]:
        """The table's rows as a paragraph for each kind of mark: the PDF's legend.

        On paper the seventeen-row table of marks cost a tenth of the PDF's time (WeasyPrint
        lays out every cell as a box); the same words as four paragraphs cost almost nothing.
        """
        groups = []
        for title, kinds in LEGEND_KINDS:
            marks = sorted((m for m in self.marks if m.kind in kinds), key=lambda m: m.day)
            if marks:
                groups.append(
                    LegendGroup(
                        _(title),
                        _item_list((m.key, m.date_text, m.label) for m in marks),
                        on_paper="vest" in kinds,
                    )
                )
        if self.stages:
            groups.append(
                LegendGroup(
                    _("Last day at each stage (dashed lines)"),
                    _item_list((s.key, s.date_text, s.title) for s in self.stages),
                )
            )
        return tuple(groups)


def _item_list(items: Iterable[tuple[str, str, str]]) -> str:
    return _("; ").join(
        _("%(key)s, %(date)s: %(what)s") % {"key": key, "date": when, "what": what}
        for key, when, what in items
    )


def _lanes(xs: list[float], gap: float = MARK_GAP) -> list[int]:
    """A lane for each x (given in order) so that no two marks in one lane overlap."""
    ends: list[float] = []
    lanes: list[int] = []
    for x in xs:
        for i, end in enumerate(ends):
            if x - end >= gap:
                ends[i] = x
                lanes.append(i)
                break
        else:
            ends.append(x)
            lanes.append(len(ends) - 1)
    return lanes


def _ticks(start: date, end: date, x_of: Callable[[date], float]) -> tuple[Tick, ...]:
    months = (end.year - start.year) * 12 + end.month - start.month
    step = 1 if months <= 14 else 3 if months <= 42 else 6
    ticks: list[Tick] = []
    cursor = date(start.year, start.month, 1)
    while cursor <= end:
        if cursor >= start and (cursor.month - 1) % step == 0:
            # The year only where it changes: a row of "March 2026" labels would collide.
            # Date formats are translated too: Chinese puts the year first ("2026年3月").
            if not ticks or cursor.month <= step:
                fmt = pgettext("date format of a timeline tick with the year", "M Y")
            else:
                fmt = pgettext("date format of a timeline tick without the year", "M")
            ticks.append(Tick(x_of(cursor), formats.date_format(cursor, fmt)))
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    return tuple(ticks)


def mark_keys(a: Assessment) -> dict[str, str]:
    """The key of every activity and event (A1, E5) and stage (T1): the chart's marks, and
    the references the facts list and the deadlines use, so one can be followed to the other.

    Each kind is numbered by date (the order the facts list reads), not the order entered.
    """
    case = a.case
    acts = sorted(case.protected_activities, key=lambda x: (x.date, x.id))
    events = sorted(case.events, key=lambda e: (e.date, e.id))
    keys = {act.id: f"A{i}" for i, act in enumerate(acts, start=1)}
    keys.update({e.id: f"E{i}" for i, e in enumerate(events, start=1)})
    keys.update({s.id: STAGE_KEYS.get(s.id, s.id) for s in a.stages})
    return keys


def build_chart(a: Assessment, name: Names, keys: dict[str, str]) -> Chart:
    """The chart of the case; ``keys`` are ``mark_keys(a)``, shared with the facts list and
    the deadlines so that each names a mark as the chart does."""
    case = a.case

    # Imported here: the present package imports this module.
    from .present.text import day as fmt

    record_days = [x.date for x in case.protected_activities] + [e.date for e in case.events]
    stage_days = [s.last_day for s in a.stages]
    start = min(record_days + stage_days + [a.as_of]) - timedelta(days=10)
    end = max(stage_days + [a.as_of] + record_days) + timedelta(days=20)
    span = max((end - start).days, 1)

    def x_of(d: date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (d - start).days / span, 1)

    vests = [v for v in case.compensation.vests if start <= v.date <= end]
    left_out = len(case.compensation.vests) - len(vests)

    above = [
        (act.date, keys[act.id], act.id, "activity")
        for act in sorted(case.protected_activities, key=lambda x: (x.date, x.id))
    ]
    below = [
        (e.date, keys[e.id], e.id, "adverse" if is_adverse(e) else "event")
        for e in sorted(case.events, key=lambda e: (e.date, e.id))
    ]
    on_axis = [(v.date, f"V{i}", v.id, "vest") for i, v in enumerate(vests, start=1)]

    above_lanes = _lanes([x_of(d) for d, *_ in above])
    below_lanes = _lanes([x_of(d) for d, *_ in below], EVENT_GAP)
    top_lanes = max(above_lanes, default=0) + 1
    bottom_lanes = max(below_lanes, default=0) + 1

    axis_y = 30 + top_lanes * LANE
    marks: list[Mark] = []
    for (d, key, ref, kind), lane in zip(above, above_lanes, strict=True):
        y = axis_y - LANE * (lane + 1)
        marks.append(Mark(key, kind, x_of(d), y, d, fmt(d), name.undated(ref)))
    for (d, key, ref, kind), lane in zip(below, below_lanes, strict=True):
        y = axis_y + LANE * (lane + 1)
        marks.append(Mark(key, kind, x_of(d), y, d, fmt(d), name.undated(ref)))
    for d, key, ref, kind in on_axis:
        marks.append(Mark(key, kind, x_of(d), axis_y, d, fmt(d), name.undated(ref)))

    by_ref = {ref: m for (_d, _k, ref, _kind), m in zip(above + below, marks, strict=False)}
    links = _links(a, by_ref, x_of)

    stages, height = _stage_lines(a, x_of, fmt, axis_y, bottom_lanes)

    return Chart(
        width=WIDTH,
        height=height,
        axis_y=axis_y,
        ticks=_ticks(start, end, x_of),
        marks=tuple(marks),
        links=links,
        stages=stages,
        as_of_x=x_of(a.as_of),
        title=_("Timeline of your record"),
        desc=_(
            "Protected activities (circles, A) above the line; events at work below it "
            "(filled squares for events against you, open squares for others); vests as "
            "diamonds (V) on the line; dashed lines mark each stage's last day (T). The number "
            "beside an event is the days since the protected activity its dotted line leads "
            "to; a solid line from an activity runs to the later day those days count from "
            "(a leave's return, or the day the decision-maker learned). Every mark is listed "
            "after the chart."
        ),
        left_out=left_out,
    )


def _links(
    a: Assessment, by_ref: dict[str, Mark], x_of: Callable[[date], float]
) -> tuple[Link, ...]:
    # Each adverse event linked to the protected activity that pairs with it most strongly,
    # ranked as the engine ranks the case's strongest pair (signal, then fewer days), so the
    # pair the summary names is always drawn. Only the strongest dozen, or the picture turns
    # into a net.
    best: dict[str, Pair] = {}
    for p in a.timing.pairs:
        if p.event not in best or pair_strength(p) < pair_strength(best[p.event]):
            best[p.event] = p
    links: list[Link] = []
    for pair in sorted(best.values(), key=pair_strength)[:MAX_LINKS]:
        event_id, activity_id, days = pair.event, pair.activity, pair.days
        top, bottom = by_ref.get(activity_id), by_ref.get(event_id)
        if top is None or bottom is None:
            continue
        # The dotted line starts where its days start counting, so "24 d" is not drawn from
        # the first day of a leave that ended 24 days before the event.
        counted_from = pair.measured_from_date
        moved = counted_from is not None and counted_from != pair.activity_date
        links.append(
            Link(
                x_of(counted_from) if moved else top.x,
                top.y,
                bottom.x,
                bottom.y,
                bottom.x + 12,
                bottom.y + 3.5,
                _("%(n)s d") % {"n": days},
                start_x=top.x if moved else None,
            )
        )
    return tuple(links)


def _stage_lines(
    a: Assessment,
    x_of: Callable[[date], float],
    fmt: Callable[[date], str],
    axis_y: float,
    bottom_lanes: int,
) -> tuple[tuple[StageLine, ...], int]:
    """Each stage's last day as a dashed line below the events, and the chart's height."""
    stage_top = axis_y
    stage_bottom = axis_y + LANE * (bottom_lanes + 1)
    stage_items = sorted(a.stages, key=lambda s: (s.last_day, s.id))
    stage_lanes = _lanes([x_of(s.last_day) for s in stage_items])
    stages = tuple(
        StageLine(
            STAGE_KEYS.get(s.id, s.id),
            x_of(s.last_day),
            stage_top,
            stage_bottom + 14 * lane,
            stage_bottom + 14 * lane + 12,
            fmt(s.last_day),
            _("last day if: %(stage)s") % {"stage": _(s.title)},
            _(s.title),
        )
        for s, lane in zip(stage_items, stage_lanes, strict=True)
    )
    height = int(stage_bottom + 14 * (max(stage_lanes, default=0) + 1) + 34)
    return stages, height
