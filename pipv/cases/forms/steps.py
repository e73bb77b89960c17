"""The forms of the questionnaire's steps: one per step that asks questions of its own."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from pipv.engine.casefile import limits
from pipv.engine.money import decimal_text, money_text, price_text
from pipv.engine.processes import profile_of

from ..paths import get_path
from .fields import (
    AmountField,
    DateField,
    DescribedForm,
    DocumentForm,
    WeeksField,
    WholeField,
    YesNoField,
    same_names,
)


class BeforeForm(DescribedForm):
    help_says_why = False  # its one help text is a promise, not a reason

    title = forms.CharField(
        label=_("A name for this case"),
        max_length=120,
        help_text=_("Only you see it. It helps when you try several versions of your situation."),
    )


class VisaForm(DocumentForm):
    paths = same_names(
        "visa_valid_until", "opt_stem_extension", "opt_unemployment_days_used", under="employment"
    )
    visa_valid_until = DateField(
        label=_("Your status is valid until (the end date on your I-94)"),
        help_text=_("a grace period after a job ends cannot run past this date."),
    )
    opt_stem_extension = YesNoField(
        label=_("Are you on the STEM extension of OPT?"),
        help_text=_("it changes how many days without a job OPT allows."),
    )
    opt_unemployment_days_used = WholeField(
        label=_("Days without a job already used on OPT"),
        max_value=limits.MAX_OPT_UNEMPLOYMENT_DAYS,
        help_text=_("OPT allows a limited number of days without a job. Enter 0 if none."),
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
    paths = same_names(*TERM_FIELDS, "offer_in_hand", under="severance")
    t1_weeks = WeeksField(
        label=_("Weeks of base pay if you leave at the Pivot meeting (T1)"),
        help_text=_("it is the first offer. Leave it empty to use the reported figure."),
    )
    t2_weeks = WeeksField(
        label=_("Weeks of base pay if the plan fails (T2)"),
        help_text=_("it is what leaving after a failed plan pays."),
    )
    t3_weeks = WeeksField(
        label=_("Weeks of base pay if the appeal fails (T3)"),
        help_text=_("it is what leaving after a lost appeal pays."),
    )
    extra = AmountField(
        label=_("Extra amount added to each offer, in US dollars (the “+ X”)"),
        help_text=_("offers are reported as weeks of pay plus an amount nobody explains."),
    )
    grace_days = WholeField(
        label=_("Days you stay employed after choosing to leave (grace period)"),
        max_value=limits.MAX_GRACE_DAYS,
        help_text=_("your last day decides which stock vests you keep."),
    )
    decision_business_days = WholeField(
        label=_("Business days to decide after the Pivot meeting"),
        max_value=limits.MAX_DECISION_BUSINESS_DAYS,
        help_text=_("it is your first hard deadline."),
    )
    plan_days = WholeField(
        label=_("Length of the improvement plan, in days"),
        max_value=limits.MAX_PLAN_DAYS,
        help_text=_("it decides the last day if you stay and the plan fails."),
    )
    appeal_days = WholeField(
        label=_("Days the appeal takes"),
        max_value=limits.MAX_APPEAL_DAYS,
        help_text=_("it decides the last day if you appeal."),
    )
    offer_in_hand = YesNoField(
        label=_("Do you have a written severance offer now?"),
        help_text=_("an offer with a release starts its own deadlines."),
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
    paths = same_names("offer_date", "group_exit", "release_signed_date", under="severance")
    offer_date = DateField(
        label=_("Date you received the offer"),
        help_text=_("the time to consider a release is counted from this day."),
    )
    group_exit = YesNoField(
        label=_("Were other people offered an exit at the same time?"),
        help_text=_(
            "at 40 or over, a group offer gives you 45 "
            "days to consider instead of 21, and a list of who was chosen."
        ),
    )
    release_signed_date = DateField(
        label=_("Date you signed the release, if you did"),
        help_text=_("after signing, there are usually 7 days to change your mind."),
    )

    def __init__(self, *args, age_40_or_over: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not age_40_or_over:
            del self.fields["group_exit"]


class PayForm(DocumentForm):
    paths = same_names("share_price", under="compensation")
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
