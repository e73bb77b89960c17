"""What a vocabulary is: terms with a code, a label, a hint and their attributes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    hint: str = ""


# Which way an event leans for a timing argument.
FAVOURABLE = "favourable"
NEUTRAL = "neutral"
ADVERSE = "adverse"


@dataclass(frozen=True)
class EventKind(Term):
    leaning: str = ADVERSE
    # Many courts do not treat it as materially adverse on its own, by the test of
    # Burlington Northern & Santa Fe Ry. v. White, 548 U.S. 53 (2006).
    contested: bool = False
    # Scheduled rather than already lived, so it may be dated after the as-of date.
    scheduled: bool = False
    # Lived at work, so never after the last day there. Not so: what comes by letter (an
    # offer, a notice, a right to sue), a plan's written end or an appeal's date, and what
    # can still be done to a former employee (a bonus cancelled, a rating or a reference sent
    # later: Robinson v. Shell Oil Co., 519 U.S. 337 (1997)).
    at_work: bool = False


@dataclass(frozen=True)
class ImmigrationStatus(Term):
    # Covered by the 60-day grace period of 8 CFR 214.1(l)(2).
    grace_period: bool = False


T = TypeVar("T", bound=Term)


class Vocabulary(Generic[T]):
    """The terms of one vocabulary, in the order the questionnaire offers them."""

    def __init__(self, *terms: T):
        self.terms = terms
        self.by_code = {term.code: term for term in terms}

    def __iter__(self) -> Iterator[T]:
        return iter(self.terms)

    def __getitem__(self, code: str) -> T:
        return self.by_code[code]

    def codes(self, where: Callable[[T], bool] = lambda term: True) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms if where(term))

    def labels(self) -> dict[str, str]:
        return {term.code: term.label for term in self.terms}

    def hints(self) -> dict[str, str]:
        return {term.code: term.hint for term in self.terms if term.hint}
