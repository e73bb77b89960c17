from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from pipv.engine import jurisdiction_texts


class Command(BaseCommand):
    help = (
        "Write the notes of the jurisdiction table (pipv/engine/jurisdictions.toml) into "
        "pipv/engine/jurisdiction_messages.py, where makemessages collects them for "
        "translation. With --check, write nothing and fail if that module is out of date. "
        "Either way, say which notes have no Chinese translation yet (they show in English)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="fail if the generated module is out of date"
        )

    def handle(self, *args, **options):
        path = jurisdiction_texts.MODULE_PATH
        if options["check"]:
            if jurisdiction_texts.stale():
                raise CommandError(f"out of date (run manage.py jurisdiction_texts): {path}")
            self.stdout.write("The table's notes are up to date.")
        else:
            jurisdiction_texts.write()
            self.stdout.write(f"wrote {path}")
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
