from django.utils import translation

from pipv.cases.management.generated import WriteOrCheck
from pipv.engine import jurisdiction_texts


class Command(WriteOrCheck):
    help = (
        "Write the notes of the jurisdiction table (pipv/engine/jurisdictions.toml) into "
        "pipv/engine/jurisdiction_messages.py, where makemessages collects them for "
        "translation. With --check, write nothing and fail if that module is out of date. "
        "Either way, say which notes have no Chinese translation yet (they show in English)."
    )
    what = "table's notes"

    def stale(self):
        return [jurisdiction_texts.MODULE_PATH] if jurisdiction_texts.stale() else []

    def write(self):
        return [jurisdiction_texts.write()]

    def after(self):
        found = jurisdiction_texts.texts()
        untranslated = [(text, places) for text, places in found if not _in_chinese(text)]
        self.stdout.write(
            f"{len(found)} notes; {len(found) - len(untranslated)} translated into Chinese."
        )
        for text, places in untranslated:
            self.stdout.write(
                f"  {', '.join(places)}: no Chinese translation yet, shown in English: {text}"
            )


def _in_chinese(text: str) -> bool:
    with translation.override("zh-hans"):
        return translation.gettext(text) != text
