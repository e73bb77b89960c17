"""Rules made from the jurisdiction table (jurisdictions.toml).

One rule per state, DC, PR and city agency for its charge period, and one for its time to sue
after the agency's notice.
"""

from __future__ import annotations

from .. import jurisdictions
from ..i18n import _
from .base import UNVERIFIED, VERIFIED, Rule

# The units a period's arguments carry: the report translates each argument, so the catalogue
# must hold these words.
UNIT_WORDS = {
    "days": _("days"),
    "months": _("months"),
    "years": _("years"),
    "day": _("day"),
    "month": _("month"),
    "year": _("year"),
}


def _period_args(prefix: str, period: jurisdictions.Period) -> tuple[tuple[str, str], ...]:
    word = period.unit[:-1] if period.count == 1 else period.unit
    return ((f"{prefix}count", str(period.count)), (f"{prefix}unit", word))


def _table_status(status: str) -> str:
    return VERIFIED if status == jurisdictions.VERIFIED else UNVERIFIED


def jurisdiction_rules() -> list[Rule]:
    """A rule for each table entry's charge period, and one for its time to sue after notice."""
    table = jurisdictions.table()
    found: list[Rule] = []
    for entry in (*table.states.values(), *table.local.values()):
        args: tuple[tuple[str, str], ...] = (
            ("name", entry.name),
            ("agency", entry.agency or ""),
            ("note", entry.note),
        )
        charge = _charge_rule(entry, args)
        found.append(charge)
        if entry.sue_after_notice is not None:
            found.append(
                Rule(
                    entry.rule_id + ".suit",
                    _("%(name)s: lawsuit after the agency's notice"),
                    _(
                        "After the %(agency)s sends its notice of the right to sue, a lawsuit "
                        "under %(name)s law must be filed within %(count)s %(unit)s of "
                        "receiving it."
                    ),
                    entry.citation,
                    _table_status(entry.sue_status),
                    entry.source_url,
                    entry.as_of,
                    charge.args + _period_args("", entry.sue_after_notice),
                )
            )
    return found


def _charge_rule(entry: jurisdictions.Jurisdiction, args: tuple[tuple[str, str], ...]) -> Rule:
    """The entry's period for a charge to its agency (or that it has none for private employers)."""
    if entry.agency is None:
        title = _("%(name)s: no state agency for private employers")
        explanation = _(
            "No %(name)s agency takes discrimination or retaliation charges against "
            "private employers, so the EEOC's 180 days apply. %(note)s"
        )
    elif entry.earlier_period is not None and entry.changed_on is not None:
        title = _("%(name)s: %(agency)s")
        explanation = _(
            "A complaint to the %(agency)s within %(count)s %(unit)s of each act; for an "
            "act before %(changed_on)s, the earlier period of %(earlier_count)s "
            "%(earlier_unit)s still applies. %(note)s"
        )
        assert entry.charge_period is not None  # checked by the table's loader
        args += _period_args("", entry.charge_period)
        args += _period_args("earlier_", entry.earlier_period)
        args += (("changed_on", entry.changed_on.isoformat()),)
    else:
        title = _("%(name)s: %(agency)s")
        explanation = _(
            "A complaint to the %(agency)s within %(count)s %(unit)s of each act. %(note)s"
        )
        assert entry.charge_period is not None
        args += _period_args("", entry.charge_period)
    status = _table_status(entry.status)
    return Rule(
        entry.rule_id,
        title,
        explanation,
        entry.citation,
        status,
        entry.source_url,
        entry.as_of,
        args,
    )
