"""The job step's form: the most questions of any step, and what an intake lawyer asks next."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pipv.engine import labels, vocabulary
from pipv.engine.case import PROCESSES
from pipv.engine.casefile import limits

from .base import DocumentForm
from .comparators import ComparatorsField
from .fields import (
    ChoiceField,
    choice,
    count,
    many,
    money,
    text,
    when,
    yes_no,
)


class JobForm(DocumentForm):
    under = "employment"
    # The last review is an object of its own; the as-of date is the case's, not the job's.
    elsewhere = {
        "last_review_date": "employment.last_review.date",
        "last_review_rating": "employment.last_review.rating",
        "as_of": "as_of",
    }
    employee_name = text(
        _("Your name on the report"),
        _("it is printed on the report for your lawyer. Leave it empty to stay anonymous."),
    )
    employer = text(_("Employer"), _("the report names the company you work for."), required=True)
    process = ChoiceField(
        label=_("Which process are you in, or afraid of?"),
        codes=PROCESSES,
        names=labels.PROCESS,
        radio=True,
        help_text=_("the stages, offers and deadlines depend on it."),
    )
    work_state = choice(
        _("State where you work"),
        vocabulary.STATE,
        _("state law sets some deadlines and protections."),
        blank=_("Choose a state"),
    )
    start_date = when(
        _("First day at this employer"),
        _("your length of service counts for severance and some protections."),
        required=True,
    )
    base_salary_annual = money(
        _("Base salary per year, in US dollars"),
        _("severance is counted in weeks of base pay. Write it as 165,000."),
        required=True,
    )
    age_40_or_over = yes_no(
        _("Are you 40 or older?"),
        _(
            "at 40 or over, federal law gives you more "
            "time to consider a severance agreement. We do not ask your age."
        ),
    )
    immigration_status = choice(
        _("Immigration status"),
        vocabulary.IMMIGRATION_STATUS,
        _("on a work visa, losing the job starts a clock for staying in the U.S."),
    )
    last_review_date = when(
        _("Date of your last performance review"),
        _("a good review shortly before a plan is an important fact."),
    )
    last_review_rating = choice(
        _("Rating in that review"),
        vocabulary.RATING,
        _("it shows how the employer rated you before the plan."),
        required=False,
    )
    manager_change_date = when(
        _("When did your current manager start managing you?"),
        _(
            "a new manager shortly before a plan is part "
            "of the timeline. Leave it empty if your manager did not change."
        ),
    )
    # What an intake lawyer asks next; each optional.
    job_title = text(
        _("Your job title"),
        _(
            "a lawyer compares you with people in the same role and looks up "
            "what your job involves."
        ),
    )
    job_level = text(
        _("Your level or grade"),
        _("for example “L6”. Severance and comparisons often follow it."),
    )
    weekly_hours = count(
        _("About how many hours a week do you work?"),
        _(
            "FMLA leave needs 12 months at the employer and 1,250 hours in the "
            "last 12 months (about 24 hours a week)."
        ),
        most=limits.MAX_WEEKLY_HOURS,
    )
    employee_count = count(
        _("About how many people work for your employer?"),
        _(
            "the laws apply by size. FMLA needs 50 employees within 75 miles, "
            "Title VII and the ADA 15, the age law (ADEA) 20. A guess is fine."
        ),
        most=limits.MAX_EMPLOYEE_COUNT,
    )
    arbitration_agreement = choice(
        _("Did you sign an arbitration agreement?"),
        vocabulary.ARBITRATION,
        _(
            "it may send a claim to private arbitration instead of a court. It "
            "is often in the offer letter or the onboarding papers."
        ),
        radio=True,
        required=False,
    )
    comparators = ComparatorsField(
        label=_("People in a similar role who were treated better"),
        help_text=_(
            "a lawyer compares how others were treated. One person a line: "
            "who (a name or a role), a colon, then what happened to them. For example: "
            "“Teammate, same level: missed the same goal, no plan”."
        ),
    )
    protected_characteristics = many(
        _("Do you think any of these played a part?"),
        vocabulary.PROTECTED_CHARACTERISTIC,
        _(
            "the law forbids treating someone worse because of these. A lawyer "
            "asks so as to know which laws could apply. Tick none, or “I prefer not to say”, "
            "if you would rather not answer; pipv weighs none of them."
        ),
    )
    employer_public = yes_no(
        _("Are your employer's shares traded on a stock exchange?"),
        _(
            "the Sarbanes-Oxley Act protects reports of fraud only at publicly "
            "traded companies. Leave it empty if you are not sure."
        ),
        required=False,
    )
    work_city = text(
        _("City where you work"),
        _("some cities, such as New York City or Seattle, have their own agency and deadlines."),
    )
    ended_on = when(
        _("If your job has already ended: your last day"),
        _(
            "once the job has ended, COBRA and any visa grace period run from your "
            "real last day, and no way of leaving is counted past it."
        ),
    )
    exit_path = choice(
        _("How did it end?"),
        vocabulary.EXIT_PATH,
        _(
            "a plan or an appeal that ended the job is plainly an action against "
            "you, which matters for the timing."
        ),
        required=False,
    )
    as_of = when(
        _("Work things out as of this date"),
        _(
            "leave it empty and pipv counts deadlines and amounts from today, "
            "each time you open the results. Choose a date only to see how things stood then."
        ),
    )

    def clean_as_of(self):
        day = self.cleaned_data.get("as_of")
        # A day to come would count deadlines from a day that has not happened: the results
        # would mark dates still ahead as passed. A day past the server's today is allowed,
        # so that a person whose own day is already tomorrow can choose it.
        if day is not None and day > timezone.localdate() + datetime.timedelta(days=1):
            raise ValidationError(
                _("Choose today or an earlier day. To count from today each time, leave it empty.")
            )
        return day

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
