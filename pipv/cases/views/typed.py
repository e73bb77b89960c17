"""What was typed on a step and not saved or added yet: read from a post, kept, shown again.

A step's add forms (and the grant) belong to the step's own form, so every button of it
sends them. What is typed there but not added is kept beside the case (``editing``'s
drafts, not the case itself) until it is added or discarded, and each drawing of the list
shows it again.
"""

from __future__ import annotations

from django.http import HttpRequest

from .. import editing, forms, versioning
from ..models import CaseRecord
from ..steps import BY_SLUG, LISTS, ItemList, Step


def left_typed(record: CaseRecord, kind: str, form_class, prefix: str):
    return form_class(prefix=prefix, initial=editing.typed_item(record, kind))


def kept(form):
    """A typed form shown again as it was typed, without errors: it was not acted on."""
    return type(form)(prefix=form.prefix, initial=editing.typed_values(form, form.fields))


def typed_items(request: HttpRequest, current: Step) -> dict:
    """The step's "add" forms (and the grant) that have something typed in them, by kind.

    Their fields travel with the step's own form, so whatever button was pressed, the
    server sees them and nothing typed is dropped without the person's say.
    """
    found: dict = {}
    for kind in current.lists:
        form = LISTS[kind].form_class(request.POST, prefix=f"{kind}-new")
        if any(request.POST.get(form.add_prefix(name), "").strip() for name in form.fields):
            found[kind] = form
        if kind == "vests":
            grant = forms.GrantForm(request.POST, prefix="grant")
            # The pattern and the years always hold a value; a grant is typed once it has
            # a date or a number of shares.
            if any(request.POST.get(grant.add_prefix(n), "").strip() for n in ("date", "shares")):
                found["grant"] = grant
    return found


def open_items(request: HttpRequest, current: Step) -> dict[str, str]:
    """The step's lists with an item's form open on the page, and that item's id.

    An open item's fields belong to the step's own form too (``editing-KIND`` names the
    item), so Continue, Back and a step's name send a change typed there but not saved.
    """
    posted = {kind: request.POST.get(f"editing-{kind}", "") for kind in current.lists}
    return {kind: item_id for kind, item_id in posted.items() if item_id}


def typed_edits(request: HttpRequest, record: CaseRecord, current: Step) -> dict:
    """The items whose form is open on the step, by list kind: (the item's id, its form)."""
    found: dict = {}
    for kind, item_id in open_items(request, current).items():
        lst = LISTS[kind]
        item = editing.find_item(record, lst, item_id)
        if item is not None:
            form = lst.form_class(request.POST, prefix=f"{kind}-{item_id}", document=item)
            found[kind] = (item_id, form)
    return found


def remember_typed(record: CaseRecord, current: Step, typed_forms: dict, open_lists=()) -> None:
    """Keep these typed add forms for the step's next showing; forget its others, but not
    those the page did not show: a list with an item open (``open_lists``) hides its add
    form (and the vests their grant), so what was kept there stays kept."""
    kinds = [*current.lists, *(["grant"] if "vests" in current.lists else [])]
    hidden = {*open_lists, *(["grant"] if "vests" in open_lists else [])}
    kinds = [k for k in kinds if k not in hidden or k in typed_forms]
    typed = {kind: editing.typed_values(f, f.fields) for kind, f in typed_forms.items()}
    editing.keep_typed_items(record, kinds, typed)


# Change, Remove and an open item's Save are buttons of the step's own form (as Add is): they
# send the step's answers and its add forms, typed but not saved, with or without JavaScript.
FROM_STEP = {"change", "remove", "save"}


def keep_step_typing(request: HttpRequest, record: CaseRecord, lst: ItemList) -> int:
    """Save the step's answers as Back does and keep its add forms' typing; the version now.

    ``Stale`` when the page is out of date. A post not sent by the step's form (an older
    page's own Remove form) has nothing of the step's to keep.
    """
    version = versioning.posted_version(request)
    if request.POST.get("action") not in FROM_STEP:
        return version
    current = BY_SLUG[lst.step]
    form = current.form(record, request.POST)
    editing.save_step(record, current, form, finish=False, version=version)
    remember_typed(record, current, typed_items(request, current), open_items(request, current))
    return record.version


def typed_on_step(request: HttpRequest, record: CaseRecord, current: Step) -> list[dict]:
    """What the step's form sent (its answers, typed items, open items), for a refusal."""
    return typed_rows(
        current.form(record, request.POST),
        typed_items(request, current),
        typed_edits(request, record, current),
    )


def typed_rows(form, typed_forms: dict, edits: dict) -> list[dict]:
    """The rows a refusal shows: the step's answers, then each typed add form's and each
    open item's."""
    rows = versioning.typed(form)
    for typed_form in [*typed_forms.values(), *(f for _id, f in edits.values())]:
        rows += versioning.typed(typed_form)
    return rows
