"""The questionnaire's forms: every input tied to its hint, and fields that are places in the
case file.

Each step form names, for every field, where its answer lives in the case file
(``paths``), so saving, showing the saved answer and pointing an engine problem
back at its field are all the same small loop.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ..paths import MISSING, get_path, put_path
from .fields import DocField


def describe(form: forms.BaseForm) -> None:
    """Tie every input to its hint and its error slot (the slot is always in the page)."""
    for name, field in form.fields.items():
        auto_id = form[name].auto_id
        ids = [f"{auto_id}_helptext"] if field.help_text else []
        ids.append(f"{auto_id}_error")
        field.widget.attrs.setdefault("aria-describedby", " ".join(ids))


class AskedField(forms.BoundField):
    """A field as the questionnaire draws it: a required answer is marked for screen readers
    (``aria-required``), never for the browser (``required``), see ``DescribedForm``."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        # A set of radio buttons or boxes says it in its legend: aria-required is not
        # allowed on one button.
        if self.field.required and not self.use_fieldset:
            attrs.setdefault("aria-required", "true")
        return attrs


class DescribedForm(forms.Form):
    # The questionnaire's help texts give the reason for a question; the page puts
    # "Why we ask:" before each, so the reason is written once per field without it.
    help_says_why = True
    # The browser checks one thing only: a date it cannot read (its day erased), which it
    # would send as nothing, clearing the saved day without a word. So the step's form lets the
    # browser check, with or without JavaScript, and nothing else may be refused there: an
    # answer left empty is the server's to explain, in the page's words, while the step's
    # other answers are saved. No ``required`` attribute, then.
    use_required_attribute = False
    bound_field_class = AskedField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        describe(self)
        for field in self.fields.values():
            if (
                field.error_messages.get("required")
                is forms.Field.default_error_messages["required"]
            ):
                field.error_messages["required"] = _("Please answer this question.")

    def reword(self, name: str, label: str, help_text: str | None = None) -> None:
        """Ask field ``name`` in other words for this case. The page reads a field's words
        from its bound field, made once already (``describe``, reading the case), so that
        one is made again."""
        field = self.fields[name]
        field.label = label
        if help_text is not None:
            field.help_text = help_text
        self._bound_fields_cache.pop(name, None)


class DocumentForm(DescribedForm):
    """A form whose fields are places in the case file (``paths``: field name -> path).

    A field's answer lives at the key of its own name inside ``under`` (the part of the case
    file the form asks about), so each name is written once; ``elsewhere`` names the fields
    that live at another path. ``paths`` is worked out from both when the class is made.
    """

    under = ""
    elsewhere: dict[str, str] = {}
    paths: dict[str, str] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Django's form metaclass has gathered the class's own fields by now.
        own = cls.__dict__.get("declared_fields", {})
        prefix = f"{cls.under}." if cls.under else ""
        cls.paths = {**cls.paths, **{name: prefix + name for name in own}, **cls.elsewhere}

    def __init__(self, *args, document: dict | None = None, **kwargs):
        self.document = document or {}
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, DocField) and name in self.paths:
                field.saved = get_path(self.document, self.paths[name])
                if not self.is_bound and field.saved is not MISSING and field.saved is not None:
                    self.initial.setdefault(name, field.from_document(field.saved))

    def write(self, doc: dict) -> None:
        """Write every answer that is valid; the others keep their saved value."""
        for name, value in self.cleaned_data.items():
            field = self.fields[name]
            if isinstance(field, DocField) and name in self.paths:
                put_path(doc, self.paths[name], field.to_document(value))

    def field_for_path(self, path: str) -> str | None:
        for name, own in self.paths.items():
            if own == path and name in self.fields:
                return name
        return None
