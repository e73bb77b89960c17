"""The questionnaire's steps: objects in a list, pretix-style.

Each step has a slug (its URL), a title, ``is_applicable(record)`` and
``is_complete(record)``. A step is complete once the user has moved on from it
with valid answers (``record.progress``) and the engine finds nothing wrong in
the part of the case file the step owns. The dispatcher resumes at the first
applicable step that is not complete.

A step also owns what its page shows: ``template`` (its questions' introduction),
``context(record)`` (what that template needs) and ``form(record, data)`` (None when the
step asks nothing of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from pipv.core.punctuation import labelled
from pipv.engine import Problem, labels, validate
from pipv.engine.case import GRACE_PERIOD_VISAS
from pipv.engine.money import usd
from pipv.engine.processes import profile_of
from pipv.engine.stages import PROFILE_DEFAULTS, RELEVANT_TERMS

from . import forms
from .models import CaseRecord
from .paths import get_path, is_under, item_path, value_or_none

VISA_STATUSES = (*GRACE_PERIOD_VISAS, "f1_opt")


def employment(record: CaseRecord, key: str):
    return value_or_none(record.document, f"employment.{key}")


def process_of(record: CaseRecord) -> str:
    process = employment(record, "process")
    return process if process in RELEVANT_TERMS else "generic-pip"


@dataclass(frozen=True)
class ItemList:
    """A repeating list in the case file (activities, events, vests, bonuses)."""

    kind: str  # in URLs
    path: str  # in the case file
    id_prefix: str
    form_class: type[forms.ItemForm]
    title: str
    add_label: str
    empty: str
    step: str

    def items(self, record: CaseRecord) -> list[dict]:
        value = get_path(record.document, self.path)
        return [i for i in value if isinstance(i, dict)] if isinstance(value, list) else []


LISTS = {
    lst.kind: lst
    for lst in (
        ItemList(
            "activities",
            "protected_activities",
            "pa",
            forms.ActivityForm,
            _("Protected activities"),
            _("Add a protected activity"),
            _("None yet. If you never did any of these, that is fine: continue."),
            "activities",
        ),
        ItemList(
            "events",
            "events",
            "e",
            forms.EventForm,
            _("Events at work"),
            _("Add an event"),
            _("None yet. Add the first thing you remember, good or bad."),
            "events",
        ),
        ItemList(
            "vests",
            "compensation.vests",
            "v",
            forms.VestForm,
            _("Stock vests still to come"),
            _("Add a vest"),
            _("None yet. Add them one by one, or fill them in from a grant."),
            "pay",
        ),
        ItemList(
            "bonuses",
            "compensation.bonuses",
            "b",
            forms.BonusForm,
            _("Bonuses"),
            _("Add a bonus"),
            _("None yet. Add sign-on or other bonuses still to be paid or to be paid back."),
            "pay",
        ),
    )
}


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    owns: tuple[str, ...] = ()  # case-file paths whose problems belong to this step
    not_owned: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()
    # The class of the step's questions (``form`` makes one), or None where it asks none.
    form_class: ClassVar[type[forms.DocumentForm] | None] = None

    @property
    def template(self) -> str:
        """The step's own part of the page: its introduction and anything it alone shows."""
        return f"cases/steps/{self.slug}.html"

    def is_applicable(self, record: CaseRecord) -> bool:
        return True

    def is_complete(self, record: CaseRecord, problems: list[Problem] | None = None) -> bool:
        if self.slug not in record.progress:
            return False
        if problems is None:
            problems = validate(record.document)
        return not any(self.owns_path(p.path) for p in problems)

    def owns_path(self, path: str) -> bool:
        return any(is_under(path, p) for p in self.owns) and not any(
            is_under(path, p) for p in self.not_owned
        )

    def form(self, record: CaseRecord, data=None) -> forms.DescribedForm | None:
        """The step's questions, or None: it asks nothing of its own (a list, the review)."""
        return None

    def context(self, record: CaseRecord) -> dict:
        """What ``template`` needs besides the case, the step and the form."""
        return {}

    def defaults_shown(self, record: CaseRecord) -> dict[str, str]:
        """Per field, what an answer left empty stands for, as the review shows it."""
        return {}


class BeforeStep(Step):
    # The case's name was asked when it was made, on the case list: no form here.
    def is_complete(self, record, problems=None):
        return self.slug in record.progress


VISA_PATHS = (
    "employment.visa_valid_until",
    "employment.opt_stem_extension",
    "employment.opt_unemployment_days_used",
)
OFFER_PATHS = ("severance.offer_date", "severance.group_exit", "severance.release_signed_date")


class JobStep(Step):
    form_class = forms.JobForm

    def form(self, record, data=None):
        return self.form_class(data, document=record.document)


class VisaStep(Step):
    form_class = forms.VisaForm

    def is_applicable(self, record):
        return employment(record, "immigration_status") in VISA_STATUSES

    def form(self, record, data=None):
        f1_opt = employment(record, "immigration_status") == "f1_opt"
        return self.form_class(data, document=record.document, f1_opt=f1_opt)


class ListStep(Step):
    """A step that is one list; its page explains each kind the list can hold."""

    kinds: ClassVar[dict[str, str]] = {}
    hints: ClassVar[dict[str, str]] = {}

    def context(self, record):
        return {"hints": [(gettext(self.kinds[k]), gettext(self.hints[k])) for k in self.kinds]}


class ActivitiesStep(ListStep):
    kinds = labels.ACTIVITY_KIND
    hints = labels.ACTIVITY_HINT


class EventsStep(ListStep):
    kinds = labels.EVENT_KIND
    hints = labels.EVENT_HINT


class PayStep(Step):
    form_class = forms.PayForm

    def form(self, record, data=None):
        return self.form_class(data, document=record.document)


class SeveranceStep(Step):
    form_class = forms.SeveranceForm

    def form(self, record, data=None):
        process = process_of(record)
        return self.form_class(
            data,
            document=record.document,
            process=process,
            defaults=PROFILE_DEFAULTS[process],
            relevant=RELEVANT_TERMS[process],
        )

    def defaults_shown(self, record):
        process = process_of(record)
        defaults = PROFILE_DEFAULTS[process]
        if profile_of(process).reported_terms:
            template = gettext("%(value)s, as publicly reported (unverified)")
        else:
            template = gettext("%(value)s (not given)")
        shown = {}
        for name in forms.TERM_FIELDS:
            default = getattr(defaults, name)
            shown[name] = template % {"value": usd(default) if name == "extra" else str(default)}
        return shown

    def context(self, record):
        process = process_of(record)
        return {
            "process": process,
            "process_label": gettext(labels.PROCESS[process]),
            "amazon": profile_of(process).has_pivot,
            "relevant_terms": RELEVANT_TERMS[process],
            "defaults": PROFILE_DEFAULTS[process],
        }


class OfferStep(Step):
    form_class = forms.OfferForm

    def is_applicable(self, record):
        # Also while its dates are saved after "no offer now": they still start deadlines (a
        # signed release keeps its days to change one's mind), so they stay on view, with a
        # note, until the person clears them.
        return self.offer_in_hand(record) or self.answered(record)

    def offer_in_hand(self, record):
        return get_path(record.document, "severance.offer_in_hand") is True

    def answered(self, record):
        """Whether an answer here still starts something: a date, or a group exit."""
        doc = record.document
        dates = ("severance.offer_date", "severance.release_signed_date")
        return any(value_or_none(doc, p) is not None for p in dates) or (
            value_or_none(doc, "severance.group_exit") is True
        )

    def form(self, record, data=None):
        return self.form_class(
            data,
            document=record.document,
            age_40_or_over=employment(record, "age_40_or_over") is True,
            offer_in_hand=self.offer_in_hand(record),
        )

    def context(self, record):
        return {"no_offer_now": not self.offer_in_hand(record)}


class ReviewStep(Step):
    def is_complete(self, record, problems=None):
        # The review is where a finished questionnaire rests: never "done", always reachable.
        return False


STEPS: tuple[Step, ...] = (
    BeforeStep("before", _("Before you start")),
    JobStep("job", _("Your job"), owns=("", "format", "as_of", "employment"), not_owned=VISA_PATHS),
    VisaStep("visa", _("Your visa"), owns=VISA_PATHS),
    ActivitiesStep(
        "activities", _("Protected activity"), owns=("protected_activities",), lists=("activities",)
    ),
    EventsStep("events", _("What happened at work"), owns=("events",), lists=("events",)),
    PayStep("pay", _("Pay and stock"), owns=("compensation",), lists=("vests", "bonuses")),
    SeveranceStep("severance", _("Severance terms"), owns=("severance",), not_owned=OFFER_PATHS),
    OfferStep("offer", _("Your severance offer"), owns=OFFER_PATHS),
    ReviewStep("review", _("Review")),
)

BY_SLUG = {step.slug: step for step in STEPS}


def applicable(record: CaseRecord) -> list[Step]:
    return [step for step in STEPS if step.is_applicable(record)]


def first_incomplete(record: CaseRecord) -> Step:
    problems = validate(record.document)
    for step in applicable(record):
        if not step.is_complete(record, problems):
            return step
    return STEPS[-1]


def step_for_path(record: CaseRecord, path: str) -> Step | None:
    for step in applicable(record):
        if step.owns_path(path):
            return step
    return None


def asked_where(path: str) -> str:
    """Where the questionnaire asks for ``path``, in its own words ("Your job: Base salary
    per year", "What happened at work, item 2: When?"), or "" if no question writes it."""
    where = item_path(path)
    if where:
        lst = next((x for x in LISTS.values() if x.path == where.list_path), None)
        if lst is None:
            return ""
        heading = gettext("%(list)s, item %(number)d") % {
            "list": lst.title,
            "number": where.index + 1,
        }
        field = lst.form_class.base_fields.get(where.rest) if where.rest else None
        return labelled(heading, str(field.label)) if field is not None else heading
    step = next((s for s in STEPS if s.owns_path(path)), None)
    if step is None or path in ("", "format"):  # the file itself, not an answer
        return ""
    # The step's form class, not a form: no case to build one from (an import's problems).
    fields = step.form_class.base_fields if step.form_class else {}
    paths = step.form_class.paths if step.form_class else {}
    name = next((n for n, own in paths.items() if own == path and n in fields), None)
    return labelled(str(step.title), str(fields[name].label)) if name else str(step.title)
