"""Every rule the engine applies: an id, plain words, a citation, a status and an as-of date.

Each entry cites its public source. Rules whose source is unverified or only pipv's best
understanding, and everything about Amazon (as publicly reported), carry
``needs_confirmation``: the report lists them as questions for the lawyer. One module holds
each family of rules; ``FAMILIES`` lists them in the order the registry (and so the
report's appendix) keeps.
"""

from __future__ import annotations

from .base import (
    AS_REPORTED,
    BEST_UNDERSTANDING,
    DESIGN,
    RESEARCH_AS_OF,
    STATUS_LABELS,
    UNVERIFIED,
    VERIFIED,
    Rule,
)
from .deadlines import DEADLINE_RULES
from .laws import LAW_RULES
from .money import MONEY_RULES
from .table import jurisdiction_rules
from .timing import TIMING_RULES

FAMILIES: tuple[tuple[Rule, ...], ...] = (
    TIMING_RULES,
    MONEY_RULES,
    DEADLINE_RULES,
    tuple(jurisdiction_rules()),
    LAW_RULES,
)

RULES: dict[str, Rule] = {rule.id: rule for family in FAMILIES for rule in family}

__all__ = [
    "AS_REPORTED",
    "BEST_UNDERSTANDING",
    "DESIGN",
    "FAMILIES",
    "RESEARCH_AS_OF",
    "RULES",
    "STATUS_LABELS",
    "UNVERIFIED",
    "VERIFIED",
    "Rule",
]
