"""Names for the ids a finding points at, as the report and the calendar write them."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pipv.engine import deadlines, labels
from pipv.engine.assessment import Assessment
from pipv.engine.i18n import gettext_noop
from pipv.engine.stages import bonus_state

from .text import _shares, day, money

# A bonus after the as-of date is not paid yet: it may never be. One dated after the job
# ended is neither: no stage counts it as the person's.
BONUS_NAMES = {
    "paid": gettext_noop("bonus of %(amount)s paid %(date)s"),
    "to_be_paid": gettext_noop("bonus of %(amount)s to be paid %(date)s"),
    "after_job": gettext_noop("bonus of %(amount)s due %(date)s, after the job ended"),
}


class Record:
    """Names for the ids a finding points at: "Asked for FMLA leave (Jul. 31, 2026)"."""

    def __init__(self, a: Assessment) -> None:
        case = a.case
        self.names: dict[str, str] = {}
        # The same things without their date, for lists that show the date beside them.
        self.kinds: dict[str, str] = {}
        for act in case.protected_activities:
            self.kinds[act.id] = _(labels.ACTIVITY_KIND.get(act.kind, act.kind))
            self.names[act.id] = self._named(labels.ACTIVITY_KIND.get(act.kind, act.kind), act.date)
        for ev in case.events:
            self.kinds[ev.id] = _(labels.EVENT_KIND.get(ev.kind, ev.kind))
            self.names[ev.id] = self._named(labels.EVENT_KIND.get(ev.kind, ev.kind), ev.date)
        price = case.compensation.share_price
        for vest in case.compensation.vests:
            one = 1 if vest.shares == 1 else 2  # "1 share", but "1.5 shares" and "2 shares"
            self.kinds[vest.id] = ngettext(
                "%(shares)s share (%(value)s)", "%(shares)s shares (%(value)s)", one
            ) % {
                "shares": _shares(vest.shares),
                "value": money(vest.shares * price),
            }
            self.names[vest.id] = ngettext(
                "%(date)s: %(shares)s share (%(value)s)",
                "%(date)s: %(shares)s shares (%(value)s)",
                one,
            ) % {
                "shares": _shares(vest.shares),
                "date": day(vest.date),
                "value": money(vest.shares * price),
            }
        for bonus in case.compensation.bonuses:
            self.names[bonus.id] = _(BONUS_NAMES[bonus_state(case, bonus)]) % {
                "amount": money(bonus.amount),
                "date": day(bonus.date),
            }
        for stage in a.stages:
            self.names[stage.id] = _("leaving on %(date)s (%(stage)s)") % {
                "date": day(stage.last_day),
                "stage": _(stage.title),
            }
        review = case.employment.last_review
        if review is not None:
            self.names["employment.last_review"] = _("last review: %(rating)s (%(date)s)") % {
                "rating": _(labels.RATING[review.rating]),
                "date": day(review.date),
            }
        if case.employment.manager_change_date:
            self.names["employment.manager_change_date"] = _("manager changed %(date)s") % {
                "date": day(case.employment.manager_change_date)
            }
        if case.severance.offer_date:
            self.names["severance.offer_date"] = _("severance offer of %(date)s") % {
                "date": day(case.severance.offer_date)
            }
        if case.severance.offer_in_hand:
            self.names[deadlines.OFFER_DAY_NOT_GIVEN] = _(
                "the severance offer you have (its day not given: counted from %(date)s)"
            ) % {"date": day(case.as_of)}
        if case.severance.release_signed_date:
            self.names["severance.release_signed_date"] = _("release signed %(date)s") % {
                "date": day(case.severance.release_signed_date)
            }
        if case.employment.ended_on:
            self.names["employment.ended_on"] = _("your last day, %(date)s") % {
                "date": day(case.employment.ended_on)
            }
        if case.employment.visa_valid_until:
            on_opt = case.employment.immigration_status == "f1_opt"
            self.names[deadlines.VISA_VALID_UNTIL] = (
                _("the end of your OPT (EAD card), %(date)s")
                if on_opt
                else _("the end date on your I-94, %(date)s")
            ) % {"date": day(case.employment.visa_valid_until)}

    @staticmethod
    def _named(label: str, when: date) -> str:
        return _("%(what)s (%(date)s)") % {"what": _(label), "date": day(when)}

    def __call__(self, ref: str) -> str:
        return self.names.get(ref, ref)

    def undated(self, ref: str) -> str:
        return self.kinds.get(ref) or self(ref)
