"""Dates and amounts that never break across two lines on the results page."""

from __future__ import annotations

import re

from django import template
from django.utils.html import conditional_escape, format_html
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


class SectionNode(template.Node):
    def __init__(self, nodelist, anchor, title, fold, extra_class):
        self.nodelist, self.anchor, self.title = nodelist, anchor, title
        self.fold, self.extra_class = fold, extra_class

    def render(self, context: template.Context) -> str:
        body = self.nodelist.render(context)
        fold = self.fold.resolve(context) if self.fold else ""
        if fold and not context.get("on_paper"):
            body = format_html(
                '<details class="section-fold"><summary>{}</summary>{}</details>', fold, body
            )
        extra = self.extra_class.resolve(context) if self.extra_class else ""
        return format_html(
            '<section class="report-section{0}" aria-labelledby="{1}">\n'
            '  <h2 id="{1}">{2}</h2>{3}</section>',
            f" {extra}" if extra else "",
            self.anchor.resolve(context),
            self.title.resolve(context),
            body,
        )


@register.tag("report_section")
def do_report_section(parser: template.base.Parser, token: template.base.Token) -> SectionNode:
    """``{% report_section "sec-id" _("Title") fold=_("Show ...") class="extra" %}…``: a
    report section under its heading. With ``fold``, on the page (never on paper) what a
    first read can skip is folded under that summary."""
    bits = token.split_contents()[1:]
    if len(bits) < 2:
        raise template.TemplateSyntaxError("report_section takes an id and a title")
    options = {}
    for bit in bits[2:]:
        name, _eq, value = bit.partition("=")
        if name not in ("fold", "class") or not value:
            raise template.TemplateSyntaxError(f"report_section: unknown option {bit!r}")
        options[name] = parser.compile_filter(value)
    nodelist = parser.parse(("endreport_section",))
    parser.delete_first_token()
    return SectionNode(
        nodelist,
        parser.compile_filter(bits[0]),
        parser.compile_filter(bits[1]),
        options.get("fold"),
        options.get("class"),
    )
