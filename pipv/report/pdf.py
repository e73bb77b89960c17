"""The lawyer's PDF: WeasyPrint, PDF/A-3a, with the case file attached, fetching nothing.

Safety by construction: the only fetcher WeasyPrint gets serves files from pipv's own static
directories and refuses every other URL (network, ``file://``, ``data:``), so notes full of
``<img src=http://…>`` or CSS ``url()`` cannot make the server reach out, even if escaping
failed somewhere. The web app never renders: a background task does (``jobs``, ``tasks``).
"""

from __future__ import annotations

import gc
import hashlib
import mimetypes
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from threading import Lock, local
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from weasyprint import CSS, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from . import pdf_writer, svg_text, text_layout, xhtml

# Every URL our templates give WeasyPrint starts here; {% static %} yields /static/… and the
# document's base URL makes it absolute. The host is reserved (RFC 6761) and never resolved.
BASE_URL = "https://pipv.invalid/"
STATIC_PREFIX = BASE_URL + str(settings.STATIC_URL).lstrip("/")

# Bump when the templates or styles change in a way that changes the PDF.
LAYOUT_VERSION = "19"


class Refused(ValueError):
    """A URL outside pipv's own static files; WeasyPrint logs it and leaves it out."""


class StaticOnlyFetcher(URLFetcher):
    """Serves /static/ files from disk; refuses everything else without opening a socket."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=())
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        if url.startswith(STATIC_PREFIX):
            relative = url[len(STATIC_PREFIX) :].split("?")[0].split("#")[0]
            path = _static_file(relative)
            if path is not None:
                mime, _ = mimetypes.guess_type(path.name)
                return URLFetcherResponse(
                    url, path.read_bytes(), {"Content-Type": mime or "application/octet-stream"}
                )
        self.refused.append(url[:200])
        raise Refused(f"pipv fetches only its own static files, not {url[:80]!r}")


def _static_file(relative: str) -> Path | None:
    if not relative or ".." in Path(relative).parts or relative.startswith("/"):
        return None
    found = finders.find(relative)
    if found is None and settings.STATIC_ROOT:
        candidate = Path(settings.STATIC_ROOT) / relative
        found = str(candidate) if candidate.is_file() else None
    return Path(found) if isinstance(found, str) else None


# The PDF's stylesheets, in cascade order. They are given to WeasyPrint parsed, not linked
# from the document: parsing them took 13 ms of every render.
PDF_STYLESHEETS = ("css/report.css", "css/report-print.css")
_parsed: dict[str, tuple[int, CSS]] = {}
_parsed_lock = Lock()


def stylesheets() -> list[CSS]:
    """The PDF's stylesheets, parsed once per process and again only when a file changes."""
    sheets = []
    with _parsed_lock:
        for relative in PDF_STYLESHEETS:
            path = _static_file(relative)
            if path is None:
                raise FileNotFoundError(relative)
            changed = path.stat().st_mtime_ns
            known = _parsed.get(relative)
            if known is None or known[0] != changed:
                # Through the fetcher like any other file, so a url() in them fetches only
                # our own static files too.
                sheet = CSS(url=STATIC_PREFIX + relative, url_fetcher=StaticOnlyFetcher())
                known = _parsed[relative] = (changed, sheet)
            sheets.append(known[1])
    return sheets


_fonts = local()


def fonts() -> FontConfiguration:
    """This thread's fonts, opened once: by default WeasyPrint opens every face again for
    each PDF, an eighth of a render (bench/report.py). One per thread, as Pango's font map is
    not to be shared between threads; the PDF's fonts are installed ones (no @font-face), so
    nothing in it depends on the document."""
    config = getattr(_fonts, "config", None)
    if config is None:
        # Here, not at import: checking WeasyPrint's source is work for the processes that
        # render, and every web process imports this module.
        text_layout.install()
        svg_text.install()
        config = _fonts.config = FontConfiguration()
    return config


# WeasyPrint makes millions of short-lived objects and frees most by their reference counts,
# so a collection during a render mostly walks the live objects, the whole box tree among
# them, again and again. What a render leaves in reference cycles (boxes, text layouts and
# PDF dictionaries that point at each other) is freed by one collection of the young
# generation after it.
@contextmanager
def collections_after() -> Iterator[None]:
    """No garbage collection during a render; one of the young generation after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(0)


pdf_writer.install()


# Runs of ASCII white space (never a no-break or thin space, which the text means).
_WHITE_RUN = re.compile(r"[ \t\r\n]+")


def squeezed(html: str) -> str:
    """``html`` with each run of spaces, tabs and newlines made one space.

    The page looks the same: nothing in the PDF's styles keeps white space (no ``pre``), and
    a person's line breaks are ``<br>`` by then. WeasyPrint collapses those runs itself, but
    in Python, text box by text box, and the templates' indentation made that a tenth of a
    render (bench/report.py).
    """
    return _WHITE_RUN.sub(" ", html)


# A start tag, and in it an attribute only a browser reads: ARIA roles and states for screen
# readers, and data-* for the phone's stacked tables (report.css, screen only). WeasyPrint tags
# the PDF from the elements themselves. What the templates print is escaped, so no "<" or
# double quote of a person's text can start a tag here or end an attribute's value.
_START_TAG = re.compile(r"<[a-zA-Z][^<>]*>")
_BROWSER_ONLY = re.compile(r'\s(?:role|aria-[a-z]+|data-[a-z-]+)="[^"]*"')


def browser_only_dropped(html: str) -> str:
    """``html`` without the attributes that only a browser reads.

    The PDF is the same; WeasyPrint would tokenize them character by character in Python and
    carry them on every element (bench/report.py).
    """
    return _START_TAG.sub(lambda tag: _BROWSER_ONLY.sub("", tag.group(0)), html)


def paper_markup(html: str) -> str:
    """The template's HTML as WeasyPrint reads it."""
    return browser_only_dropped(squeezed(html))


def render_pdf(html: str, case_file: bytes, *, title: str) -> bytes:
    """The PDF of ``html`` as PDF/A-3a with the case file attached as ``case.json``.

    ``case_file`` is the exported case file itself, so the attachment re-imports as is.
    """
    fetcher = StaticOnlyFetcher()
    attachment = Attachment(
        string=case_file,
        base_url=BASE_URL,
        url_fetcher=fetcher,
        name="case.json",
        description=title,
        relationship="Source",
    )
    with collections_after():
        return _written(html, fetcher, attachment)


def _written(html: str, fetcher: StaticOnlyFetcher, attachment: Attachment) -> bytes:
    # Its own frame, so the document and its boxes are gone before the collection after it.
    document = xhtml.document(paper_markup(html), base_url=BASE_URL, url_fetcher=fetcher)
    return document.write_pdf(
        stylesheets=stylesheets(),
        font_config=fonts(),
        pdf_variant="pdf/a-3a",
        attachments=[attachment],
        uncompressed_pdf=False,
        custom_metadata=False,
    )


def warm() -> None:
    """Load the stylesheets (the user-agent one too) and fonts once, so a worker's first PDF
    is as quick as the rest."""
    stylesheets()
    xhtml.PaperHTML(
        string="<p>pipv</p>", base_url=BASE_URL, url_fetcher=StaticOnlyFetcher()
    ).write_pdf(stylesheets=stylesheets(), font_config=fonts())


def content_key(case_file: bytes, language: str, unsaved: bytes = b"") -> str:
    """Same case file (as_of included), language and answers typed but not saved: same PDF,
    so the hash names it."""
    digest = hashlib.sha256()
    digest.update(f"{LAYOUT_VERSION}|{language}|{len(case_file)}|".encode())
    digest.update(case_file)
    digest.update(unsaved)
    return digest.hexdigest()
