"""How the work grows with a case's size: N protected activities x M adverse events.

    .venv/bin/python bench/sizes.py [--sizes 10x50,50x200,100x100,20x500x500x3500]
                                    [--runs 5] [--pdf-runs 3] [--language zh-hans]
                                    [--no-memory] [--pdf-pairs 100000]

A size is NxM (activities x events), NxMxV (and V monthly vests) or NxMxVxT (and notes of T
characters on every activity and event; V 0 keeps the example's vests).

Every activity comes before every event, so a case of N activities and M events has N x M
timing pairs, each of which the contract lists (docs: case-format.md). For each size it
prints the median wall-clock and CPU time of --runs runs (the PDF: of --pdf-runs, a cold
render each time, as a worker makes it; a worker's limit, PIPV_PDF_TIME_LIMIT, counts CPU time,
which other work on a busy machine does not inflate as it does the wall clock) of:

- assess: the engine and the JSON `manage.py assess` prints, and that JSON's size;
- results page: the whole view through Django's test client (session, decrypting the case from
  the database, the engine, the template), and the HTML's size;
- PDF: `manage.py report`'s work (assessment, the document's HTML, WeasyPrint), and its size;
- peak memory (MB): a fresh process per size and step does that step once and reports its own
  peak resident size (Linux's VmHWM, else getrusage's ru_maxrss); the first line gives that of
  a process that only starts Django and loads the renderer, so a step's own cost is the
  difference.

A size the case file reader refuses is reported as refused, with the reader's words: that is
how a limit shows here. Nothing is timed against a goal; the figures are for a person to read.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta

from _setup import ROOT, own_peak_mb, run  # noqa: E402  (sets up pipv first)

ACTIVITY_KINDS = ("fmla_request", "ada_accommodation_request", "discrimination_complaint")
# Adverse kinds with no order among them (no plan's end before its start).
EVENT_KINDS = ("negative_feedback", "contradicting_recap", "transfer_restricted", "pay_cut")
FIRST_ACTIVITY = date(2020, 1, 6)


NOTE_WORDS = "The recap email listed gaps that were never raised in the meeting. ".split()


def words(length: int) -> str:
    """``length`` characters of plain sentences, as a person's notes read."""
    text = ""
    while len(text) < length:
        text += " ".join(NOTE_WORDS) + " "
    return text[:length].strip()


def sized_document(
    activities: int, events: int, vests: int | None = None, notes: int | None = None
) -> dict:
    """The bundled example with ``activities`` protected activities, one a day, and then
    ``events`` adverse events, one a day: every activity precedes every event. With ``vests``,
    that many monthly vests from the as-of date on instead of the example's. With ``notes``,
    every activity's and event's notes are that many characters long."""
    doc = copy.deepcopy(json.loads((ROOT / "examples" / "amazon-focus-pivot.json").read_text()))
    doc["employment"]["start_date"] = "2019-01-07"
    doc["employment"].pop("last_review", None)
    doc["employment"].pop("manager_change_date", None)
    doc["protected_activities"] = [
        {
            "id": f"pa{i + 1}",
            "kind": ACTIVITY_KINDS[i % len(ACTIVITY_KINDS)],
            "date": (FIRST_ACTIVITY + timedelta(days=i)).isoformat(),
            "reported_to": "manager",
            "in_writing": True,
            "decision_maker_knew": "yes",
            "notes": words(notes) if notes else "Asked in writing; see the email thread.",
        }
        for i in range(activities)
    ]
    first_event = FIRST_ACTIVITY + timedelta(days=activities)
    doc["events"] = [
        {
            "id": f"e{i + 1}",
            "kind": EVENT_KINDS[i % len(EVENT_KINDS)],
            "date": (first_event + timedelta(days=i)).isoformat(),
            "by": "manager",
            "notes": words(notes) if notes else "Recap email lists gaps never raised.",
        }
        for i in range(events)
    ]
    if vests is not None:
        doc["compensation"]["vests"] = [
            {"id": f"v{i + 1}", "date": f"{2027 + i // 12}-{i % 12 + 1:02d}-15", "shares": "10"}
            for i in range(vests)
        ]
    return doc


def ms(fn) -> tuple[float, float, object]:
    """Wall and CPU time of one call of ``fn`` (ms), and what it returned."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, out


def median_ms(fn, runs: int) -> tuple[str, object]:
    """The median wall and CPU time of ``runs`` calls, as "wall ms (CPU cpu)"; the last result."""
    timed = [ms(fn) for _ in range(runs)]
    wall = statistics.median(t[0] for t in timed)
    cpu = statistics.median(t[1] for t in timed)
    return f"{wall:7.0f} ms (CPU {cpu:7.0f})", timed[-1][2]


def parse_size(text: str) -> tuple[int, ...]:
    """ "NxM" (activities x events), or "NxMxV" with V vests."""
    return tuple(int(part) for part in text.lower().split("x"))


def sized(size: str) -> tuple[int, int, int | None, int | None]:
    """``sized_document``'s arguments for ``size``."""
    n, m, *more = parse_size(size)
    vests, notes = (more + [0, 0])[:2]
    return n, m, vests or None, notes or None


def steps(language: str = "en"):
    """The engine's JSON and the PDF (in ``language``), each a function of a case document."""
    from pipv.core.framestack import with_room
    from pipv.engine import assess, parse, to_document
    from pipv.report.render import pdf_for

    def assess_json(doc):
        return json.dumps(to_document(assess(parse(doc))), indent=2, ensure_ascii=False)

    def pdf(doc):
        return with_room(pdf_for, parse(doc), language)

    return assess_json, pdf


def results_page(client, doc):
    from django.urls import reverse

    from pipv.cases.models import CaseRecord

    record = CaseRecord.objects.create(owner=client.owner, title="bench", document=doc)
    url = reverse("report:results", args=[record.pk])

    def get():
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        return response.content

    return get


def logged_in_client():
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    owner, _ = get_user_model().objects.get_or_create(username="bench")
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(owner)
    client.owner = owner
    return client


def memory_of(step: str, size: str, language: str) -> None:
    """In a fresh process: do ``step`` once for ``size`` and print the peak RSS."""
    import django

    django.setup()
    assess_json, pdf = steps(language)
    doc = sized_document(*sized(size))
    if step == "assess":
        assess_json(doc)
    elif step == "pdf":
        pdf(doc)
    elif step == "results":
        results_page(logged_in_client(), doc)()
    print(own_peak_mb())


def peak(step: str, size: str, language: str) -> str:
    out = subprocess.run(
        [sys.executable, __file__, "--memory-of", step, size, language],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        return "failed"
    return f"{float(out.stdout.strip()):.0f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10x50,50x200,100x100,20x500x500x3500,500x500")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pdf-runs", type=int, default=3)
    parser.add_argument(
        "--pdf-pairs",
        type=int,
        default=100_000,
        help="render no PDF for a size with more pairs than this (minutes each)",
    )
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--language", default="en", help="the PDF's: en or zh-hans")
    parser.add_argument("--memory-of", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.memory_of:
        memory_of(*args.memory_of)
        return

    import django

    django.setup()
    from pipv.engine import CaseInvalid, parse

    assess_json, pdf = steps(args.language)
    client = logged_in_client()
    pdf(sized_document(2, 5))  # fonts and styles loaded once, as in a running server
    print(
        f"runs: {args.runs} (PDF {args.pdf_runs}), medians of wall and CPU time (ms); "
        "sizes in KB; peak memory in MB"
    )
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; PDF in {args.language}")
    if not args.no_memory:
        print(f"memory of a process that only starts: {peak('none', '1x1', args.language)} MB")
    for size in args.sizes.split(","):
        n, m, *more = parse_size(size)
        doc = sized_document(*sized(size))
        file_kb = len(json.dumps(doc)) / 1024
        shown = f"{n:4d} x {m:4d}"
        if more and more[0]:
            shown += f", {more[0]} vests"
        if len(more) > 1:
            shown += f", notes of {more[1]}"
        head = f"{shown} ({n * m:7d} pairs, file {file_kb:5.0f} KB)"
        try:
            parse(doc)
        except CaseInvalid as exc:
            print(f"{head}: refused: {exc.problems[0]}")
            continue
        assess_ms, text = median_ms(lambda doc=doc: assess_json(doc), args.runs)
        page_ms, html = median_ms(results_page(client, doc), args.runs)
        line = (
            f"{head}: assess {assess_ms} {len(text) / 1024:6.0f} KB | "
            f"results page {page_ms} {len(html) / 1024:6.0f} KB"
        )
        if n * m <= args.pdf_pairs:
            pdf_ms, rendered = median_ms(lambda doc=doc: pdf(doc), args.pdf_runs)
            line += f" | PDF {pdf_ms} {len(rendered) / 1024:5.0f} KB"
        else:
            line += " | PDF not rendered (--pdf-pairs)"
        if not args.no_memory:
            memory = [peak(step, size, args.language) for step in ("assess", "results")]
            memory.append(peak("pdf", size, args.language) if n * m <= args.pdf_pairs else "-")
            line += f" | peak MB assess {memory[0]}, results {memory[1]}, PDF {memory[2]}"
        print(line, flush=True)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    run(main)
