"""Plain forms for the questionnaire, and the fields that turn answers into case-file values.

Each step form names, for every field, where its answer lives in the case file
(``paths``), so saving, showing the saved answer and pointing an engine problem
back at its field are all the same small loop.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pipv.engine import labels
from pipv.engine.case import (
    ACTIVITY_KINDS,
    ARBITRATION,
    EVENT_KINDS,
    EXIT_PATHS,
    IMMIGRATION_STATUSES,
    KNOWLEDGE,
    PROCESSES,
    PROTECTED_CHARACTERISTICS,
    RATINGS,
    REPORTED_TO,
    SUBJECTS,
    US_STATES,
)
from pipv.engine.casefile import MAX_LONG_TEXT, MAX_SHORT_TEXT
from pipv.engine.money import decimal_text, money_text, price_text
from pipv.engine.processes import profile_of
from pipv.engine.vesting import PATTERNS

from .money import parse_amount

MISSING = object()


def choices(codes, names) -> list[tuple[str, Any]]:
    return [(code, _(names[code])) for code in codes]


def describe(form: forms.BaseForm) -> None:
    """Tie every input to its hint and its error slot (the slot is always in the page)."""
    for name, field in form.fields.items():
        auto_id = form[name].auto_id
        ids = [f"{auto_id}_helptext"] if field.help_text else []
        ids.append(f"{auto_id}_error")
        field.widget.attrs.setdefault("aria-describedby", " ".join(ids))


class DescribedForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        describe(self)
        for field in self.fields.values():
            if (
                field.error_messages.get("required")
                is forms.Field.default_error_messages["required"]
            ):
                field.error_messages["required"] = _("Please answer this question.")


# --------------------------------------------------------------------------- fields


class DocField:
    """How a field's value is written to and read from the case file."""

    def to_document(self, value: Any) -> Any:
        return value if value not in ("", None) else None

    def from_document(self, value: Any) -> Any:
        return value


class TextField(DocField, forms.CharField):
    def __init__(self, *, long: bool = False, **kwargs):
        kwargs.setdefault("max_length", MAX_LONG_TEXT if long else MAX_SHORT_TEXT)
        kwargs.setdefault("required", False)
        if long:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 3}))
        super().__init__(**kwargs)
        self.error_messages["max_length"] = _(
            "This is too long: at most %(limit_value)d characters (it has %(show_value)d)."
        )


class DateField(DocField, forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    input_formats = ["%Y-%m-%d", "%m/%d/%Y"]
    default_error_messages = {
        "invalid": _("Enter a real date, for example 2026-03-31."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_document(self, value: datetime.date | None) -> str | None:
        return value.isoformat() if value else None


class AmountField(DocField, forms.CharField):
    """Money or a share count, typed the way people write it."""

    messages = {
        "negative": _("Enter an amount without a minus sign."),
        "not_number": _('Enter an amount in dollars, for example "165,000" or "165000.00".'),
        "too_precise": _("Use at most %(places)d digits after the decimal point."),
    }

    def __init__(self, *, places: int = 2, write=money_text, **kwargs):
        self.places = places
        self.write = write
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value: Any) -> Decimal | None:
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            if len(value) > 40:
                raise ValueError("not_number")
            return parse_amount(value, self.places)
        except ValueError as exc:
            message = self.messages[str(exc)]
            raise forms.ValidationError(message, params={"places": self.places}) from None

    def to_document(self, value: Decimal | None) -> str | None:
        return self.write(value) if value is not None else None


class SharesField(AmountField):
    not_number = _('Enter a number of shares, for example "40" or "12.5".')

    def __init__(self, **kwargs):
        super().__init__(places=4, write=decimal_text, **kwargs)
        self.messages = {**self.messages, "not_number": self.not_number}


class WeeksField(DocField, forms.DecimalField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(min_value=0, max_value=520, decimal_places=2, **kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "step": "any"})

    def to_document(self, value: Decimal | None) -> int | str | None:
        if value is None:
            return None
        return int(value) if value == value.to_integral_value() else decimal_text(value)


class WholeField(DocField, forms.IntegerField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("min_value", 0)
        super().__init__(**kwargs)


class ChoiceField(DocField, forms.ChoiceField):
    def __init__(self, *, codes, names, radio: bool = False, blank: str | None = None, **kwargs):
        options = choices(codes, names)
        if blank is not None:
            options = [("", blank), *options]
        if radio:
            kwargs.setdefault("widget", forms.RadioSelect)
        super().__init__(choices=options, **kwargs)


class YesNoField(DocField, forms.TypedChoiceField):
    """Yes or no, asked as two radio buttons so that "not answered yet" stays visible."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", True)
        super().__init__(
            choices=[("yes", _("Yes")), ("no", _("No"))],
            coerce=lambda v: v == "yes",
            empty_value=None,
            widget=forms.RadioSelect,
            **kwargs,
        )
        self.error_messages["required"] = _("Choose yes or no.")

    def to_document(self, value: bool | None) -> bool | None:
        return value

    def from_document(self, value: Any) -> Any:
        if isinstance(value, bool):
            return "yes" if value else "no"
        return None


class ManyField(DocField, forms.MultipleChoiceField):
    """Several codes, asked as checkboxes; none ticked leaves the key out."""

    def __init__(self, *, codes, names, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(
            choices=choices(codes, names), widget=forms.CheckboxSelectMultiple, **kwargs
        )

    def to_document(self, value: list[str]) -> list[str] | None:
        return list(value) or None


class ComparatorsField(TextField):
    """People treated better, one a line: "who: what happened to them".

    The case file keeps them as a list of {"who", "what_happened"}; typed as lines they need
    no list of their own on the page.
    """

    def __init__(self, **kwargs):
        super().__init__(long=True, **kwargs)

    def to_document(self, value: str) -> list[dict[str, str]] | None:
        people = []
        for line in (value or "").splitlines():
            # A Chinese keyboard types the full-width colon.
            who, _sep, what = line.replace("：", ":", 1).partition(":")
            if who.strip():
                people.append({"who": who.strip()[:MAX_SHORT_TEXT], "what_happened": what.strip()})
        return people or None

    def from_document(self, value: Any) -> Any:
        if not isinstance(value, list):
            return None
        lines = []
        for person in value:
            if isinstance(person, dict) and person.get("who"):
                what = str(person.get("what_happened") or "")
                lines.append(f"{person['who']}: {what}" if what else str(person["who"]))
        return "\n".join(lines) or None


# --------------------------------------------------------------------------- reading and writing


def get_path(doc: dict, path: str) -> Any:
    node: Any = doc
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return MISSING
        node = node[key]
    return node


def put_path(doc: dict, path: str, value: Any) -> None:
    """Write a value; ``None`` removes the key (a term left out means "use the default")."""
    *parents, last = path.split(".")
    node = doc
    for key in parents:
        if not isinstance(node.get(key), dict):
            if value is None:
                return
            node[key] = {}
        node = node[key]
    if value is None:
        node.pop(last, None)
    else:
        node[last] = value


class DocumentForm(DescribedForm):
    """A form whose fields are places in the case file (``paths``: field name -> path)."""

    paths: dict[str, str] = {}

    def __init__(self, *args, document: dict | None = None, **kwargs):
        self.document = document or {}
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            for name, field in self.fields.items():
                value = get_path(self.document, self.paths[name])
                if value is not MISSING and value is not None and isinstance(field, DocField):
                    self.initial.setdefault(name, field.from_document(value))

    def write(self, doc: dict) -> None:
        """Write every answer that is valid; the others keep their saved value."""
        for name, value in self.cleaned_data.items():
            field = self.fields[name]
            if isinstance(field, DocField) and name in self.paths:
                put_path(doc, self.paths[name], field.to_document(value))

    def field_for_path(self, path: str) -> str | None:
        for name, own in self.paths.items():
            if own == path and name in self.fields:
                return name
        return None


# --------------------------------------------------------------------------- the steps' forms


class BeforeForm(DescribedForm):
    title = forms.CharField(
        label=_("A name for this case"),
        max_length=120,
        help_text=_("Only you see it. It helps when you try several versions of your situation."),
    )


class JobForm(DocumentForm):
    paths = {
        "employee_name": "employment.employee_name",
        "employer": "employment.employer",
        "process": "employment.process",
        "work_state": "employment.work_state",
        "start_date": "employment.start_date",
        "base_salary_annual": "employment.base_salary_annual",
        "age_40_or_over": "employment.age_40_or_over",
        "immigration_status": "employment.immigration_status",
        "last_review_date": "employment.last_review.date",
        "last_review_rating": "employment.last_review.rating",
        "manager_change_date": "employment.manager_change_date",
        "job_title": "employment.job_title",
        "job_level": "employment.job_level",
        "weekly_hours": "employment.weekly_hours",
        "employee_count": "employment.employee_count",
        "arbitration_agreement": "employment.arbitration_agreement",
        "comparators": "employment.comparators",
        "protected_characteristics": "employment.protected_characteristics",
        "employer_public": "employment.employer_public",
        "work_city": "employment.work_city",
        "ended_on": "employment.ended_on",
        "exit_path": "employment.exit_path",
        "as_of": "as_of",
    }
    employee_name = TextField(
        label=_("Your name on the report"),
        help_text=_(
            "Why we ask: it is printed on the report "
            "for your lawyer. Leave it empty to stay anonymous."
        ),
    )
    employer = TextField(
        label=_("Employer"),
        required=True,
        help_text=_("Why we ask: the report names the company you work for."),
    )
    process = ChoiceField(
        label=_("Which process are you in, or afraid of?"),
        codes=PROCESSES,
        names=labels.PROCESS,
        radio=True,
        help_text=_("Why we ask: the stages, offers and deadlines depend on it."),
    )
    work_state = ChoiceField(
        label=_("State where you work"),
        codes=US_STATES,
        names=labels.STATE,
        blank=_("Choose a state"),
        help_text=_("Why we ask: state law sets some deadlines and protections."),
    )
    start_date = DateField(
        label=_("First day at this employer"),
        required=True,
        help_text=_(
            "Why we ask: your length of service counts for severance and some protections."
        ),
    )
    base_salary_annual = AmountField(
        label=_("Base salary per year, in US dollars"),
        required=True,
        help_text=_("Why we ask: severance is counted in weeks of base pay. Write it as 165,000."),
    )
    age_40_or_over = YesNoField(
        label=_("Are you 40 or older?"),
        help_text=_(
            "Why we ask: at 40 or over, federal law gives you more "
            "time to consider a severance agreement. We do not ask your age."
        ),
    )
    immigration_status = ChoiceField(
        label=_("Immigration status"),
        codes=IMMIGRATION_STATUSES,
        names=labels.IMMIGRATION_STATUS,
        blank=_("Choose one"),
        help_text=_(
            "Why we ask: on a work visa, losing the job starts a clock for staying in the U.S."
        ),
    )
    last_review_date = DateField(
        label=_("Date of your last performance review"),
        help_text=_("Why we ask: a good review shortly before a plan is an important fact."),
    )
    last_review_rating = ChoiceField(
        label=_("Rating in that review"),
        codes=RATINGS,
        names=labels.RATING,
        blank=_("Choose one"),
        required=False,
        help_text=_("Why we ask: it shows how the employer rated you before the plan."),
    )
    manager_change_date = DateField(
        label=_("When did your current manager start managing you?"),
        help_text=_(
            "Why we ask: a new manager shortly before a plan is part "
            "of the timeline. Leave it empty if your manager did not change."
        ),
    )
    # What an intake lawyer asks next; each optional.
    job_title = TextField(
        label=_("Your job title"),
        help_text=_(
            "Why we ask: a lawyer compares you with people in the same role and looks up "
            "what your job involves."
        ),
    )
    job_level = TextField(
        label=_("Your level or grade"),
        help_text=_("Why we ask: for example “L6”. Severance and comparisons often follow it."),
    )
    weekly_hours = WholeField(
        label=_("About how many hours a week do you work?"),
        max_value=168,
        help_text=_(
            "Why we ask: FMLA leave needs 12 months at the employer and 1,250 hours in the "
            "last 12 months (about 24 hours a week)."
        ),
    )
    employee_count = WholeField(
        label=_("About how many people work for your employer?"),
        max_value=10_000_000,
        help_text=_(
            "Why we ask: the laws apply by size. FMLA needs 50 employees within 75 miles, "
            "Title VII and the ADA 15, the age law (ADEA) 20. A guess is fine."
        ),
    )
    arbitration_agreement = ChoiceField(
        label=_("Did you sign an arbitration agreement?"),
        codes=ARBITRATION,
        names=labels.ARBITRATION,
        radio=True,
        required=False,
        help_text=_(
            "Why we ask: it may send a claim to private arbitration instead of a court. It "
            "is often in the offer letter or the onboarding papers."
        ),
    )
    comparators = ComparatorsField(
        label=_("People in a similar role who were treated better"),
        help_text=_(
            "Why we ask: a lawyer compares how others were treated. One person a line: "
            "who (a name or a role), a colon, then what happened to them. For example: "
            "“Teammate, same level: missed the same goal, no plan”."
        ),
    )
    protected_characteristics = ManyField(
        label=_("Do you think any of these played a part?"),
        codes=PROTECTED_CHARACTERISTICS,
        names=labels.PROTECTED_CHARACTERISTIC,
        help_text=_(
            "Why we ask: the law forbids treating someone worse because of these. A lawyer "
            "asks so as to know which laws could apply. Tick none, or “I prefer not to say”, "
            "if you would rather not answer; pipv weighs none of them."
        ),
    )
    employer_public = YesNoField(
        label=_("Are your employer's shares traded on a stock exchange? (optional)"),
        required=False,
        help_text=_(
            "Why we ask: the Sarbanes-Oxley Act protects reports of fraud only at publicly "
            "traded companies. Leave it empty if you are not sure."
        ),
    )
    work_city = TextField(
        label=_("City where you work"),
        help_text=_(
            "Why we ask: some cities, such as New York City or Seattle, have their own agency "
            "and deadlines."
        ),
    )
    ended_on = DateField(
        label=_("If your job has already ended: your last day"),
        help_text=_(
            "Why we ask: once the job has ended, COBRA and any visa grace period run from your "
            "real last day, and pipv stops showing ways of leaving that are no longer open."
        ),
    )
    exit_path = ChoiceField(
        label=_("How did it end?"),
        codes=EXIT_PATHS,
        names=labels.EXIT_PATH,
        blank=_("Choose one"),
        required=False,
        help_text=_(
            "Why we ask: a plan or an appeal that ended the job is plainly an action against "
            "you, which matters for the timing."
        ),
    )
    as_of = DateField(
        label=_("Work things out as of this date"),
        help_text=_(
            "Why we ask: leave it empty and pipv counts deadlines and amounts from today, "
            "each time you open the results. Choose a date only to see how things stood then."
        ),
    )

    def clean(self):
        data = super().clean()
        has_date = bool(data.get("last_review_date"))
        has_rating = bool(data.get("last_review_rating"))
        if has_date and not has_rating and "last_review_rating" not in self.errors:
            self.add_error("last_review_rating", _("Choose the rating, or clear the date."))
        if has_rating and not has_date and "last_review_date" not in self.errors:
            self.add_error("last_review_date", _("Enter the date, or clear the rating."))
        if data.get("exit_path") and not data.get("ended_on") and "ended_on" not in self.errors:
            self.add_error("ended_on", _("Enter your last day, or clear how it ended."))
        return data


class VisaForm(DocumentForm):
    paths = {
        "visa_valid_until": "employment.visa_valid_until",
        "opt_stem_extension": "employment.opt_stem_extension",
        "opt_unemployment_days_used": "employment.opt_unemployment_days_used",
    }
    visa_valid_until = DateField(
        label=_("Your status is valid until (the end date on your I-94)"),
        help_text=_("Why we ask: a grace period after a job ends cannot run past this date."),
    )
    opt_stem_extension = YesNoField(
        label=_("Are you on the STEM extension of OPT?"),
        help_text=_("Why we ask: it changes how many days without a job OPT allows."),
    )
    opt_unemployment_days_used = WholeField(
        label=_("Days without a job already used on OPT"),
        max_value=150,
        help_text=_(
            "Why we ask: OPT allows a limited number of days without a job. Enter 0 if none."
        ),
    )

    def __init__(self, *args, f1_opt: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not f1_opt:
            del self.fields["opt_stem_extension"]
            del self.fields["opt_unemployment_days_used"]


TERM_FIELDS = (
    "t1_weeks",
    "t2_weeks",
    "t3_weeks",
    "extra",
    "grace_days",
    "decision_business_days",
    "plan_days",
    "appeal_days",
)


class SeveranceForm(DocumentForm):
    paths = {name: f"severance.{name}" for name in (*TERM_FIELDS, "offer_in_hand")}
    t1_weeks = WeeksField(
        label=_("Weeks of base pay if you leave at the Pivot meeting (T1)"),
        help_text=_(
            "Why we ask: it is the first offer. Leave it empty to use the reported figure."
        ),
    )
    t2_weeks = WeeksField(
        label=_("Weeks of base pay if the plan fails (T2)"),
        help_text=_("Why we ask: it is what leaving after a failed plan pays."),
    )
    t3_weeks = WeeksField(
        label=_("Weeks of base pay if the appeal fails (T3)"),
        help_text=_("Why we ask: it is what leaving after a lost appeal pays."),
    )
    extra = AmountField(
        label=_("Extra amount added to each offer, in US dollars (the “+ X”)"),
        help_text=_(
            "Why we ask: offers are reported as weeks of pay plus an amount nobody explains."
        ),
    )
    grace_days = WholeField(
        label=_("Days you stay employed after choosing to leave (grace period)"),
        max_value=365,
        help_text=_("Why we ask: your last day decides which stock vests you keep."),
    )
    decision_business_days = WholeField(
        label=_("Business days to decide after the Pivot meeting"),
        max_value=60,
        help_text=_("Why we ask: it is your first hard deadline."),
    )
    plan_days = WholeField(
        label=_("Length of the improvement plan, in days"),
        max_value=730,
        help_text=_("Why we ask: it decides the last day if you stay and the plan fails."),
    )
    appeal_days = WholeField(
        label=_("Days the appeal takes"),
        max_value=365,
        help_text=_("Why we ask: it decides the last day if you appeal."),
    )
    offer_in_hand = YesNoField(
        label=_("Do you have a written severance offer now?"),
        help_text=_("Why we ask: an offer with a release starts its own deadlines."),
    )

    def __init__(self, *args, process: str | None = None, defaults=None, relevant=(), **kwargs):
        super().__init__(*args, **kwargs)
        for name in TERM_FIELDS:
            if name not in relevant:
                del self.fields[name]
                continue
            if defaults is not None:
                default = getattr(defaults, name)
                shown = f"${money_text(default)}" if name == "extra" else decimal_text(default)
                if profile_of(process).reported_terms:
                    note = _("Left empty: %(value)s, as publicly reported for Amazon (unverified).")
                else:
                    note = _("Left empty: %(value)s. Most employers publish no figure.")
                self.fields[name].default_note = note % {"value": shown}


class OfferForm(DocumentForm):
    paths = {
        "offer_date": "severance.offer_date",
        "group_exit": "severance.group_exit",
        "release_signed_date": "severance.release_signed_date",
    }
    offer_date = DateField(
        label=_("Date you received the offer"),
        help_text=_("Why we ask: the time to consider a release is counted from this day."),
    )
    group_exit = YesNoField(
        label=_("Were other people offered an exit at the same time?"),
        help_text=_(
            "Why we ask: at 40 or over, a group offer gives you 45 "
            "days to consider instead of 21, and a list of who was chosen."
        ),
    )
    release_signed_date = DateField(
        label=_("Date you signed the release, if you did"),
        help_text=_("Why we ask: after signing, there are usually 7 days to change your mind."),
    )

    def __init__(self, *args, age_40_or_over: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not age_40_or_over:
            del self.fields["group_exit"]


class PayForm(DocumentForm):
    paths = {"share_price": "compensation.share_price"}
    share_price = AmountField(
        label=_("Share price today, in US dollars"),
        places=4,
        write=price_text,
        help_text=_(
            "Why we ask: it turns your unvested shares into dollars. Needed if you list any vests."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["share_price"]
        vests = get_path(self.document, "compensation.vests")
        if isinstance(vests, list) and vests:
            # The engine needs a price once there are vests: say so, and check it here.
            field.required = True
        else:
            # Not "(optional)": a vest added in place would make that untrue on this page.
            field.optional_note = _("(needed once you list a vest)")


# --------------------------------------------------------------------------- repeating items


class ItemForm(DocumentForm):
    """One item of a list; ``paths`` are relative to the item."""


class ActivityForm(ItemForm):
    paths = {
        name: name
        for name in (
            "kind",
            "date",
            "subject",
            "end_date",
            "reported_to",
            "in_writing",
            "decision_maker_knew",
            "known_on",
            "notes",
            "hr_response",
            "witnesses",
        )
    }
    kind = ChoiceField(
        label=_("What did you do?"),
        codes=ACTIVITY_KINDS,
        names=labels.ACTIVITY_KIND,
        blank=_("Choose one"),
        help_text=_("Why we ask: the law protects these actions from punishment."),
    )
    date = DateField(
        label=_("When?"),
        required=True,
        help_text=_("Why we ask: the time between this and what happened next matters most."),
    )
    subject = ChoiceField(
        label=_("If you reported a wrong (whistleblowing): what was it about?"),
        codes=SUBJECTS,
        names=labels.SUBJECT,
        blank=_("Not said, or not a report"),
        required=False,
        help_text=_(
            "Why we ask: the law that protects a report, and its deadline, depend on what it was "
            "about. A safety complaint to OSHA is due within 30 days. Leave it empty and pipv "
            "shows every deadline that could apply."
        ),
    )
    end_date = DateField(
        label=_("If this was a leave: the last day of the leave"),
        help_text=_(
            "Why we ask: courts also count the time from your return to work, which can be "
            "much closer to what happened next. Leave it empty if it was not a leave."
        ),
    )
    reported_to = ChoiceField(
        label=_("Who did you tell?"),
        codes=REPORTED_TO,
        names=labels.REPORTED_TO,
        # Nothing chosen for the person: left as it is, no answer is recorded.
        blank=_("Choose one"),
        required=False,
        help_text=_("Why we ask: it shows who at work knew."),
    )
    in_writing = YesNoField(
        label=_("Was it in writing (email, chat, a form)?"),
        help_text=_("Why we ask: written records are easier to prove."),
    )
    decision_maker_knew = ChoiceField(
        label=_("Did the person who acted against you know about it?"),
        codes=KNOWLEDGE,
        names=labels.KNOWLEDGE,
        radio=True,
        help_text=_("Why we ask: retaliation needs the decision maker to have known."),
    )
    known_on = DateField(
        label=_("If they learned of it later: on what day?"),
        help_text=_(
            "Why we ask: timing counts from when the person who acted against you learned of "
            "it. Leave it empty if they knew at once or you do not know."
        ),
    )
    notes = TextField(
        label=_("Notes"),
        long=True,
        help_text=_("Why we ask: a few words help you and your lawyer remember the details."),
    )
    hr_response = TextField(
        label=_("What did HR or the company answer?"),
        long=True,
        help_text=_(
            "Why we ask: for a complaint, the answer or the outcome of an investigation "
            "(or that nobody answered) is one of the first things a lawyer asks."
        ),
    )
    witnesses = TextField(
        label=_("Who saw or heard it?"),
        long=True,
        help_text=_("Why we ask: a witness backs your account. A name or a role is enough."),
    )


class EventForm(ItemForm):
    paths = {
        name: name
        for name in ("kind", "date", "by", "notes", "contradicting_evidence", "witnesses")
    }
    kind = ChoiceField(
        label=_("What happened?"),
        codes=EVENT_KINDS,
        names=labels.EVENT_KIND,
        blank=_("Choose one"),
        help_text=_("Why we ask: good and bad events together make the timeline."),
    )
    date = DateField(
        label=_("When?"),
        required=True,
        help_text=_("Why we ask: the report puts every event on one timeline."),
    )
    by = TextField(
        label=_("By whom?"),
        help_text=_("Why we ask: for example “my manager”. A role is enough, no names needed."),
    )
    notes = TextField(
        label=_("Notes"),
        long=True,
        help_text=_("Why we ask: what was said or written, in your own words."),
    )
    contradicting_evidence = TextField(
        label=_("Evidence that contradicts it"),
        long=True,
        help_text=_(
            "Why we ask: for example a task tracker "
            "showing the work done, or an earlier good review."
        ),
    )
    witnesses = TextField(
        label=_("Who saw or heard it?"),
        long=True,
        help_text=_("Why we ask: a witness backs your account. A name or a role is enough."),
    )


class VestForm(ItemForm):
    paths = {"date": "date", "shares": "shares"}
    date = DateField(
        label=_("Vest date"),
        required=True,
        help_text=_("Why we ask: leaving before this date may lose these shares."),
    )
    shares = SharesField(
        label=_("Number of shares"),
        required=True,
        help_text=_("Why we ask: with the share price, it gives the value at stake."),
    )


class BonusForm(ItemForm):
    paths = {
        "date": "date",
        "amount": "amount",
        "repay_if_leave_before": "repay_if_leave_before",
        "repay_amount": "repay_amount",
    }
    date = DateField(
        label=_("Payment date"),
        required=True,
        help_text=_("Why we ask: leaving before it is paid may lose it."),
    )
    amount = AmountField(
        label=_("Amount, in US dollars"),
        required=True,
        help_text=_("Why we ask: it is money at stake at each stage."),
    )
    repay_if_leave_before = DateField(
        label=_("Must be paid back if you leave before"),
        help_text=_("Why we ask: a sign-on bonus often has to be repaid if you leave early."),
    )
    repay_amount = AmountField(
        label=_("Amount to pay back, in US dollars"),
        help_text=_("Why we ask: leave it empty if the whole bonus must be paid back."),
    )


class GrantForm(DescribedForm):
    date = DateField(
        label=_("Grant date"),
        required=True,
        help_text=_("Why we ask: vest dates are counted from it."),
    )
    shares = SharesField(
        label=_("Shares granted"),
        required=True,
        help_text=_("Why we ask: they are split across the vest dates."),
    )
    pattern = forms.ChoiceField(
        label=_("How they vest"),
        choices=[(code, _(name)) for code, name in PATTERNS.items()],
        help_text=_("Why we ask: check your grant papers; you can edit each vest afterwards."),
    )
    years = forms.IntegerField(
        label=_("Over how many years"),
        min_value=1,
        max_value=10,
        initial=4,
        help_text=_("Why we ask: most grants vest over 4 years."),
    )
