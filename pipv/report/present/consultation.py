"""For the consultation: what to bring, what to ask, and how to keep the record safe."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pipv.engine import labels
from pipv.engine.assessment import Assessment
from pipv.engine.evidence import evidence
from pipv.engine.i18n import gettext_noop

from .record import Record
from .text import tr


def _evidence(a: Assessment, record: Record) -> tuple[str, ...]:
    """What to bring, built from this record: one line per thing that backs a finding."""
    lines = []
    for item in evidence(a.case, a.timing):
        text = _(labels.EVIDENCE[item.code])
        if item.refs:
            text %= {"what": _("; ").join(record(r) for r in item.refs)}
        lines.append(text)
    return tuple(lines)


def _questions(a: Assessment, record: Record) -> tuple[str, ...]:
    asked = []
    for q in a.questions:
        if q.code == "knowledge.activity":
            # The engine's sentence names the activity by its kind and date; the record's name
            # reads better and matches the rest of the report.
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
