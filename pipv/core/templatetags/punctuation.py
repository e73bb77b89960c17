"""The language's own punctuation in templates; see pipv.core.punctuation."""

import re

from django import template
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from pipv.core import punctuation

register = template.Library()


@register.simple_tag
def gap() -> str:
    """After a label ending in a colon, or before a remark in brackets: a word space in English."""
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


@register.simple_tag
def item_field(item: str, field: str) -> str:
    return mark_safe(punctuation.item_field(conditional_escape(item), conditional_escape(field)))


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


# What a Chinese line must not break inside: a law's name with its English name beside it, an
# amount, a date (2026年9月17日 broke as 2026年9月17/日), a count and its unit, and a short
# label with its colon (来/源：). Chinese breaks between any two characters; English already
# breaks only at spaces, so only Chinese text is marked.
KEEP_TOGETHER = re.compile(
    r"《[^《》<>]{1,40}》(?:（[^（）<>]{1,20}）)?"
    r"|[-−]?\$\d[\d,]*(?:\.\d+)?"
    r"|\d{4}年\d{1,2}月(?:\d{1,2}日)?"
    r"|\d+(?:\.\d+)? ?(?:天|周|股|个工作日|个月|年|次)"
    r"|[\u4e00-\u9fff]{2}："
)
# Elements whose text is not laid out as lines of HTML text, or must stay as written.
UNTOUCHED = {"svg", "script", "style", "title", "textarea", "option"}
TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")


# U+2060 WORD JOINER: no line break on either side, no glyph, not in the PDF's text.
WORD_JOINER = "\u2060"


def _span(m: re.Match[str]) -> str:
    return f'<span class="nobr">{m.group(0)}</span>'


def _joined(m: re.Match[str]) -> str:
    return WORD_JOINER.join(m.group(0))


def keep_together(html: str, *, joined: bool = False) -> str:
    """``html`` with each such run in Chinese text wrapped in ``<span class="nobr">``.

    ``joined``: with word joiners between its characters instead. The PDF uses these: a span
    is a box WeasyPrint lays out, and the spans cost a fifth of the Chinese PDF's time.
    """
    keep = _joined if joined else _span
    out = []
    skipping: list[str] = []
    for part in TAG.split(html):
        if part.startswith("<"):
            tag = TAG_NAME.match(part)
            if tag:
                closing, name = tag.group(1), tag.group(2).lower()
                if name in UNTOUCHED:
                    if closing and skipping and skipping[-1] == name:
                        skipping.pop()
                    elif not closing and not part.endswith("/>"):
                        skipping.append(name)
            out.append(part)
        elif skipping or not part.strip():
            out.append(part)
        else:
            out.append(KEEP_TOGETHER.sub(keep, part))
    return "".join(out)


class KeepTogetherNode(template.Node):
    def __init__(self, nodelist: template.NodeList, joined: bool) -> None:
        self.nodelist = nodelist
        self.joined = joined

    def render(self, context: template.Context) -> str:
        html = self.nodelist.render(context)
        if not (translation.get_language() or "").startswith("zh"):
            return html
        return mark_safe(keep_together(html, joined=self.joined))


@register.tag("keep_together")
def do_keep_together(parser: template.base.Parser, token: template.base.Token) -> KeepTogetherNode:
    """``{% keep_together %}…{% endkeep_together %}``, or ``{% keep_together joined %}`` for
    word joiners in place of spans: see keep_together()."""
    joined = token.split_contents()[1:] == ["joined"]
    nodelist = parser.parse(("endkeep_together",))
    parser.delete_first_token()
    return KeepTogetherNode(nodelist, joined)
