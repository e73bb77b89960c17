"""The language's own punctuation in templates; see pipv.core.punctuation."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from pipv.core import punctuation

register = template.Library()


@register.simple_tag
def gap() -> str:
    """After a label ending in a colon: ``{% translate "Note:" %}{% gap %}…``."""
    return punctuation.gap()


@register.simple_tag
def colon_gap() -> str:
    """A colon and what follows it, where the label is already written: "Delete: Plan A"."""
    return punctuation.colon("") + punctuation.gap()


@register.filter
def colon(label: str) -> str:
    return mark_safe(punctuation.colon(conditional_escape(label)))


@register.simple_tag
def aside(text: str, note: str) -> str:
    return mark_safe(punctuation.aside(conditional_escape(text), conditional_escape(note)))


@register.filter(needs_autoescape=True)
def join_items(parts, autoescape: bool = True) -> str:
    escape = conditional_escape if autoescape else str
    return mark_safe(punctuation.items([str(escape(p)) for p in parts]))


@register.simple_tag
def full_stop() -> str:
    return punctuation.full_stop()


@register.simple_tag
def bracket_open() -> str:
    return punctuation.brackets()[0]


@register.simple_tag
def bracket_close() -> str:
    return punctuation.brackets()[1]
