from django.core.management.base import BaseCommand, CommandError

from pipv.engine.schemas.generate import BUILDERS, path_of, stale, text_of


class Command(BaseCommand):
    help = (
        "Write the JSON Schemas of the case file and the assessment (pipv/engine/schemas/) from "
        "the engine's vocabularies and limits. With --check, write nothing and fail if a "
        "committed schema differs from the generated one."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="fail if a schema file is out of date"
        )

    def handle(self, *args, **options):
        if options["check"]:
            out_of_date = stale()
            if out_of_date:
                names = ", ".join(str(path_of(name)) for name in out_of_date)
                raise CommandError(f"out of date (run manage.py schemas): {names}")
            self.stdout.write("The schemas are up to date.")
            return
        for name in BUILDERS:
            path_of(name).write_text(text_of(name), encoding="utf-8")
            self.stdout.write(f"wrote {path_of(name)}")
