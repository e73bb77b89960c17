"""The forms of the questionnaire's steps: one per step that asks questions of its own."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from pipv.engine.casefile import limits
from pipv.engine.money import decimal_text, money_text, price_text
from pipv.engine.processes import TERM_NAMES, profile_of

from ..paths import get_path
from .base import DescribedForm, DocumentForm
from .fields import (
    AmountField,
    count,
    money,
    weeks,
    when,
    yes_no,
)


class BeforeForm(DescribedForm):
    help_says_why = False  # its one help text is a promise, not a reason

    title = forms.CharField(
        label=_("A name for this case"),
        max_length=120,
        help_text=_("Only you see it. It helps when you try several versions of your situation."),
    )


class VisaForm(DocumentForm):
    under = "employment"
    visa_valid_until = when(
        _("Your status is valid until (the end date on your I-94)"),
        _("a grace period after a job ends cannot run past this date."),
    )
    opt_stem_extension = yes_no(
        _("Are you on the STEM extension of OPT?"),
        _("it changes how many days without a job OPT allows."),
    )
    opt_unemployment_days_used = count(
        _("Days without a job already used on OPT"),
        _("OPT allows a limited number of days without a job. Enter 0 if none."),
        most=limits.MAX_OPT_UNEMPLOYMENT_DAYS,
    )

    def __init__(self, *args, f1_opt: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not f1_opt:
            del self.fields["opt_stem_extension"]
            del self.fields["opt_unemployment_days_used"]
            return
        # An F-1 I-94 says "D/S", not a date: on OPT the date that ends status is OPT's own.
        self.reword(
            "visa_valid_until",
            _("Your OPT ends on (the end date on your EAD card)"),
            _(
                "after OPT ends, 60 days remain to leave or change status, and no days "
                "without a job."
            ),
        )


TERM_FIELDS = TERM_NAMES  # one field a severance term, in the order of ``Terms``


class SeveranceForm(DocumentForm):
    under = "severance"
    t1_weeks = weeks(
        _("Weeks of base pay if you leave at the Pivot meeting (T1)"),
        _("it is the first offer. Leave it empty to use the reported figure."),
    )
    t2_weeks = weeks(
        _("Weeks of base pay if the plan fails (T2)"),
        _("it is what leaving after a failed plan pays."),
    )
    t3_weeks = weeks(
        _("Weeks of base pay if the appeal fails (T3)"),
        _("it is what leaving after a lost appeal pays."),
    )
    extra = money(
        _("Extra amount added to each offer, in US dollars (the “+ X”)"),
        _("offers are reported as weeks of pay plus an amount nobody explains."),
    )
    grace_days = count(
        _("Days you stay employed after choosing to leave (grace period)"),
        _("your last day decides which stock vests you keep."),
        most=limits.MAX_GRACE_DAYS,
    )
    decision_business_days = count(
        _("Business days to decide after the Pivot meeting"),
        _("it is your first hard deadline."),
        most=limits.MAX_DECISION_BUSINESS_DAYS,
    )
    plan_days = count(
        _("Length of the improvement plan, in days"),
        _("it decides the last day if you stay and the plan fails."),
        most=limits.MAX_PLAN_DAYS,
    )
    appeal_days = count(
        _("Days the appeal takes"),
        _("it decides the last day if you appeal."),
        most=limits.MAX_APPEAL_DAYS,
    )
    offer_in_hand = yes_no(
        _("Do you have a written severance offer now?"),
        _("an offer with a release starts its own deadlines."),
    )

    def __init__(self, *args, process: str | None = None, defaults=None, relevant=(), **kwargs):
        super().__init__(*args, **kwargs)
        if not profile_of(process).has_pivot and "t2_weeks" in self.fields:
            # T1-T3 name Amazon's tiers; another employer's plan has only this one.
            self.reword("t2_weeks", _("Weeks of base pay if the plan fails"))
        for name in TERM_FIELDS:
            if name not in relevant:
                del self.fields[name]
                continue
            if defaults is not None:
                default = getattr(defaults, name)
                shown = f"${money_text(default)}" if name == "extra" else decimal_text(default)
                note = gettext(profile_of(process).left_empty_note)
                self.fields[name].default_note = note % {"value": shown}


class OfferForm(DocumentForm):
    under = "severance"
    offer_date = when(
        _("Date you received the offer"),
        _("the time to consider a release is counted from this day."),
    )
    group_exit = yes_no(
        _("Were other people offered an exit at the same time?"),
        _(
            "at 40 or over, a group offer gives you 45 "
            "days to consider instead of 21, and a list of who was chosen."
        ),
    )
    release_signed_date = when(
        _("Date you signed the release, if you did"),
        _("after signing, there are usually 7 days to change your mind."),
    )

    def __init__(self, *args, age_40_or_over: bool = False, offer_in_hand: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not age_40_or_over:
            del self.fields["group_exit"]
        elif not offer_in_hand:
            # Shown only for answers kept after "no offer now": nothing more is asked of an
            # offer the person does not have, only what is saved may be cleared.
            self.fields["group_exit"].required = False


class PayForm(DocumentForm):
    under = "compensation"
    share_price = AmountField(
        label=_("Share price today, in US dollars"),
        places=4,
        write=price_text,
        help_text=_("it turns your unvested shares into dollars. Needed if you list any vests."),
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
