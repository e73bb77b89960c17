"""What a rule is: an id, plain words, a citation, a status and an as-of date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..i18n import _
from ..labels import AS_PUBLICLY_REPORTED

RESEARCH_AS_OF = date(2026, 11, 22)

VERIFIED = "verified"
DESIGN = "design"
UNVERIFIED = "unverified"
BEST_UNDERSTANDING = "best_understanding"
AS_REPORTED = "as_reported"

STATUS_LABELS = {
    VERIFIED: _("verified in public sources"),
    DESIGN: _("pipv's own method, built from the cited cases"),
    UNVERIFIED: _("unverified: needs confirmation by a lawyer"),
    BEST_UNDERSTANDING: _("best understanding: needs confirmation by a lawyer"),
    AS_REPORTED: AS_PUBLICLY_REPORTED,
}

# The public reports about Amazon's process, by title and date.
FORUM = (
    "1point3acres forum thread \"Amazon's Focus-and-Pivot (PIP) timeline, and the latest Focus "
    'guidance" (in Chinese, 2024-08-05)'
)
BI_2021 = (
    'Business Insider, "Amazon pays struggling employees as much as $30,000 to leave and never '
    'work at the company again" (June 2021)'
)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    explanation: str
    citation: str
    status: str
    source_url: str = ""
    as_of: date = RESEARCH_AS_OF
    # Values for the %(name)s placeholders of a title or explanation built from the
    # jurisdiction table; each value is translated too where the catalogue has it (a unit).
    args: tuple[tuple[str, str], ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return self.status in (UNVERIFIED, BEST_UNDERSTANDING, AS_REPORTED)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def title_text(self) -> str:
        """The title in English with its placeholders filled."""
        return self.title % dict(self.args) if self.args else self.title

    @property
    def explanation_text(self) -> str:
        return self.explanation % dict(self.args) if self.args else self.explanation
