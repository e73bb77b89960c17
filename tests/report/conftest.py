"""The bundled example cases, their PDFs rendered once per test run, and a hostile case."""

import copy
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from pipv.engine import loads, parse
from pipv.report.render import pdf_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example_case(name: str):
    return loads((EXAMPLES / f"{name}.json").read_bytes())


def example_document(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}.json").read_text())


def pivot_before_thanksgiving(as_of: str) -> dict:
    """The Amazon example with its Pivot meeting on Wed Nov 25, 2026, in Washington: the choice
    is due Wed Dec 2 counting Thanksgiving and the day after as working days, Fri Dec 4 if
    the employer does not (both are Washington holidays, RCW 1.16.050)."""
    document = example_document("amazon-focus-pivot")
    for event in document["events"]:
        if event["kind"] == "pivot_meeting":
            event["date"] = "2026-11-25"
    document["events"] = [e for e in document["events"] if e["date"] <= "2026-11-25"]
    document["as_of"] = as_of
    return document


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    # Table cells wrap; joining on spaces and collapsing runs keeps phrases searchable.
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def pdf_fonts(pdf: bytes) -> set[str]:
    """The families of the fonts a PDF's pages draw with, without the subset's tag
    ("XKQQSR+DejaVu-Sans" is "DejaVu-Sans")."""
    return {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }


@pytest.fixture(scope="session")
def amazon_case():
    return example_case("amazon-focus-pivot")


@pytest.fixture(scope="session")
def amazon_pdf(amazon_case):
    return pdf_for(amazon_case, "en")


@pytest.fixture(scope="session")
def amazon_pdf_zh(amazon_case):
    return pdf_for(amazon_case, "zh-hans")


@pytest.fixture(scope="session")
def generic_pdf():
    return pdf_for(example_case("generic-pip"), "en")


HOSTILE_NOTES = [
    '<img src="http://198.51.100.7/track.png">',
    '<link rel="stylesheet" href="https://198.51.100.7/x.css">',
    "<style>@import url(http://198.51.100.7/y.css);"
    " body { background: url(file:///etc/passwd) }</style>",
    '</p><script>fetch("http://198.51.100.7/")</script>',
    "x" * 3000,
    "https://example.invalid/" + "a/" * 400,
]


def hostile_document() -> dict:
    """The Amazon example with every free-text field turned against the renderer."""
    doc = copy.deepcopy(example_document("amazon-focus-pivot"))
    doc["employment"]["employee_name"] = '<b onmouseover="x">Name</b>' + "N" * 150
    doc["employment"]["employer"] = "<iframe src=http://198.51.100.7>"
    for i, activity in enumerate(doc["protected_activities"]):
        activity["notes"] = HOSTILE_NOTES[i % len(HOSTILE_NOTES)]
    for i, event in enumerate(doc["events"]):
        event["notes"] = HOSTILE_NOTES[i % len(HOSTILE_NOTES)]
        event["by"] = HOSTILE_NOTES[(i + 1) % len(HOSTILE_NOTES)][:200]
        event["contradicting_evidence"] = HOSTILE_NOTES[(i + 2) % len(HOSTILE_NOTES)]
    parse(doc)  # still a valid case: hostile, not broken
    return doc
