"""pydyf writes the same file with less work: level-4 streams, each object serialized once."""

import collections
import io
import re
import zlib

import pydyf
import pytest
from weasyprint import HTML

from pipv.report import pdf as pdf_module
from pipv.report import pdf_writer
from pipv.report.render import pdf_html

from .conftest import example_case


def small_pdf() -> pydyf.PDF:
    """A page with text, a nested dictionary, an array and a non-ASCII string."""
    document = pydyf.PDF()
    content = pydyf.Stream([b"BT /F1 12 Tf 72 720 Td (pipv) Tj ET"] * 40, compress=True)
    document.add_object(content)
    page = pydyf.Dictionary(
        {
            "Type": "/Page",
            "Parent": document.pages.reference,
            "MediaBox": pydyf.Array([0, 0, 612, 792]),
            "Contents": content.reference,
            "Resources": pydyf.Dictionary({"ProcSet": pydyf.Array(["/PDF", "/Text"])}),
        }
    )
    document.add_page(page)
    document.info["Title"] = pydyf.String("Lin Chen — 陈林")
    return document


def written(document: pydyf.PDF, write) -> bytes:
    out = io.BytesIO()
    write(document, out, b"1.7", True, True)  # with a file identifier, compressed, as PDF/A
    return out.getvalue()


def test_the_file_is_byte_for_byte_what_pydyf_writes():
    assert written(small_pdf(), pydyf.PDF.write) == written(
        small_pdf(), pydyf.PDF.write.__wrapped__
    )


def count_serializations(monkeypatch, write) -> list[int]:
    calls: collections.Counter[int] = collections.Counter()
    compute = pdf_writer.ORIGINAL_DATA[pydyf.Dictionary].fget

    def counted(self):
        calls[id(self)] += 1
        return compute(self)

    monkeypatch.setattr(pydyf.Dictionary, "data", pdf_writer._kept(property(counted)))
    document = small_pdf()
    dictionaries = [o for o in document.objects if isinstance(o, pydyf.Dictionary)]
    written(document, write)
    return [calls[id(o)] for o in dictionaries]


def test_each_object_is_serialized_once_per_file(monkeypatch):
    assert set(count_serializations(monkeypatch, pydyf.PDF.write)) == {1}
    # pydyf alone serializes each twice: once for the file, once for its identifier.
    assert set(count_serializations(monkeypatch, pydyf.PDF.write.__wrapped__)) == {2}


def test_outside_a_write_nothing_is_kept():
    page = pydyf.Dictionary({"Type": "/Page"})
    assert page.data == b"<</Type /Page>>"
    page["Rotate"] = 90
    assert page.data == b"<</Type /Page/Rotate 90>>"


def test_streams_are_compressed_at_level_4_and_still_inflate():
    stream = pydyf.Stream([b"0 0 m 100 100 l S"] * 200, compress=True)
    body = re.search(rb"stream\n(.*)\nendstream", stream.data, re.DOTALL).group(1)
    assert zlib.decompress(body) == b"\n".join([b"0 0 m 100 100 l S"] * 200)
    level4 = zlib.compressobj(4)
    assert body == level4.compress(b"\n".join([b"0 0 m 100 100 l S"] * 200)) + level4.flush()


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_example_pdf_is_the_file_pydyf_would_write(monkeypatch, language):
    html = pdf_module.paper_markup(pdf_html(example_case("amazon-focus-pivot"), language)[0])

    def render() -> bytes:
        return HTML(string=html, base_url=pdf_module.BASE_URL).write_pdf(
            stylesheets=pdf_module.stylesheets(),
            font_config=pdf_module.fonts(),
            pdf_variant="pdf/a-3a",
        )

    quick = render()
    monkeypatch.setattr(pydyf.PDF, "write", pydyf.PDF.write.__wrapped__)
    monkeypatch.setattr(pydyf.PDF, "page_references", pdf_writer.ORIGINAL_PAGE_REFERENCES)
    monkeypatch.setattr(pydyf, "_to_bytes", pdf_writer.ORIGINAL_TO_BYTES)
    assert render() == quick


def test_page_references_are_kept_until_a_page_is_added():
    pdf = pydyf.PDF()
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    first = pdf.page_references
    assert first is pdf.page_references  # kept, not built again
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert pdf.page_references == pdf_writer.ORIGINAL_PAGE_REFERENCES.fget(pdf)
    assert len(pdf.page_references) == 2


@pytest.mark.parametrize(
    "value",
    [
        b"0 0 m",
        "/Span",
        "/StructElem",
        7,
        -12,
        10**20,
        True,
        0.5,
        2.0,
        pydyf.Dictionary({"Type": "/Page", "MCID": 3}),
        pydyf.Array([1, "/Name", b"2 0 R"]),
        pydyf.String("Lin Chen (example)"),
    ],
)
def test_values_become_the_bytes_pydyf_gives(value):
    assert pdf_writer._to_bytes(value) == pdf_writer.ORIGINAL_TO_BYTES(value)


def test_text_pydyf_cannot_write_as_ascii_is_refused_as_pydyf_refuses_it():
    with pytest.raises(UnicodeEncodeError):
        pdf_writer._to_bytes("/Spän")
    with pytest.raises(UnicodeEncodeError):
        pdf_writer.ORIGINAL_TO_BYTES("/Spän")
