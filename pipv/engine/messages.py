"""A sentence with blanks: translated as a template first, then filled in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template % dict(self.params) if self.params else self.template

    def __str__(self) -> str:
        return self.text
