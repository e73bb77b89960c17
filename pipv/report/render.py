"""One way to make each form of the report, for the web views and the ``report`` command."""

from __future__ import annotations

import hashlib
from contextlib import nullcontext

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from pipv.engine import Case, assess, dumps

from . import pdf
from .ics import build_calendar
from .present import Report, build_report

PDF_LANGUAGES = ("en", "zh-hans")


def report_for(case: Case) -> Report:
    """The report in the active language."""
    return build_report(assess(case))


def pdf_for(
    case: Case, language: str = "en", *, unsaved: tuple[tuple[str, str, str], ...] = ()
) -> bytes:
    """The PDF in ``language`` (English for the lawyer unless asked otherwise), rendered in
    this process: a background worker's (``jobs.render``) or the ``report`` command's.
    ``unsaved``: answers typed in the app and not saved (where, which, what was typed)."""
    html, title = pdf_html(case, language, unsaved=unsaved)
    return pdf.render_pdf(html, dumps(case).encode("utf-8"), title=title)


def pdf_html(
    case: Case, language: str, *, unsaved: tuple[tuple[str, str, str], ...] = ()
) -> tuple[str, str]:
    """The PDF's HTML in ``language``, and the report's title."""
    with translation.override(language):
        report = report_for(case)
        html = render_to_string(
            "report/document.html",
            {
                "report": report,
                "language": language,
                "unsaved": unsaved,
                "page_counter_css": page_counter_css(),
                "footer_css": css_string(_("pipv · not legal advice")),
            },
        )
    return html, report.title


def css_string(text: str) -> str:
    """``text`` as a CSS string literal, safe inside a <style> element."""
    cleaned = "".join(ch for ch in text if ch.isprintable()).replace("<", "")
    return '"' + cleaned.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page_counter_css() -> str:
    """ "Page X of Y" as CSS content, with the page counters where the translation puts them."""
    template = _("Page %(page)s of %(pages)s")
    words = css_string(template % {"page": "PAGE_MARK", "pages": "PAGES_MARK"})
    return words.replace("PAGES_MARK", '" counter(pages) "').replace(
        "PAGE_MARK", '" counter(page) "'
    )


def calendar_for(case: Case, case_key: str, language: str | None = None) -> bytes:
    """The deadlines as a calendar, in ``language`` or else the active one (the web page's)."""
    # override(None) would turn translation off, not keep the active language.
    with translation.override(language) if language else nullcontext():
        return build_calendar(assess(case), case_key)


def file_case_key(case: Case) -> str:
    """A stable key for a case read from a file: the same person's job gives the same key."""
    emp = case.employment
    text = f"{emp.employer}|{emp.start_date.isoformat()}|{emp.employee_name or ''}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
