"""How fast the report is made: assessment, results HTML, PDF, and a PDF's peak memory.

    .venv/bin/python bench/report.py [--runs 7]

Renders the bundled Amazon example and a large case (10 protected activities, 40 events,
16 vests) several times in one process and prints medians, plus the ratio of our PDF time to
a one-paragraph WeasyPrint document and to plain paragraphs filling as many pages as our PDF
has, set by the PDF's own stylesheets and rendered in the same run, in turns with ours (so a
slower machine shows up as a slower baseline, not as a regression). The cold render is the
whole of what a worker does: assessment, the document's HTML and WeasyPrint, with room on the
frame stack (pipv.core.framestack) as the worker has. Peak memory is measured in a fresh
process per case. Every PDF is a cold render (nothing is cached in the process).
"whole view" is the results page as the server answers it: session, reading and decrypting
the case from the database, the engine and the template.
Targets (2-core machine): assessment < 5 ms, results page < 50 ms, PDF example < 600 ms,
PDF large < 1.5 s, peak memory of a PDF render < 250 MB.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta

from _setup import ROOT, own_peak_mb, run  # noqa: E402  (sets up pipv first)


def large_document() -> dict:
    doc = copy.deepcopy(json.loads((ROOT / "examples" / "amazon-focus-pivot.json").read_text()))
    start = date(2026, 1, 5)
    kinds = [
        "fmla_request",
        "ada_accommodation_request",
        "discrimination_complaint",
        "wage_complaint",
    ]
    doc["protected_activities"] = [
        {
            "id": f"pa{i + 1}",
            "kind": kinds[i % len(kinds)],
            "date": (start + timedelta(days=21 * i)).isoformat(),
            "reported_to": "manager",
            "in_writing": i % 2 == 0,
            "decision_maker_knew": ["yes", "unknown", "no"][i % 3],
            "notes": "Asked in writing; see the email thread of that week. " * 3,
        }
        for i in range(10)
    ]
    adverse = [
        "negative_feedback",
        "contradicting_recap",
        "transfer_restricted",
        "coaching_plan",
        "excluded_from_work",
        "pay_cut",
    ]
    events = [
        {
            "id": f"e{i + 1}",
            "kind": adverse[i % len(adverse)],
            "date": (start + timedelta(days=7 * i + 3)).isoformat(),
            "by": "manager",
            "notes": "Recap email lists gaps never raised in the meeting. " * 2,
            "contradicting_evidence": "Task tracker shows the work done on time."
            if i % 3 == 0
            else "",
        }
        for i in range(39)
    ]
    events.append({"id": "e40", "kind": "pivot_meeting", "date": "2026-11-16", "by": "manager"})
    doc["events"] = events
    doc["compensation"]["vests"] = [
        {
            "id": f"v{i + 1}",
            "date": (date(2026, 12, 1) + timedelta(days=91 * i)).isoformat(),
            "shares": str(10 + i),
        }
        for i in range(16)
    ]
    return doc


PLAIN_WORDS = (
    "The recap email listed gaps that were never raised in the meeting, and the task tracker "
    "shows the work done on time. "
).split()


def plain_document(pages: int) -> str:
    """Plain paragraphs filling ``pages`` pages, set by the PDF's own stylesheets: its page
    size and margins, its body type and paragraph spacing. What WeasyPrint needs least work for
    on pages as full as ours; our PDF's time is compared with this one's, so a slower machine
    shows up as a slower baseline, not as a regression."""
    from weasyprint import HTML

    from pipv.report.pdf import stylesheets

    paragraph = "<p>" + " ".join(PLAIN_WORDS[i % len(PLAIN_WORDS)] for i in range(100)) + "</p>"

    def document(per_page: int, count: int) -> str:
        page = '<div style="break-after: page">' + paragraph * per_page + "</div>"
        return f'<html lang="en"><body class="report-pdf">{page * count}</body></html>'

    def pages_of(html: str) -> int:
        return len(HTML(string=html).render(stylesheets=stylesheets()).pages)

    per_page = 1
    while pages_of(document(per_page + 1, 1)) == 1:
        per_page += 1
    return document(per_page, pages)


def plain_pdf(html: str) -> bytes:
    from weasyprint import HTML

    from pipv.core.framestack import with_room
    from pipv.report.pdf import fonts, stylesheets

    # With the fonts opened once, as ours are (pdf.fonts): the same work apart from layout.
    return with_room(HTML(string=html).write_pdf, stylesheets=stylesheets(), font_config=fonts())


def ms(fn) -> float:
    """How long one call of ``fn`` took, in ms."""
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def median_ms(fn, runs: int) -> float:
    return statistics.median(ms(fn) for _ in range(runs))


def medians_in_turn(first, second, runs: int) -> tuple[float, float]:
    """Median ms of each of two functions, timed in turns (first, second, first, ...), so
    that a change in the machine's state during the run weighs on both alike."""
    pairs = [(ms(first), ms(second)) for _ in range(runs)]
    return statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs)


def peak_memory(name: str) -> float:
    """Peak RSS (MB) of a fresh process that renders one PDF of ``name``."""
    out = subprocess.run(
        [sys.executable, __file__, "--memory-of", name], capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--memory-of", help=argparse.SUPPRESS)
    args = parser.parse_args()

    import django

    django.setup()
    from django.template.loader import render_to_string
    from django.test import RequestFactory
    from pypdf import PdfReader
    from weasyprint import HTML

    from pipv.core.framestack import with_room
    from pipv.engine import assess, dumps, parse
    from pipv.report.render import pdf_for, report_for

    cases = {
        "example": parse(json.loads((ROOT / "examples" / "amazon-focus-pivot.json").read_text())),
        "large": parse(large_document()),
    }

    def cold_pdf(case):
        # No cache: each call renders. As a worker does, with room on the frame stack.
        return with_room(pdf_for, case, "en")

    if args.memory_of:
        cold_pdf(cases[args.memory_of])
        print(own_peak_mb())
        return

    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    from pipv.cases.models import CaseRecord

    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model

    owner = get_user_model().objects.create_user("bench", password="a long bench phrase")
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(owner)
    documents = {
        "example": json.loads((ROOT / "examples" / "amazon-focus-pivot.json").read_text()),
        "large": large_document(),
    }
    records = {
        name: CaseRecord.objects.create(owner=owner, title=name, document=doc)
        for name, doc in documents.items()
    }

    request = RequestFactory().get("/")
    cold_pdf(cases["example"])  # fonts and styles loaded once, as in a running server
    baseline = median_ms(lambda: HTML(string="<p>One paragraph.</p>").write_pdf(), args.runs)
    print(f"runs per figure: {args.runs} (median)")
    print(f"baseline one-paragraph PDF: {baseline:8.1f} ms")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    goals: list[tuple[bool, str]] = []
    for name, case in cases.items():
        assessment = median_ms(lambda case=case: assess(case), args.runs)

        def results(case=case):
            render_to_string(
                "report/results.html",
                {
                    "case": {"title": "x", "pk": 1},
                    "report": report_for(case),
                    "pdf_url": "/",
                    "ics_url": "/",
                    "export_url": "/",
                    "review_url": "/",
                },
                request=request,
            )

        url = reverse("report:results", args=[records[name].pk])
        assert client.get(url).status_code == 200
        html, page = medians_in_turn(results, lambda url=url: client.get(url), args.runs)
        rendered = cold_pdf(case)
        size = len(rendered) / 1024
        pages = len(PdfReader(io.BytesIO(rendered)).pages)
        plain = plain_document(pages)
        assert len(PdfReader(io.BytesIO(plain_pdf(plain))).pages) == pages, "a page overflowed"
        pdf_ms, plain_ms = medians_in_turn(
            lambda case=case: cold_pdf(case), lambda plain=plain: plain_pdf(plain), args.runs
        )
        memory = peak_memory(name)
        goals.append(
            (
                page <= 1.5 * html,
                f"{name}: whole results view {page:.0f} ms = {page / html:.2f}x its template's "
                f"{html:.0f} ms (goal <= 1.5x)",
            )
        )
        goals.append(
            (
                pdf_ms <= 2.0 * plain_ms,
                f"{name}: cold render {pdf_ms:.0f} ms = {pdf_ms / plain_ms:.2f}x plain paragraphs "
                f"for the same {pages} pages, {plain_ms:.0f} ms (goal <= 2.0x)",
            )
        )
        print(
            f"{name:8s} assessment {assessment:7.2f} ms | results HTML {html:7.1f} ms "
            f"(whole view {page:6.1f} ms) | "
            f"PDF {pdf_ms:7.1f} ms ({pdf_ms / baseline:5.1f}x baseline, {size:.0f} KB, {pages} "
            f"pages; plain paragraphs for {pages} pages {plain_ms:.0f} ms: "
            f"{pdf_ms / plain_ms:.2f}x, goal <= 2.0) | "
            f"peak memory {memory:.0f} MB | case file {len(dumps(case)) / 1024:.0f} KB"
        )
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("\n=== goals (issue #19) ===")
    for ok, text in goals:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")


if __name__ == "__main__":
    run(main)
