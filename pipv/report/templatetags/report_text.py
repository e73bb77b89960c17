"""Dates and amounts that never break across two lines on the results page, and the blocks
that frame the report's sections and tables."""

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


@register.filter
def unbroken(text: object, on_paper: bool = False) -> str:
    """A date that never breaks across two lines: in a nowrap box on screen; on paper with
    no-break spaces, which keep it whole just the same without a box to lay out."""
    if not on_paper:
        return format_html('<span class="nowrap">{}</span>', text)
    return mark_safe(str(conditional_escape(text)).replace(" ", "\u00a0"))


@register.simple_tag(takes_context=True)
def line_break(context: template.Context) -> str:
    """A line break inside a cell or a definition: ``<br>`` on screen, a newline on paper.

    WeasyPrint makes each ``<br>`` three boxes (the element, its "\\A" and that text), and the
    PDF's lists of dates had dozens; the cells that hold them are ``white-space: pre-line``
    on paper (``.lines``, report-print.css), so a newline breaks the line just the same.
    """
    return mark_safe("&#10;" if context.get("on_paper") else "<br>")


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


def parse_block(
    parser: template.base.Parser, token: template.base.Token, takes: str, options: tuple[str, ...]
) -> tuple[template.NodeList, template.base.FilterExpression, template.base.FilterExpression, dict]:
    """A ``{% tag first second name=value … %}…{% endtag %}`` block: its body, its two
    arguments and its named options (only those in ``options``)."""
    tag, *bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{tag} takes {takes}")
    named = {}
    for bit in bits[2:]:
        name, _eq, value = bit.partition("=")
        if name not in options or not value:
            raise template.TemplateSyntaxError(f"{tag}: unknown option {bit!r}")
        named[name] = parser.compile_filter(value)
    nodelist = parser.parse((f"end{tag}",))
    parser.delete_first_token()
    return nodelist, parser.compile_filter(bits[0]), parser.compile_filter(bits[1]), named


@register.tag("report_section")
def do_report_section(parser: template.base.Parser, token: template.base.Token) -> SectionNode:
    """``{% report_section "sec-id" _("Title") fold=_("Show ...") class="extra" %}…``: a
    report section under its heading. With ``fold``, on the page (never on paper) what a
    first read can skip is folded under that summary."""
    nodelist, anchor, title, named = parse_block(
        parser, token, "an id and a title", ("fold", "class")
    )
    return SectionNode(nodelist, anchor, title, named.get("fold"), named.get("class"))


class TableNode(template.Node):
    def __init__(self, nodelist, labelledby, kind, rows, empty):
        self.nodelist, self.labelledby, self.kind = nodelist, labelledby, kind
        self.rows, self.empty = rows, empty

    def render(self, context: template.Context) -> str:
        if self.rows is not None and not self.rows.resolve(context):
            return format_html("<p>{}</p>", self.empty.resolve(context))
        return format_html(
            '<div class="table-scroll" role="region" aria-labelledby="{}" tabindex="0">\n'
            '  <table class="report-table {} stack-on-phone" role="table">{}</table>\n'
            "  </div>",
            self.labelledby.resolve(context),
            self.kind.resolve(context),
            self.nodelist.render(context),
        )


@register.tag("report_table")
def do_report_table(parser: template.base.Parser, token: template.base.Token) -> TableNode:
    """``{% report_table "sec-id" "kind-table" rows=… empty=_("None yet.") %}…``: one of the
    report's tables (its caption, columns and rows inside), in a box that scrolls sideways on
    its own when the table is wider than a phone, named by the element with the id "sec-id"
    and reachable from the keyboard. With ``rows``, where there are none the sentence
    ``empty`` stands instead of the table."""
    nodelist, labelledby, kind, named = parse_block(
        parser, token, "an id and a table class", ("rows", "empty")
    )
    if ("rows" in named) != ("empty" in named):
        raise template.TemplateSyntaxError("report_table: rows and empty go together")
    return TableNode(nodelist, labelledby, kind, named.get("rows"), named.get("empty"))
