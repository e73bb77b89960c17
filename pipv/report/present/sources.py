"""The Sources pages: every rule used, grouped by status and as-of date, and the ones a
lawyer must confirm."""

from __future__ import annotations

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


def _to_confirm(a: Assessment) -> tuple[RuleRef, ...]:
    """Rules pipv could not verify (or Amazon's terms as reported): the lawyer confirms them."""
    return tuple(rule_ref(r.id) for r in a.rules if r.needs_confirmation)
