"""Changing a case: every change goes through the engine before it is saved.

Views call these; they know nothing of HTTP. A form's valid answers are always
saved (Back included); an answer the form or the engine refuses keeps its saved
value, and what was typed is kept as a draft so the page can show it again.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext, ngettext_lazy

from pipv.engine import CASE_FORMAT, Problem, validate
from pipv.engine.case import Vest
from pipv.engine.casefile import WORD_PARAMS
from pipv.engine.labels import EVENT_KIND
from pipv.engine.money import decimal_text
from pipv.engine.vesting import Grant, schedule
from pipv.report.present.text import readable

from . import crypto, item_limits
from .forms import DocumentForm
from .models import CaseRecord
from .paths import get_path, item_path, item_prefix, put_path
from .signals import case_changed
from .steps import ItemList, Step
from .versioning import Stale, ensure_current


def new_document(today: date) -> dict:
    """A new case counts from today, each time it is read: no as-of date is pinned."""
    del today  # kept in the signature: callers pass the day the case is made
    return {"format": CASE_FORMAT}


def problem_text(problem: Problem) -> str:
    """A problem as the person reads it: its words translated, its dates as the pages write
    them ("Nov. 22, 2026"), not the case file's ISO form."""
    if problem.code == "too_big":
        # As a form says it of a number typed, with the limit's thousands marked.
        limit = item_limits.grouped(problem.params)["limit"]
        return gettext("Enter %(limit_value)s or less.") % {"limit_value": limit}
    if problem.code in ("too_many", "too_many_pairs"):
        return gettext(problem.template) % item_limits.grouped(problem.params)
    if problem.code == "needs_ended_on":
        # As the job step says it beside its fields.
        return gettext("Enter your last day, or clear how it ended.")
    if problem.code == "format":
        # Said of a whole file at import: what it means for the person, not the field's rule.
        return gettext(
            "This is not a case file pipv can read: it was made by another program, or by "
            "another version of pipv."
        )
    if problem.code == "bad_json" and "line" in problem.params:
        # The parser's own words are English and technical; where it broke off is enough.
        return gettext(
            "This file is damaged or was changed by hand: it cannot be read past line "
            "%(line)s, column %(column)s. Choose the file pipv saved, unchanged."
        ) % {"line": problem.params["line"], "column": problem.params["column"]}
    if problem.code == "not_this_process":
        # Beside the choices, which name each way in words; the file's code says nothing here.
        return gettext("Choose a way of leaving from the process you chose above.")
    params = {
        key: gettext(value) if key in WORD_PARAMS else readable(value)
        for key, value in problem.params.items()
    }
    return gettext(problem.template) % params


def store(record: CaseRecord, document: dict, version: int | None = None, **fields) -> None:
    """Save the case and bump its version, only if nobody saved it since it was read.

    One conditional UPDATE (... WHERE version = N), so of two requests that read the same
    version, exactly one saves and the other gets ``Stale``.
    """
    ensure_current(record, version)
    values = {"document": document, **fields, "updated": timezone.now()}
    saved = CaseRecord.objects.filter(pk=record.pk, version=record.version).update(
        version=F("version") + 1, **values
    )
    if not saved:
        raise Stale
    for name, value in values.items():
        setattr(record, name, value)
    record.version += 1
    case_changed.send(sender=CaseRecord, record=record)


def drafts(record: CaseRecord) -> dict:
    if not record.drafts:
        return {}
    try:
        value = crypto.unseal(record.drafts)
    except Exception:  # a draft is a convenience; an unreadable one is simply dropped
        return {}
    return value if isinstance(value, dict) else {}


def sealed_drafts(record: CaseRecord, key: str, typed: dict) -> str:
    everything = drafts(record)
    if typed:
        everything[key] = typed
    else:
        everything.pop(key, None)
    return crypto.seal(everything) if everything else ""


# Drafts of a list's add form (or the grant's) are kept under this prefix and the list's
# kind, beside the steps' drafts (keyed by the step's slug).
NEW_ITEM = "new:"


def keep_typed_items(record: CaseRecord, kinds, typed: dict[str, dict]) -> None:
    """Remember what is typed but not added in these lists' add forms, or forget it.

    ``typed``: by kind, the values typed (``typed_values``); a kind of ``kinds`` left out has
    nothing typed. Not a change to the case: its version stays, so no other page is refused
    and no PDF is made again.
    """
    everything = drafts(record)
    kept = dict(everything)
    for kind in kinds:
        if any(typed.get(kind, {}).values()):
            kept[NEW_ITEM + kind] = typed[kind]
        else:
            kept.pop(NEW_ITEM + kind, None)
    if kept == everything:
        return
    record.drafts = crypto.seal(kept) if kept else ""
    CaseRecord.objects.filter(pk=record.pk).update(drafts=record.drafts)


def typed_item(record: CaseRecord, kind: str) -> dict:
    """What was typed in a list's add form (or the grant's) and kept, not added yet."""
    value = drafts(record).get(NEW_ITEM + kind)
    return value if isinstance(value, dict) else {}


def typed_values(form, names) -> dict:
    """What was typed in these fields, as posted: every tick of a list of checkboxes."""
    return {name: _typed(form, name) for name in names}


def _typed(form, name: str) -> str | list[str]:
    key = form.add_prefix(name)
    widget = form.fields[name].widget if name in form.fields else None
    if getattr(widget, "allow_multiple_selected", False) and hasattr(form.data, "getlist"):
        return form.data.getlist(key)
    return form.data.get(key, "")


# A first or last day that leaves events at work outside the job: the events are another
# step's, so the day that moved says it. The engine's problem code, the day's path, and the
# words (the events named, and how many: "count").
OUTSIDE_THE_JOB = {
    "before_employment": (
        "employment.start_date",
        ngettext_lazy(
            "This event at work comes before this day: %(events)s. Change this day, or change "
            "that event first.",
            "These events at work come before this day: %(events)s. Change this day, or change "
            "those events first.",
            "count",
        ),
    ),
    "after_employment": (
        "employment.ended_on",
        ngettext_lazy(
            "This event at work comes after this day: %(events)s. Change this day, or change "
            "that event first.",
            "These events at work come after this day: %(events)s. Change this day, or change "
            "those events first.",
            "count",
        ),
    ),
}


def check_with_engine(form: DocumentForm, document: dict, prefix: str = "") -> None:
    """Write the form's answers into a copy and add the engine's objections to their fields."""
    trial = copy.deepcopy(document)
    write_form(form, trial, prefix)
    problems = validate(trial)
    if not prefix:
        _days_outside_the_job(form, trial, problems)
    for problem in problems:
        if not problem.path.startswith(prefix):
            continue
        name = form.field_for_path(problem.path[len(prefix) :])
        if not name or name not in form.cleaned_data:
            continue
        if problem.code == "required":
            # Asked for by the rest of the case (a share price once there are vests): an
            # answer left empty here would be saved and the step passed with a hole in it.
            form.add_error(name, form.fields[name].error_messages["required"])
        else:
            form.add_error(name, problem_text(problem))


def _days_outside_the_job(form: DocumentForm, trial: dict, problems: list[Problem]) -> None:
    for code, (path, words) in OUTSIDE_THE_JOB.items():
        name = form.field_for_path(path)
        if not name or name not in form.cleaned_data:
            continue
        named = []
        for problem in problems:
            where = item_path(problem.path)
            if (
                problem.code == code
                and where
                and (where.list_path, where.rest) == ("events", "date")
            ):
                event = trial["events"][where.index]
                named.append(
                    gettext("%(what)s (%(date)s)")
                    % {
                        "what": gettext(EVENT_KIND.get(event.get("kind"), "")),
                        "date": readable(event["date"]),
                    }
                )
        if named:
            form.add_error(name, words % {"count": len(named), "events": gettext("; ").join(named)})


def write_form(form: DocumentForm, document: dict, prefix: str = "") -> None:
    if not prefix:
        form.write(document)
        return
    # Items: prefix is "events[3]."; write into that item.
    where = item_path(prefix.removesuffix("."))
    assert where is not None
    form.write(get_path(document, where.list_path)[where.index])


def save_step(
    record: CaseRecord, step: Step, form, finish: bool = True, version: int | None = None
) -> bool:
    """Save what is valid; True when everything was. ``Stale`` when the page is out of date.

    ``finish`` marks the step as done when its answers are all valid (Continue); Back and
    the check as a field is left save without moving the user on.
    """
    ensure_current(record, version)
    if form is None:
        if finish:
            store(record, record.document, version, progress=_with(record.progress, step.slug))
        return True
    valid = form.is_valid()
    document = copy.deepcopy(record.document)
    title = record.title
    if isinstance(form, DocumentForm):
        check_with_engine(form, document)
        write_form(form, document)
    elif "title" in form.cleaned_data:
        title = form.cleaned_data["title"]
    valid = valid and not form.errors
    progress = _with(record.progress, step.slug) if valid and finish else record.progress
    typed = typed_values(form, form.errors) if not valid else {}
    unchanged = (document, title, progress) == (record.document, record.title, record.progress)
    if unchanged and typed == drafts(record).get(step.slug, {}):
        # Nothing new (answers already saved as each field was left): the version stays, so
        # no other page is refused and the PDF already made for it still stands.
        return valid
    store(
        record,
        document,
        version,
        title=title,
        progress=progress,
        drafts=sealed_drafts(record, step.slug, typed),
    )
    return valid


def _with(progress: list, slug: str) -> list:
    return progress if slug in progress else [*progress, slug]


# --------------------------------------------------------------------------- lists


def next_id(document: dict, prefix: str) -> str:
    """The next unused id with this prefix, looking at every id in the file."""
    used = set(re.findall(r'"id": "([^"]*)"', json.dumps(document)))
    numbers = [int(m.group(1)) for i in used if (m := re.fullmatch(rf"{prefix}(\d+)", i))]
    number = max(numbers, default=0) + 1
    while f"{prefix}{number}" in used:
        number += 1
    return f"{prefix}{number}"


def date_order(item: dict) -> tuple[str, str]:
    """Where an item stands in its list: by date, then id (ISO dates sort as text)."""
    return (str(item.get("date", "")), str(item.get("id", "")))


def sort_items(items: list[dict]) -> None:
    items.sort(key=date_order)


def list_of(document: dict, lst: ItemList) -> list:
    items = get_path(document, lst.path)
    if not isinstance(items, list):
        items = []
        put_path(document, lst.path, items)
    return items


def save_item(
    record: CaseRecord,
    lst: ItemList,
    form,
    item_id: str | None = None,
    version: int | None = None,
) -> str | None:
    """Add or change one item; its id, or None when the form or the engine refused it.

    The engine reads the item's valid answers even when the form refused others, so the
    page names every problem at once: a required answer left empty and a day out of order.
    """
    ensure_current(record, version)
    form.is_valid()
    document = copy.deepcopy(record.document)
    items = list_of(document, lst)
    adding = item_id is None
    if item_id is None:
        item_id = next_id(document, lst.id_prefix)
        items.append({"id": item_id})
    matches = [i for i in items if i.get("id") == item_id]
    if not matches:
        return None
    form.write(matches[0])
    sort_items(items)
    index = items.index(matches[0])
    prefix = item_prefix(lst.path, index)
    refused = set(form.errors)
    problems = validate(document)
    for problem in problems:
        if adding and (over := item_limits.past_a_limit(problem, lst)):
            form.add_error(None, over)
        if problem.path.startswith(prefix):
            name = form.field_for_path(problem.path[len(prefix) :])
            if name in refused:
                continue  # the form has said what is wrong there (empty, not a date)
            if refused and name is None:
                continue  # the item as a whole: it waits for the form's answers first
            form.add_error(name if name in form.fields else None, problem_text(problem))
    if form.errors:
        return None
    store(record, document, version)
    return item_id


def remove_item(
    record: CaseRecord, lst: ItemList, item_id: str, version: int | None = None
) -> bool:
    ensure_current(record, version)
    document = copy.deepcopy(record.document)
    items = list_of(document, lst)
    kept = [i for i in items if i.get("id") != item_id]
    if len(kept) == len(items):
        return False
    items[:] = kept
    store(record, document, version)
    return True


def find_item(record: CaseRecord, lst: ItemList, item_id: str) -> dict | None:
    for item in lst.items(record):
        if item.get("id") == item_id:
            return item
    return None


def add_vests_from_grant(
    record: CaseRecord, lst: ItemList, grant: Grant, form, version: int | None = None
) -> tuple[Vest, ...] | None:
    """The grant's vests, added; None when the list would pass its limit (``form`` says so)."""
    ensure_current(record, version)
    document = copy.deepcopy(record.document)
    items = list_of(document, lst)
    first = int(next_id(document, lst.id_prefix)[len(lst.id_prefix) :])
    vests = schedule(grant, id_prefix=lst.id_prefix, first_number=first)
    over = item_limits.grant_past_the_limit(len(items), len(vests))
    if over:
        form.add_error(None, over)
        return None
    items.extend(
        {"id": v.id, "date": v.date.isoformat(), "shares": decimal_text(v.shares)} for v in vests
    )
    sort_items(items)
    store(record, document, version)
    return vests
