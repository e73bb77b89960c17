"""Vocabularies about the person and the job: status, rating, agreement, state, how it ended."""

from __future__ import annotations

from ..i18n import _
from .terms import ImmigrationStatus, Term, Vocabulary

# "other_visa" has no grace period here: the rule also covers E-1, E-2 and H-1B1, but not (say)
# H-4 or J-1, so pipv asks instead of promising 60 days.
IMMIGRATION_STATUS = Vocabulary(
    ImmigrationStatus("citizen_or_permanent_resident", _("U.S. citizen or green card holder")),
    ImmigrationStatus("h1b", _("H-1B visa"), grace_period=True),
    ImmigrationStatus("l1", _("L-1 visa"), grace_period=True),
    ImmigrationStatus("o1", _("O-1 visa"), grace_period=True),
    ImmigrationStatus("e3", _("E-3 visa"), grace_period=True),
    ImmigrationStatus("tn", _("TN status"), grace_period=True),
    ImmigrationStatus("f1_opt", _("F-1 student on OPT")),
    ImmigrationStatus("other_visa", _("Another visa")),
    ImmigrationStatus("prefer_not_to_say", _("I prefer not to say")),
)


RATING = Vocabulary(
    Term("exceeds", _("Exceeds expectations")),
    Term("meets", _("Meets expectations")),
    Term("below", _("Below expectations")),
    Term("none", _("No rating given")),
)


# Whether an arbitration agreement was signed: "unknown" is an answer ("I don't know").
ARBITRATION = Vocabulary(
    Term("yes", _("Yes, I signed one")),
    Term("no", _("No")),
    Term("unknown", _("I don't know")),
)


# What the federal anti-discrimination laws protect (Title VII, the ADA, the ADEA, GINA, the
# PDA, USERRA), plus the choice not to say. A lawyer asks because a claim of discrimination
# needs one; pipv itself weighs none of them.
PROTECTED_CHARACTERISTIC = Vocabulary(
    Term("race_or_color", _("Race or color")),
    Term("national_origin", _("National origin, ancestry or citizenship")),
    Term("religion", _("Religion")),
    Term("sex", _("Sex")),
    Term("pregnancy", _("Pregnancy")),
    Term("sexual_orientation_or_gender_identity", _("Sexual orientation or gender identity")),
    Term("age", _("Age (40 or over)")),
    Term("disability", _("Disability or a medical condition")),
    Term("genetic_information", _("Genetic information or family medical history")),
    Term("military_service", _("Military service")),
    Term("prefer_not_to_say", _("I prefer not to say")),
)


# How a job that has ended ended: a stage of the process, or some other way.
EXIT_PATH = Vocabulary(
    Term("resign_now", _("I resigned, without severance")),
    Term("pivot_leave_t1", _("I took the Pivot offer (T1)")),
    Term("plan_fail_t2", _("The plan ended and I left (T2)")),
    Term("appeal_fail_t3", _("I appealed and lost (T3)")),
    Term("appeal_win", _("I won the appeal, then left")),
    Term("pip_fail", _("The plan ended and I was let go")),
    Term("other", _("Some other way")),
)


# The work state as a reader picks it: its postal code (the case file's) and its name.
STATE = Vocabulary(
    Term("AL", _("AL – Alabama")),
    Term("AK", _("AK – Alaska")),
    Term("AZ", _("AZ – Arizona")),
    Term("AR", _("AR – Arkansas")),
    Term("CA", _("CA – California")),
    Term("CO", _("CO – Colorado")),
    Term("CT", _("CT – Connecticut")),
    Term("DE", _("DE – Delaware")),
    Term("DC", _("DC – District of Columbia")),
    Term("FL", _("FL – Florida")),
    Term("GA", _("GA – Georgia")),
    Term("HI", _("HI – Hawaii")),
    Term("ID", _("ID – Idaho")),
    Term("IL", _("IL – Illinois")),
    Term("IN", _("IN – Indiana")),
    Term("IA", _("IA – Iowa")),
    Term("KS", _("KS – Kansas")),
    Term("KY", _("KY – Kentucky")),
    Term("LA", _("LA – Louisiana")),
    Term("ME", _("ME – Maine")),
    Term("MD", _("MD – Maryland")),
    Term("MA", _("MA – Massachusetts")),
    Term("MI", _("MI – Michigan")),
    Term("MN", _("MN – Minnesota")),
    Term("MS", _("MS – Mississippi")),
    Term("MO", _("MO – Missouri")),
    Term("MT", _("MT – Montana")),
    Term("NE", _("NE – Nebraska")),
    Term("NV", _("NV – Nevada")),
    Term("NH", _("NH – New Hampshire")),
    Term("NJ", _("NJ – New Jersey")),
    Term("NM", _("NM – New Mexico")),
    Term("NY", _("NY – New York")),
    Term("NC", _("NC – North Carolina")),
    Term("ND", _("ND – North Dakota")),
    Term("OH", _("OH – Ohio")),
    Term("OK", _("OK – Oklahoma")),
    Term("OR", _("OR – Oregon")),
    Term("PA", _("PA – Pennsylvania")),
    Term("RI", _("RI – Rhode Island")),
    Term("SC", _("SC – South Carolina")),
    Term("SD", _("SD – South Dakota")),
    Term("TN", _("TN – Tennessee")),
    Term("TX", _("TX – Texas")),
    Term("UT", _("UT – Utah")),
    Term("VT", _("VT – Vermont")),
    Term("VA", _("VA – Virginia")),
    Term("WA", _("WA – Washington")),
    Term("WV", _("WV – West Virginia")),
    Term("WI", _("WI – Wisconsin")),
    Term("WY", _("WY – Wyoming")),
    Term("PR", _("PR – Puerto Rico")),
    Term("GU", _("GU – Guam")),
    Term("VI", _("VI – U.S. Virgin Islands")),
    Term("MP", _("MP – Northern Mariana Islands")),
    Term("AS", _("AS – American Samoa")),
)
