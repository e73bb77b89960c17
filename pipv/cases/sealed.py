"""A model field that holds a JSON document encrypted: Python sees a dict, the database a token."""

from __future__ import annotations

from typing import Any

from django.db import models

from . import crypto


class SealedJSONField(models.TextField):
    """JSON in, Fernet token (``pipv.cases.crypto``) in the column, JSON out.

    Not searchable by design: nothing in a case is ever looked up by its content.
    """

    description = "A JSON document, encrypted at rest"

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value is None or value == "":
            return {} if value == "" else None
        return crypto.unseal(value)

    def to_python(self, value: Any) -> Any:
        return value

    def get_prep_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return crypto.seal(value)

    def value_to_string(self, obj: Any) -> str:
        return crypto.seal(self.value_from_object(obj))
