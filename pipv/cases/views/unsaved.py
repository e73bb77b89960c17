"""Answers typed but not saved: a value pipv could not read ("12O,000"), a required answer
cleared, an item typed but not added. Each is kept on its step (the drafts) and shown there
again; the report uses the answers saved before. So the review, the case list and the results
page name them too, or a person takes the saved answers for what they typed last.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .. import editing
from ..models import CaseRecord
from ..steps import LISTS, applicable
from .answers import as_read
from .links import step_url


def unsaved(record: CaseRecord) -> list[dict]:
    """Each answer typed but not saved: where it is asked, what was typed, a link to it."""
    kept = editing.drafts(record)
    rows: list[dict] = []
    for step in applicable(record):
        url = step_url(record, step, review=True)
        typed = kept.get(step.slug)
        form = step.form(record) if typed else None
        for name, value in (typed or {}).items():
            if form is not None and name in form.fields:
                field = form.fields[name]
                values = value if isinstance(value, list) else [value]
                shown = ", ".join(as_read(field, v) for v in values)
                rows.append(
                    {
                        "where": step.title,
                        "field": field.label,
                        "value": shown or _("(left empty)"),
                        "url": f"{url}#id_{name}",
                    }
                )
        kinds = [*step.lists, *(["grant"] if "vests" in step.lists else [])]
        for kind in kinds:
            typed_item = kept.get(editing.NEW_ITEM + kind)
            if isinstance(typed_item, dict) and any(typed_item.values()):
                lst = LISTS["vests" if kind == "grant" else kind]
                rows.append(
                    {
                        "where": step.title,
                        "field": lst.title,
                        "value": _("an item typed but not added"),
                        "url": f"{url}#add-{lst.kind}",
                    }
                )
    return rows
