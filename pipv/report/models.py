"""Rendered PDFs, kept encrypted for a while so a download is there before the click."""

from django.db import models

from pipv.cases.models import CaseRecord


class PdfRender(models.Model):
    """The PDF of one case in one language: queued, being rendered, ready, or failed.

    One row per case and language. ``digest`` names the content (case file, as-of date,
    language, layout), ``version`` the case's saved version; a row that matches neither any
    more is replaced. The PDF itself is a Fernet token under PIPV_DATA_KEYS, like the case:
    the database never holds it in plain text. Deleted with the case, when the case is saved
    again, and after PIPV_PDF_LIFETIME_MINUTES.
    """

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        READY = "ready"
        FAILED = "failed"
        TIMED_OUT = "timed_out"

    case = models.ForeignKey(CaseRecord, on_delete=models.CASCADE, related_name="pdfs")
    language = models.CharField(max_length=16)
    version = models.PositiveIntegerField()
    digest = models.CharField(max_length=64)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    # Renders started: a worker that died mid-render leaves its row running, and the row is
    # queued once more (pipv.report.jobs).
    attempts = models.PositiveSmallIntegerField(default=0)
    # When someone clicked for it; empty for a PDF the results page queued in case of a
    # click. An asked render goes ahead of the others, and one nobody asked for gives way.
    asked_at = models.DateTimeField(null=True)
    sealed_pdf = models.BinaryField(null=True)
    queued_at = models.DateTimeField()
    started_at = models.DateTimeField(null=True)
    finished_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "language"], name="one_pdf_per_language")
        ]
        indexes = [models.Index(fields=["status", "finished_at"], name="pdf_status_finished")]

    def __str__(self) -> str:
        return f"PDF {self.pk} ({self.status})"
