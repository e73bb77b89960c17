"""The performance processes pipv models, one profile each.

A process code (the case file's ``employment.process``) is written here and nowhere else:
code that needs to know what a process does asks its profile, so a third process is one
new profile plus its texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import _


@dataclass(frozen=True)
class ProcessProfile:
    code: str
    label: str
    # Amazon's process has a Pivot decision (take the offer or enter the plan) and an appeal.
    has_pivot: bool
    # Its severance terms are publicly reported; other employers' default to nothing.
    reported_terms: bool


AMAZON = ProcessProfile(
    code="amazon-focus-pivot",
    label=_("Amazon Focus and Pivot"),
    has_pivot=True,
    reported_terms=True,
)
GENERIC = ProcessProfile(
    code="generic-pip",
    label=_("Another employer's performance plan (PIP)"),
    has_pivot=False,
    reported_terms=False,
)

PROFILES: dict[str, ProcessProfile] = {p.code: p for p in (AMAZON, GENERIC)}


def profile_of(code: str | None) -> ProcessProfile:
    """The profile of a process code; an unknown or missing code is a generic plan."""
    return PROFILES.get(code or "", GENERIC)
