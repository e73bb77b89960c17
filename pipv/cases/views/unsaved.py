"""Answers typed but not saved: a value pipv could not read ("12O,000"), a required answer
cleared, an item typed but not added. Each is kept on its step (the drafts) and shown there
again; the report uses the answers saved before. So the review, the case list, the results
page and the PDF name them too, or a person (or their lawyer) takes the saved answers for what
was typed last.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from pipv.core.punctuation import labelled
from pipv.engine.casefile.limits import MAX_LONG_TEXT

from .. import editing, forms
from ..models import CaseRecord
from ..steps import LISTS, applicable
from .answers import as_read_all
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
                shown = as_read_all(field, value)
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
                item_form = forms.GrantForm() if kind == "grant" else lst.form_class()
                rows.append(
                    {
                        "where": step.title,
                        "field": lst.title,
                        "value": _("an item typed but not added"),
                        "typed": _typed_fields(item_form, typed_item),
                        "url": f"{url}#add-{lst.kind}",
                    }
                )
    return rows


def _typed_fields(form, typed: dict) -> str:
    """An item's typed fields in one line: "Kind: Negative feedback; Notes: the recap"."""
    parts = []
    for name, value in typed.items():
        values = [v for v in (value if isinstance(value, list) else [value]) if v]
        if values and name in form.fields:
            field = form.fields[name]
            parts.append(labelled(str(field.label), _cut(as_read_all(field, values))))
    return _("; ").join(parts)


def unsaved_on_paper(record: CaseRecord, language: str) -> tuple[tuple[str, str, str], ...]:
    """The same answers in ``language``, for the PDF: where, which answer, what was typed.

    The lawyer reads the PDF, often without the person beside them: an answer the person
    typed and pipv could not save (a story over the length allowed, "12O,000") is still
    their own account, and the figures do not use it.
    """
    with translation.override(language):
        return tuple((str(r["where"]), str(r["field"]), _with_typed(r)) for r in unsaved(record))


def _with_typed(row: dict) -> str:
    # On the page a link leads to the item typed; on paper its words are all there is.
    if row.get("typed"):
        return labelled(str(row["value"]), row["typed"])
    return _cut(str(row["value"]))


def _cut(value: str) -> str:
    # One answer past the longest pipv saves is more likely a paste gone wrong than a story;
    # the person still has it on the step. Each answer is cut alone: an item's several
    # answers, each within the limit, are all printed whole.
    if len(value) <= MAX_LONG_TEXT:
        return value
    rest = len(value) - MAX_LONG_TEXT
    return (
        value[:MAX_LONG_TEXT]
        + "… "
        + _("(%(count)s more characters, not shown)") % {"count": f"{rest:,}"}
    )
