"""For the consultation: what to bring, what to ask, and how to keep the record safe."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pipv.engine.assessment import Assessment
from pipv.engine.i18n import gettext_noop

from .record import Record
from .text import tr


def _evidence(a: Assessment, record: Record) -> tuple[str, ...]:
    """What to bring, built from this record: one line per thing that backs a finding."""
    case = a.case
    items: list[str] = []
    # One line for each kind of record, naming every item, rather than one line each: what
    # to bring is the same kind of thing, and forty lines of it hide the rest of the list.
    written = [record(act.id) for act in case.protected_activities if act.in_writing]
    spoken = [record(act.id) for act in case.protected_activities if not act.in_writing]
    if written:
        items.append(
            _("The written record of each, with its date (the email, form or message): %(what)s.")
            % {"what": _("; ").join(written)}
        )
    if spoken:
        items.append(
            _(
                "Notes on each, as it was not in writing (who you told, when, and anyone who "
                "saw or heard it): %(what)s."
            )
            % {"what": _("; ").join(spoken)}
        )
    adverse_ids = {p.event for p in a.timing.pairs}
    adverse = [ev for ev in case.events if ev.id in adverse_ids]
    if adverse:
        items.append(
            _("The email, recap or letter of each, and your own notes of it: %(what)s.")
            % {"what": _("; ").join(record(ev.id) for ev in adverse)}
        )
    # What contradicts each event is in "Facts and chronology", in the person's own words.
    if any(ev.contradicting_evidence.strip() for ev in adverse):
        items.append(_("The records that contradict an event, as listed under each fact."))
    review = case.employment.last_review
    if review is not None:
        items.append(_("Your last performance review and any written praise or awards."))
    if case.compensation.vests:
        items.append(
            _(
                "Your stock grant agreements and vesting schedule, including the governing-law "
                "clause."
            )
        )
    if case.compensation.bonuses:
        items.append(_("Sign-on or bonus letters with any repayment terms."))
    if case.severance.offer_in_hand:
        items.append(
            _("The severance offer and the release, unsigned, with the date you got them.")
        )
    if case.employment.immigration_status not in (
        "citizen_or_permanent_resident",
        "prefer_not_to_say",
    ):
        items.append(_("Your visa documents: I-797 approval notice and I-94 record."))
    items.append(_("A copy of this report and its case file (attached to the PDF)."))
    return tuple(items)


def _questions(a: Assessment, record: Record) -> tuple[str, ...]:
    asked = []
    for q in a.questions:
        if q.id.startswith("knowledge.") and q.refs:
            # The engine's sentence names the activity by its code; the record's name reads
            # better and matches the rest of the report.
            asked.append(
                _(
                    "Did the person who acted against you know about this: %(what)s? How could "
                    "that be shown?"
                )
                % {"what": record(q.refs[0])}
            )
        else:
            asked.append(tr(q.message))
    return tuple(asked)


KEEP_SAFE = (
    gettext_noop(
        "Keep copies of your own documents at home: pay stubs, offer letter, stock grant "
        "agreements, reviews, and any letter about a plan or severance."
    ),
    gettext_noop(
        "Write dated notes now of each meeting and conversation: who, when, what was said. "
        "Notes made at the time weigh more than memory."
    ),
    gettext_noop(
        "Do not take, copy or forward confidential company documents or other people's "
        "data; ask a lawyer what you may keep."
    ),
    gettext_noop(
        "Do not use a work computer, phone or network for pipv or for talking to a lawyer: "
        "the employer may be able to see it."
    ),
)
