"""The Sources pages: every rule used, grouped by status and as-of date, and the ones a
lawyer must confirm."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from django.utils.translation import gettext as _

from pipv.engine.assessment import Assessment
from pipv.engine.rules import (
    AS_REPORTED,
    BEST_UNDERSTANDING,
    DESIGN,
    UNVERIFIED,
    VERIFIED,
    Rule,
)

from .rows import RuleGroup, RuleRow
from .text import RuleRef, day, rule_ref, rule_text


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


# A source shorter than this is cheaper to repeat than to number ("29 CFR 825.400").
SHARED_SOURCE_MIN = 60


def _shared_sources(rows: tuple[RuleRow, ...]) -> tuple[tuple[RuleRow, ...], tuple[str, ...]]:
    """On paper, a long source that backs several rules is listed once and numbered.

    The forum thread about Amazon's process backs seven rules and one press article three;
    written out under each, they filled a third of a page. Each rule keeps its own sources,
    the shared ones as "[1]"; the list follows the rules. Citations are English in every
    copy (titles of statutes, cases and articles), so "; " separates the sources.
    """
    parts = {row.id: row.citation.split("; ") for row in rows}
    counts = Counter(part for row in rows for part in dict.fromkeys(parts[row.id]))
    shared = [
        part
        for part in dict.fromkeys(p for row in rows for p in parts[row.id])
        if counts[part] > 1 and len(part) >= SHARED_SOURCE_MIN
    ]
    number = {part: f"[{n}]" for n, part in enumerate(shared, start=1)}
    paper = tuple(
        replace(row, paper_citation="; ".join(number.get(p, p) for p in parts[row.id]))
        for row in rows
    )
    return paper, tuple(f"{number[part]} {part}" for part in shared)


def _to_confirm(a: Assessment) -> tuple[RuleRef, ...]:
    """Rules pipv could not verify (or Amazon's terms as reported): the lawyer confirms them."""
    return tuple(rule_ref(r.id) for r in a.rules if r.needs_confirmation)
