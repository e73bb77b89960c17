from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .sealed import SealedJSONField


class CaseRecord(models.Model):
    """One user's case, stored as its case-file document (``pipv.case/1``).

    Keeping the document itself, not columns derived from it, makes export and
    import lossless by construction. While the questionnaire is under way the
    document may be incomplete; the engine says what is missing.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cases"
    )
    # The name the user gives the case can say as much as the case ("PIP after my FMLA"):
    # sealed like the document. Its length (120) is checked where it is typed.
    title = SealedJSONField(_("name of this case"), default="")
    # Encrypted at rest with PIPV_DATA_KEYS: the database holds a Fernet token.
    document = SealedJSONField(default=dict)
    # Bumped on every save so a stale second tab cannot overwrite newer answers.
    version = models.PositiveIntegerField(default=1)
    # Slugs of the questionnaire steps the user has moved on from with valid answers. Sealed:
    # "visa" or "offer" among them says who is on a visa or holds a severance offer.
    progress = SealedJSONField(default=list, blank=True)
    # What was typed but could not be saved yet (an impossible date, "12O,000"), per step,
    # sealed like every case answer (pipv.cases.crypto). Never part of the case file.
    drafts = models.TextField(blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated"]

    def __str__(self) -> str:
        return self.title
