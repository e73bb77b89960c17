"""The PDF's HTML read by expat: the tree WeasyPrint's own HTML5 parser builds, or no tree.

A render takes the quick way only where the two parsers agree element by element: same tags,
attributes, text and tails. Where HTML would repair the markup, or it is not XML, the
document goes to tinyhtml5 as before, and the PDF still comes.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
import tinyhtml5
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from weasyprint import HTML

from pipv.engine import parse
from pipv.report import xhtml
from pipv.report.pdf import paper_markup
from pipv.report.render import pdf_for, pdf_html
from tests.engine.test_properties import cases

from .conftest import example_case, hostile_document, pdf_text


def html5_tree(markup: str) -> ET.Element:
    return tinyhtml5.parse(markup, namespace_html_elements=False)


def shape(root: ET.Element) -> list[tuple]:
    """Every element in document order: depth, tag, attributes, text and tail."""
    out: list[tuple] = []

    def walk(element: ET.Element, depth: int) -> None:
        out.append((depth, element.tag, dict(element.attrib), element.text, element.tail))
        for child in element:
            walk(child, depth + 1)

    walk(root, 0)
    return out


def paper(case, language: str = "en") -> str:
    return paper_markup(pdf_html(case, language)[0])


def agrees_or_declines(markup: str) -> bool:
    """expat's tree is HTML5's, or there is none and tinyhtml5 reads the document."""
    quick = xhtml.tree(markup)
    return quick is None or shape(quick) == shape(html5_tree(markup))


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("name", ["amazon-focus-pivot", "generic-pip"])
def test_each_example_is_read_quickly_into_the_tree_html5_builds(name, language):
    markup = paper(example_case(name), language)
    quick = xhtml.tree(markup)
    assert quick is not None, "the example's PDF should not need the HTML5 parser"
    assert shape(quick) == shape(html5_tree(markup))


def test_a_persons_markup_stays_their_words_in_the_same_tree():
    case = parse(hostile_document())
    markup = paper(case)
    quick = xhtml.tree(markup)
    assert quick is not None
    assert shape(quick) == shape(html5_tree(markup))
    texts = " ".join(quick.itertext())
    assert '<img src="http://198.51.100.7/track.png">' in texts
    assert not [e for e in quick.iter() if e.tag in ("img", "script", "iframe", "link", "b")]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.text(max_size=80))
def test_any_case_is_read_into_the_same_tree_or_left_to_html5(case, notes):
    if case.events:  # whatever a person may type, in the first event's notes
        case = replace(case, events=(replace(case.events[0], notes=notes), *case.events[1:]))
    assert agrees_or_declines(paper(case))


def page(body: str, head: str = "") -> str:
    return (
        f'<!doctype html> <html lang="en"> <head> <meta charset="utf-8"> {head}</head> '
        f'<body class="report-pdf"> {body} </body> </html> '
    )


# Markup each of the checks is there for: HTML repairs it into another tree than XML reads.
REPAIRED = {
    "a block inside a paragraph": page("<p>a<div>b</div>c</p>"),
    "a list inside a paragraph": page("<p>a<ul><li>b</li></ul></p>"),
    "a table inside a paragraph": page("<p><table><tbody><tr><td>a</td></tr></tbody></table></p>"),
    "a row straight under a table": page("<table><tr><td>a</td></tr></table>"),
    "a column outside a column group": page("<table><col><tbody></tbody></table>"),
    "words between a table's rows": page("<table><tbody>a<tr><td>b</td></tr></tbody></table>"),
    "a block between a row's cells": page("<table><tbody><tr><div>a</div></tr></tbody></table>"),
    "an item inside an item": page("<ul><li>a<span><li>b</li></span></li></ul>"),
    "a term inside a definition": page("<dl><dd>a<span><dt>b</dt></span></dd></dl>"),
    "a heading inside a heading": page("<h2>a<h3>b</h3></h2>"),
    "a link inside a link": page('<a href="#x">a<a href="#y">b</a></a>'),
    "a comment": page("<p>a<!-- b --></p>"),
    "a Windows-1252 reference": page("<p>&#128;</p>"),
    "a reference in a style": page("<p>a</p>", head="<style>p::after { content: '&amp;' }</style>"),
    "an SVG name HTML re-cases": page(
        '<svg xmlns="http://www.w3.org/2000/svg" viewbox="0 0 1 1"></svg>'
    ),
    "an HTML tag inside SVG": page('<svg xmlns="http://www.w3.org/2000/svg"><p>a</p></svg>'),
    "upper-case names": page('<P CLASS="a">b</P>'),
    "a leading newline in pre": page("<pre>&#10;a</pre>"),
    "words after the document": page("<p>a</p>") + "b",
    "no doctype": page("<p>a</p>").replace("<!doctype html>", ""),
    "a control character": page("<p>a\x0bb</p>"),
    "an ampersand HTML reads as text": page("<p>AT&T</p>"),
    "an unknown entity": page("<p>&pipv;</p>"),
}


@pytest.mark.parametrize("markup", REPAIRED.values(), ids=REPAIRED.keys())
def test_markup_html_would_repair_is_left_to_html5(markup):
    assert xhtml.tree(markup) is None
    # Each check guards a real difference: read naively, XML refuses it or builds another tree.
    naive = xhtml.as_xml(markup)
    try:
        assert naive is None or shape(ET.fromstring(naive)) != shape(html5_tree(markup))
    except ET.ParseError:
        pass


def test_named_references_white_space_and_svg_come_out_as_html5_reads_them():
    markup = page(
        "<p>a&nbsp;b&mdash;c &amp; d<br>e</p> "
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><title>t</title>'
        '<rect x="0" y="0" width="1" height="1"/></svg>'
    )
    quick = xhtml.tree(markup)
    assert quick is not None
    assert shape(quick) == shape(html5_tree(markup))


def test_the_pdf_of_the_example_is_made_without_the_html5_parser(monkeypatch, amazon_case):
    def refuse(*args, **kwargs):
        raise AssertionError("tinyhtml5 was asked to parse the example")

    monkeypatch.setattr(tinyhtml5, "parse", refuse)
    assert "$40,163.54" in pdf_text(pdf_for(amazon_case, "en"))


def test_notes_expat_cannot_read_leave_the_document_to_html5(amazon_case):
    event = replace(amazon_case.events[0], notes="Line one\x0bstill the same note")
    case = replace(amazon_case, events=(event, *amazon_case.events[1:]))
    assert xhtml.tree(paper(case)) is None


def test_a_document_left_to_html5_makes_the_same_pdf(monkeypatch, amazon_case, amazon_pdf):
    parsed = []
    parse_html = tinyhtml5.parse
    monkeypatch.setattr(xhtml, "tree", lambda markup: None)
    monkeypatch.setattr(tinyhtml5, "parse", lambda *a, **k: parsed.append(1) or parse_html(*a, **k))
    slow = pdf_for(amazon_case, "en")
    assert parsed, "tinyhtml5 should have read this document"
    assert pdf_text(slow) == pdf_text(amazon_pdf)


def test_paper_keeps_list_numbers_and_its_styles_use_no_footnotes_or_notes():
    assert xhtml.paper_ua() is not None, "WeasyPrint's stylesheet changed: see xhtml._UA_CHANGES"
    lists = "<ol><li>First</li><li>Second</li></ol><ul><li>Third</li></ul>"
    paper = pdf_text(xhtml.PaperHTML(string=lists).write_pdf())
    assert "1." in paper and "2." in paper and "•" in paper
    assert paper == pdf_text(HTML(string=lists).write_pdf())
    # The note rules are dropped because nothing on paper floats a footnote or makes a note.
    root = Path(__file__).resolve().parents[2]
    sources = [*root.glob("static/css/*.css"), *root.glob("templates/report/*.html")]
    assert sources
    for source in sources:
        text = source.read_text()
        assert not re.search(r"footnote|float:\s*note|::note", text), source
