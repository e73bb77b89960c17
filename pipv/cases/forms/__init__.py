"""Plain forms for the questionnaire: fields that are places in the case file (fields.py),
people treated better typed as lines (comparators.py), the steps' forms (job.py, steps.py)
and the forms of a list's items (items.py)."""

from .comparators import ComparatorsField
from .fields import (
    AmountField,
    ChoiceField,
    DateField,
    DescribedForm,
    DocField,
    DocumentForm,
    parse_amount,
)
from .items import ActivityForm, BonusForm, EventForm, GrantForm, ItemForm, VestForm
from .job import JobForm
from .steps import TERM_FIELDS, BeforeForm, OfferForm, PayForm, SeveranceForm, VisaForm

__all__ = [
    "TERM_FIELDS",
    "ActivityForm",
    "AmountField",
    "BeforeForm",
    "BonusForm",
    "ChoiceField",
    "ComparatorsField",
    "DateField",
    "DescribedForm",
    "DocField",
    "DocumentForm",
    "EventForm",
    "GrantForm",
    "ItemForm",
    "JobForm",
    "OfferForm",
    "PayForm",
    "SeveranceForm",
    "VestForm",
    "VisaForm",
    "parse_amount",
]
