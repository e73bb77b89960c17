"""The PDF's document as WeasyPrint gets it: read by expat where that builds the tree
WeasyPrint's own parser would, with a user-agent stylesheet cut to what paper uses (below).

WeasyPrint reads HTML with tinyhtml5, an HTML5 parser written in Python, character by
character: for the example report that is about a fifteenth of the render. pipv's PDF
template writes markup that is well-formed XML once its void elements are closed and its
named character references numbered, and for such markup Python's XML parser (expat, in C)
builds the same tree as the HTML5 algorithm unless the markup leans on one of that
algorithm's repairs: a block inside a <p>, a <tr> straight under a <table>, words between a
table's rows, a second <li> closing the first, and so on.

``tree`` reads the document as XML and looks for each of those repairs; where any could
apply, or the text is not XML at all (a control character in someone's notes, an unknown
entity), it returns None and WeasyPrint parses the HTML itself. Only the shape of the
template decides which way a document goes: a person's words are escaped text and cannot
add a tag. tests/report/test_xhtml.py compares the two trees element by element for the
examples and for generated cases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from html.entities import html5 as HTML5_ENTITIES

import cssselect2
from weasyprint import CSS, HTML
from weasyprint import html as weasyprint_html

SVG = "{http://www.w3.org/2000/svg}"
XMLNS_ATTRIBUTE = "{http://www.w3.org/2000/xmlns/}xmlns"

_DOCTYPE = re.compile(r"\s*<!doctype html>", re.IGNORECASE)
_VOID = re.compile(
    r"<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b([^<>]*?)\s*/?>"
)
_NAMED = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_NUMBERED = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_STYLE = re.compile(r"<style\b[^<>]*>(.*?)</style>", re.DOTALL)
_XML_OWN = {"amp", "lt", "gt", "quot", "apos"}
# Markup whose meaning differs between HTML and XML, or that expat would drop.
_NOT_XML = ("<!--", "<?", "<![", "xmlns:")

# Start tags that close an open <p> in HTML: inside a <p>, HTML and XML part ways.
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl dd dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu "
    "nav ol p plaintext pre search section summary table ul xmp".split()
)
# Elements whose parsing HTML treats specially (raw text, implied tags, leading newlines,
# foreign content pipv's template does not use): a document with any goes to tinyhtml5.
_NOT_HANDLED = frozenset(
    "base body frame frameset head html iframe image isindex keygen listing math "
    "menuitem noembed noframes noscript optgroup option plaintext pre script select "
    "template textarea xmp".split()
)
# HTML closes an open one of these when another starts inside it.
_NOT_NESTED = frozenset(("a", "button", "form", "nobr"))
_HEAD_CHILDREN = frozenset(("meta", "title", "link", "style"))
# Which elements a table part may hold, and what may hold it; text between them (not white
# space) would be moved out of the table by HTML.
_TABLE_CHILDREN = {
    "table": frozenset(("caption", "colgroup", "thead", "tbody", "tfoot")),
    "colgroup": frozenset(("col",)),
    "thead": frozenset(("tr",)),
    "tbody": frozenset(("tr",)),
    "tfoot": frozenset(("tr",)),
    "tr": frozenset(("td", "th")),
}
_TABLE_PARENT = {
    "caption": "table",
    "colgroup": "table",
    "thead": "table",
    "tbody": "table",
    "tfoot": "table",
    "col": "colgroup",
    "tr": "thead tbody tfoot",
    "td": "tr",
    "th": "tr",
}
# A new <li> (<dd>, <dt>) closes an open one unless one of these stands between them.
_LIST_SCOPE = frozenset(("ul", "ol", "menu", "dl", "table", "td", "th", "caption", "svg"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# The SVG pipv draws: lower-case names, which HTML keeps as they are.
_SVG_ELEMENTS = frozenset(
    "svg g line rect circle ellipse path polygon polyline text tspan title desc".split()
)
_SVG_CAMEL = {"viewbox": "viewBox", "preserveaspectratio": "preserveAspectRatio"}


def _numbered(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _XML_OWN:
        return match.group(0)
    value = HTML5_ENTITIES.get(name + ";")
    if value is None:
        return match.group(0)  # unknown to HTML too: expat refuses it, tinyhtml5 decides
    return "".join(f"&#{ord(ch)};" for ch in value)


def as_xml(html: str) -> str | None:
    """``html`` written as XML, or None where the same text means something else in XML."""
    head = _DOCTYPE.match(html)
    if head is None or any(mark in html for mark in _NOT_XML):
        return None  # no doctype: HTML would parse in quirks mode
    for ref in _NUMBERED.finditer(html):
        code = int(ref.group(1), 16) if ref.group(1) else int(ref.group(2))
        if 0x80 <= code <= 0x9F:  # HTML reads these as Windows-1252, XML as controls
            return None
    for style in _STYLE.finditer(html):
        if "&" in style.group(1):  # raw text in HTML, references decoded in XML
            return None
    body = html[head.end() :]
    body = _VOID.sub(lambda m: f"<{m.group(1)}{m.group(2)}/>", body)
    return _NAMED.sub(_numbered, body)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _repaired_by_html(root: ET.Element) -> bool:
    """Whether HTML would build another tree from this well-formed markup."""
    if root.tag != "html" or [child.tag for child in root] != ["head", "body"]:
        return True
    head, body = root
    if not (_blank(root.text) and _blank(head.text) and _blank(head.tail)):
        return True
    for child in head:
        if child.tag not in _HEAD_CHILDREN or not _blank(child.tail) or len(child):
            return True
    return _repairs_below(body, ())


def _repairs_below(element: ET.Element, ancestors: tuple[str, ...]) -> bool:
    here = ancestors + (element.tag,)
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            return True
        if tag.startswith(SVG) or tag == "svg":
            if tag != SVG + "svg" or _svg_differs(child):
                return True
            continue
        if tag != tag.lower() or any(name != name.lower() for name in child.attrib):
            return True
        if tag in _NOT_HANDLED:
            return True
        if tag in _CLOSES_P and "p" in here:
            return True
        if tag in _NOT_NESTED and tag in here:
            return True
        if tag in _HEADINGS and element.tag in _HEADINGS:
            return True
        if tag in ("li", "dd", "dt") and _open_item(here, tag):
            return True
        parent = _TABLE_PARENT.get(tag)
        if parent is not None and element.tag not in parent.split():
            return True
        allowed = _TABLE_CHILDREN.get(element.tag)
        if allowed is not None and (tag not in allowed or not _blank(child.tail)):
            return True
        if tag in _TABLE_CHILDREN and not _blank(child.text):
            return True
        if tag == "caption" and "table" in (e.tag for e in child.iter()):
            return True
        if _repairs_below(child, here):
            return True
    return False


def _open_item(ancestors: tuple[str, ...], tag: str) -> bool:
    """A <li> (or <dd>, <dt>) inside another that HTML would close first."""
    same = ("li",) if tag == "li" else ("dd", "dt")
    for name in reversed(ancestors):
        if name in same:
            return True
        if name in _LIST_SCOPE:
            return False
    return False


def _svg_differs(svg: ET.Element) -> bool:
    for node in svg.iter():
        if not isinstance(node.tag, str) or not node.tag.startswith(SVG):
            return True
        name = node.tag[len(SVG) :]
        if name not in _SVG_ELEMENTS:
            return True
        if name in ("title", "desc") and len(node):  # HTML reads their insides as HTML
            return True
        for attribute in node.attrib:
            if attribute.startswith("{"):
                return True
            if attribute != _SVG_CAMEL.get(attribute.lower(), attribute.lower()):
                return True
    return False


def _as_html5_places_it(root: ET.Element, trailing: str) -> None:
    """White space where HTML puts it: none before <head>, that after </body> at its end."""
    root.text = None
    body = root[1]
    after = (body.tail or "") + trailing
    body.tail = None
    if after:
        if len(body):
            last = body[-1]
            last.tail = (last.tail or "") + after
        else:
            body.text = (body.text or "") + after
    for svg in root.iter(SVG + "svg"):
        svg.set(XMLNS_ATTRIBUTE, SVG[1:-1])  # HTML keeps the declaration as an attribute


def tree(html: str) -> ET.Element | None:
    """The tree tinyhtml5 would build from ``html``, read by expat; None where unsure."""
    text = as_xml(html)
    if text is None:
        return None
    end = text.rfind("</html>")
    trailing = text[end + len("</html>") :]
    if end < 0 or trailing.strip():
        return None
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return None
    if _repaired_by_html(root):
        return None
    _as_html5_places_it(root, trailing)
    return root


# WeasyPrint's user-agent stylesheet gives every element a ::marker and five pseudo-elements
# for footnotes and notes, each with a style of its own, though only list items have markers
# and pipv's PDF has no footnotes or notes (tests/report/test_xhtml.py checks the styles):
# for the example, nine in ten of the styles a render computed. On paper the marker rule
# applies to list items only and the note rules go.
_UA_CHANGES = {
    "::marker {": "li::marker {",
    "::footnote-call {": None,
    "::footnote-marker {": None,
    "::note-call {": None,
    "::note-marker {": None,
    "::note-callback {": None,
}


@cache
def paper_ua() -> CSS | None:
    """The paper's user-agent stylesheet, parsed at the first render: a web process that
    never renders does not pay for it."""
    lines = weasyprint_html.UA.splitlines(keepends=True)
    for start, replacement in _UA_CHANGES.items():
        found = [i for i, line in enumerate(lines) if line.startswith(start)]
        if len(found) != 1 or not lines[found[0]].rstrip().endswith("}"):
            return None  # another WeasyPrint: its own stylesheet, unchanged
        line = lines[found[0]]
        lines[found[0]] = "" if replacement is None else replacement + line[len(start) :]
    return CSS(string="".join(lines), counter_style=weasyprint_html.UA_COUNTER_STYLE)


class PaperHTML(HTML):
    """WeasyPrint's HTML document, with the user-agent stylesheet pipv's paper needs."""

    def _ua_stylesheets(self, forms: bool = False) -> list[CSS]:
        sheets = super()._ua_stylesheets(forms)
        paper = paper_ua()
        if paper is not None and sheets and sheets[0] is weasyprint_html.UA_STYLESHEET:
            sheets = [paper, *sheets[1:]]
        return sheets


# What WeasyPrint's HTML object holds once parsed (weasyprint 70). ``document`` fills the
# same fields from the expat tree; if a WeasyPrint release holds others, it parses instead.
_FIELDS = frozenset(("base_url", "url_fetcher", "media_type", "wrapper_element", "etree_element"))


@cache
def usable() -> bool:
    parsed = HTML(string="<!doctype html><html><head></head><body></body></html>")
    return frozenset(vars(parsed)) == _FIELDS


def document(html: str, *, base_url: str, url_fetcher: object) -> PaperHTML:
    """WeasyPrint's HTML document for ``html``: from expat's tree where it is the same."""
    root = tree(html) if usable() else None
    if root is None:
        return PaperHTML(string=html, base_url=base_url, url_fetcher=url_fetcher)
    parsed = PaperHTML.__new__(PaperHTML)
    # Never a <base> element (tree() sends those to tinyhtml5), so the base is ours.
    parsed.base_url = base_url
    parsed.url_fetcher = url_fetcher
    parsed.media_type = "print"
    parsed.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
    parsed.etree_element = parsed.wrapper_element.etree_element
    return parsed
