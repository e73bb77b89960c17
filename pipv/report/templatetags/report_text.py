"""Dates and amounts that never break across two lines on the results page."""

from __future__ import annotations

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Amounts ("$39,692.31") and dates as DATE_FORMAT writes them in each of pipv's languages
# ("Nov. 23, 2026", "March 15, 2027", "2026年11月23日").
WHOLE = re.compile(
    r"\$[\d,]+(?:\.\d\d)?"
    r"|(?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}"
    r"|\d{4}年\d{1,2}月\d{1,2}日"
)


@register.filter
def whole(text: object, on_paper: bool = False) -> object:
    """The text, escaped, with each date and amount in a box that does not wrap.

    A sentence that names a date ("Negative feedback (Sept. 15, 2026) came 57 days after...")
    otherwise wraps inside it on a phone. On paper the lines are wide and each span would be
    one more box for WeasyPrint to lay out, so the PDF gets the text as it is.
    """
    if on_paper or not text:
        return text
    escaped = str(conditional_escape(text))
    if not WHOLE.search(escaped):
        return escaped if isinstance(text, SafeString) else mark_safe(escaped)
    return mark_safe(WHOLE.sub(lambda m: f'<span class="nowrap">{m.group(0)}</span>', escaped))
