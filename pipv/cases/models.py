from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseRecord(models.Model):
    """One user's case, stored as its case-file document (``pipv.case/1``).

    Keeping the document itself, not columns derived from it, makes export and
    import lossless by construction. While the questionnaire is under way the
    document may be incomplete; the engine says what is missing.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cases"
    )
    title = models.CharField(_("name of this case"), max_length=120)
    document = models.JSONField(default=dict)
    # Bumped on every save so a stale second tab cannot overwrite newer answers.
    version = models.PositiveIntegerField(default=1)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated"]

    def __str__(self) -> str:
        return self.title
