"""The forms of one item of a list (an activity, an event, a vest, a bonus) and of a grant."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from pipv.engine import vocabulary
from pipv.engine.vesting import PATTERNS

from .base import DescribedForm, DocumentForm
from .fields import (
    DateField,
    SharesField,
    WholeField,
    choice,
    long_answer,
    money,
    text,
    when,
    yes_no,
)


def witnesses_field():
    return long_answer(
        _("Who saw or heard it?"),
        _("a witness backs your account. A name or a role is enough."),
    )


def when_field(help_text) -> DateField:
    return when(_("When?"), help_text, required=True)


class ItemForm(DocumentForm):
    """One item of a list; ``paths`` are relative to the item."""


class ActivityForm(ItemForm):
    kind = choice(
        _("What did you do?"),
        vocabulary.ACTIVITY_KIND,
        _("the law protects these actions from punishment."),
    )
    date = when_field(_("the time between this and what happened next matters most."))
    subject = choice(
        _("If you reported a wrong (whistleblowing): what was it about?"),
        vocabulary.SUBJECT,
        _(
            "the law that protects a report, and its deadline, depend on what it was "
            "about. A safety complaint to OSHA is due within 30 days. Leave it empty and pipv "
            "shows every deadline that could apply."
        ),
        blank=_("Not said, or not a report"),
        required=False,
    )
    end_date = when(
        _("If this was a leave: the day you went back to work"),
        _(
            "courts also count the time from your return to work, which can be much closer "
            "to what happened next. If you did not go back, give the leave's last day. Leave "
            "it empty if it was not a leave."
        ),
    )
    reported_to = choice(
        _("Who did you tell?"),
        vocabulary.REPORTED_TO,
        _("it shows who at work knew."),
        # Nothing chosen for the person: left as it is, no answer is recorded.
        required=False,
    )
    in_writing = yes_no(
        _("Was it in writing (email, chat, a form)?"),
        _("written records are easier to prove."),
    )
    decision_maker_knew = choice(
        _("Did the person who acted against you know about it?"),
        vocabulary.KNOWLEDGE,
        _("retaliation needs the decision maker to have known."),
        radio=True,
    )
    known_on = when(
        _("If they learned of it later: on what day?"),
        _(
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
    kind = choice(
        _("What happened?"),
        vocabulary.EVENT_KIND,
        _("good and bad events together make the timeline."),
    )
    date = when_field(_("the report puts every event on one timeline."))
    by = text(
        _("By whom?"),
        _("for example “my manager”. A role is enough, no names needed."),
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
    date = when(
        _("Vest date"),
        _("leaving before this date may lose these shares."),
        required=True,
    )
    shares = SharesField(
        label=_("Number of shares"),
        required=True,
        help_text=_("with the share price, it gives the value at stake."),
    )


class BonusForm(ItemForm):
    date = when(
        _("Payment date"),
        _("leaving before it is paid may lose it."),
        required=True,
    )
    amount = money(
        _("Amount, in US dollars"),
        _("it is money at stake at each stage."),
        required=True,
    )
    repay_if_leave_before = when(
        _("Must be paid back if you leave before"),
        _("a sign-on bonus often has to be repaid if you leave early."),
    )
    repay_amount = money(
        _("Amount to pay back, in US dollars"),
        _("leave it empty if the whole bonus must be paid back."),
    )

    def clean(self):
        data = super().clean()
        paid, until = data.get("date"), data.get("repay_if_leave_before")
        # Leaving before a day that comes before the payment is leaving before the bonus is
        # paid: nothing to pay back, so the date is a slip (a year typed wrong, most often).
        if paid and until and until <= paid:
            self.add_error(
                "repay_if_leave_before",
                _("This day comes before the payment date: check the year of both."),
            )
        return data


class GrantForm(DescribedForm):
    date = when(_("Grant date"), _("vest dates are counted from it."), required=True)
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
    # In the questionnaire's own words ("Enter 1 or more"), not Django's "Ensure this value is
    # greater than or equal to 1.", which a Chinese reader got in Django's own Chinese.
    years = WholeField(
        required=True,
        label=_("Over how many years"),
        min_value=1,
        max_value=10,
        initial=4,
        help_text=_("most grants vest over 4 years."),
    )
