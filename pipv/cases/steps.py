"""The questionnaire's steps: objects in a list, pretix-style.

Each step has a slug (its URL), a title, ``is_applicable(record)`` and
``is_complete(record)``. A step is complete once the user has moved on from it
with valid answers (``record.progress``) and the engine finds nothing wrong in
the part of the case file the step owns. The dispatcher resumes at the first
applicable step that is not complete.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from pipv.engine import Problem, validate
from pipv.engine.case import GRACE_PERIOD_VISAS
from pipv.engine.stages import PROFILE_DEFAULTS, RELEVANT_TERMS

from . import forms
from .forms import MISSING, get_path
from .models import CaseRecord

VISA_STATUSES = (*GRACE_PERIOD_VISAS, "f1_opt")


def employment(record: CaseRecord, key: str):
    value = get_path(record.document, f"employment.{key}")
    return None if value is MISSING else value


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
    has_form: bool = True
    extra: dict = field(default_factory=dict)

    def is_applicable(self, record: CaseRecord) -> bool:
        return True

    def is_complete(self, record: CaseRecord, problems: list[Problem] | None = None) -> bool:
        if self.slug not in record.progress:
            return False
        if problems is None:
            problems = validate(record.document)
        return not any(self.owns_path(p.path) for p in problems)

    def owns_path(self, path: str) -> bool:
        def under(prefix: str) -> bool:
            return path == prefix or path.startswith((prefix + ".", prefix + "["))

        return any(under(p) for p in self.owns) and not any(under(p) for p in self.not_owned)

    def form(self, record: CaseRecord, data=None):
        raise NotImplementedError


class BeforeStep(Step):
    def is_complete(self, record, problems=None):
        return self.slug in record.progress

    def form(self, record, data=None):
        # The case's name was asked when it was made, on the case list: not again here.
        return None


VISA_PATHS = (
    "employment.visa_valid_until",
    "employment.opt_stem_extension",
    "employment.opt_unemployment_days_used",
)
OFFER_PATHS = ("severance.offer_date", "severance.group_exit", "severance.release_signed_date")


class JobStep(Step):
    def form(self, record, data=None):
        return forms.JobForm(data, document=record.document)


class VisaStep(Step):
    def is_applicable(self, record):
        return employment(record, "immigration_status") in VISA_STATUSES

    def form(self, record, data=None):
        f1_opt = employment(record, "immigration_status") == "f1_opt"
        return forms.VisaForm(data, document=record.document, f1_opt=f1_opt)


class ListStep(Step):
    def form(self, record, data=None):
        return None


class PayStep(Step):
    def form(self, record, data=None):
        return forms.PayForm(data, document=record.document)


class SeveranceStep(Step):
    def form(self, record, data=None):
        process = process_of(record)
        return forms.SeveranceForm(
            data,
            document=record.document,
            process=process,
            defaults=PROFILE_DEFAULTS[process],
            relevant=RELEVANT_TERMS[process],
        )


class OfferStep(Step):
    def is_applicable(self, record):
        return get_path(record.document, "severance.offer_in_hand") is True

    def form(self, record, data=None):
        return forms.OfferForm(
            data,
            document=record.document,
            age_40_or_over=employment(record, "age_40_or_over") is True,
        )


class ReviewStep(Step):
    def is_complete(self, record, problems=None):
        # The review is where a finished questionnaire rests: never "done", always reachable.
        return False


STEPS: tuple[Step, ...] = (
    BeforeStep("before", _("Before you start"), has_form=False),
    JobStep("job", _("Your job"), owns=("", "format", "as_of", "employment"), not_owned=VISA_PATHS),
    VisaStep("visa", _("Your visa"), owns=VISA_PATHS),
    ListStep(
        "activities", _("Protected activity"), owns=("protected_activities",), lists=("activities",)
    ),
    ListStep("events", _("What happened at work"), owns=("events",), lists=("events",)),
    PayStep("pay", _("Pay and stock"), owns=("compensation",), lists=("vests", "bonuses")),
    SeveranceStep("severance", _("Severance terms"), owns=("severance",), not_owned=OFFER_PATHS),
    OfferStep("offer", _("Your severance offer"), owns=OFFER_PATHS),
    ReviewStep("review", _("Review"), has_form=False),
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
