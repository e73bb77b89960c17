"""Plain forms for the questionnaire: the forms whose fields are places in the case file
(base.py) and those fields (fields.py), people treated better typed as lines
(comparators.py), the steps' forms (job.py, steps.py) and a list's items (items.py)."""

from .base import DescribedForm, DocumentForm
from .comparators import ComparatorsField
from .fields import (
    AmountField,
    ChoiceField,
    DateField,
    DocField,
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
