"""The forms of one item of a list (an activity, an event, a vest, a bonus) and of a grant."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from pipv.engine import labels
from pipv.engine.case import (
    ACTIVITY_KINDS,
    EVENT_KINDS,
    KNOWLEDGE,
    REPORTED_TO,
    SUBJECTS,
)
from pipv.engine.vesting import PATTERNS

from .fields import (
    AmountField,
    ChoiceField,
    DateField,
    DescribedForm,
    DocumentForm,
    SharesField,
    TextField,
    YesNoField,
    same_names,
)


def long_answer(label, help_text) -> TextField:
    """An optional answer in the person's own words, as long as it needs."""
    return TextField(label=label, long=True, help_text=help_text)


def witnesses_field() -> TextField:
    return long_answer(
        _("Who saw or heard it?"),
        _("a witness backs your account. A name or a role is enough."),
    )


def kind_field(label, codes, names, help_text) -> ChoiceField:
    """What an activity or an event was: one of the vocabulary's kinds, always asked."""
    return ChoiceField(
        label=label, codes=codes, names=names, blank=_("Choose one"), help_text=help_text
    )


def when_field(help_text) -> DateField:
    return DateField(label=_("When?"), required=True, help_text=help_text)


class ItemForm(DocumentForm):
    """One item of a list; ``paths`` are relative to the item."""


class ActivityForm(ItemForm):
    paths = same_names(
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
    kind = kind_field(
        _("What did you do?"),
        ACTIVITY_KINDS,
        labels.ACTIVITY_KIND,
        _("the law protects these actions from punishment."),
    )
    date = when_field(_("the time between this and what happened next matters most."))
    subject = ChoiceField(
        label=_("If you reported a wrong (whistleblowing): what was it about?"),
        codes=SUBJECTS,
        names=labels.SUBJECT,
        blank=_("Not said, or not a report"),
        required=False,
        help_text=_(
            "the law that protects a report, and its deadline, depend on what it was "
            "about. A safety complaint to OSHA is due within 30 days. Leave it empty and pipv "
            "shows every deadline that could apply."
        ),
    )
    end_date = DateField(
        label=_("If this was a leave: the last day of the leave"),
        help_text=_(
            "courts also count the time from your return to work, which can be "
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
        help_text=_("it shows who at work knew."),
    )
    in_writing = YesNoField(
        label=_("Was it in writing (email, chat, a form)?"),
        help_text=_("written records are easier to prove."),
    )
    decision_maker_knew = ChoiceField(
        label=_("Did the person who acted against you know about it?"),
        codes=KNOWLEDGE,
        names=labels.KNOWLEDGE,
        radio=True,
        help_text=_("retaliation needs the decision maker to have known."),
    )
    known_on = DateField(
        label=_("If they learned of it later: on what day?"),
        help_text=_(
            "timing counts from when the person who acted against you learned of "
            "it. Leave it empty if they knew at once or you do not know."
        ),
    )
    notes = long_answer(
        _("Notes"),
        _("a few words help you and your lawyer remember the details."),
    )
    hr_response = long_answer(
        _("What did HR or the company answer?"),
        _(
            "for a complaint, the answer or the outcome of an investigation "
            "(or that nobody answered) is one of the first things a lawyer asks."
        ),
    )
    witnesses = witnesses_field()


class EventForm(ItemForm):
    paths = same_names("kind", "date", "by", "notes", "contradicting_evidence", "witnesses")
    kind = kind_field(
        _("What happened?"),
        EVENT_KINDS,
        labels.EVENT_KIND,
        _("good and bad events together make the timeline."),
    )
    date = when_field(_("the report puts every event on one timeline."))
    by = TextField(
        label=_("By whom?"),
        help_text=_("for example “my manager”. A role is enough, no names needed."),
    )
    notes = long_answer(
        _("Notes"),
        _("what was said or written, in your own words."),
    )
    contradicting_evidence = long_answer(
        _("Evidence that contradicts it"),
        _("for example a task tracker showing the work done, or an earlier good review."),
    )
    witnesses = witnesses_field()


class VestForm(ItemForm):
    paths = same_names("date", "shares")
    date = DateField(
        label=_("Vest date"),
        required=True,
        help_text=_("leaving before this date may lose these shares."),
    )
    shares = SharesField(
        label=_("Number of shares"),
        required=True,
        help_text=_("with the share price, it gives the value at stake."),
    )


class BonusForm(ItemForm):
    paths = same_names("date", "amount", "repay_if_leave_before", "repay_amount")
    date = DateField(
        label=_("Payment date"),
        required=True,
        help_text=_("leaving before it is paid may lose it."),
    )
    amount = AmountField(
        label=_("Amount, in US dollars"),
        required=True,
        help_text=_("it is money at stake at each stage."),
    )
    repay_if_leave_before = DateField(
        label=_("Must be paid back if you leave before"),
        help_text=_("a sign-on bonus often has to be repaid if you leave early."),
    )
    repay_amount = AmountField(
        label=_("Amount to pay back, in US dollars"),
        help_text=_("leave it empty if the whole bonus must be paid back."),
    )


class GrantForm(DescribedForm):
    date = DateField(
        label=_("Grant date"),
        required=True,
        help_text=_("vest dates are counted from it."),
    )
    shares = SharesField(
        label=_("Shares granted"),
        required=True,
        help_text=_("they are split across the vest dates."),
    )
    pattern = forms.ChoiceField(
        label=_("How they vest"),
        choices=[(code, _(name)) for code, name in PATTERNS.items()],
        help_text=_("check your grant papers; you can edit each vest afterwards."),
    )
    years = forms.IntegerField(
        label=_("Over how many years"),
        min_value=1,
        max_value=10,
        initial=4,
        help_text=_("most grants vest over 4 years."),
    )
