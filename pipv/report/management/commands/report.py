from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pipv.cases.cli import EXIT_BAD_INPUT, parse_as_of, read_case
from pipv.report.render import PDF_LANGUAGES, calendar_for, file_case_key, pdf_for


class Command(BaseCommand):
    help = (
        "Render the report of a pipv.case/1 file as a PDF (PDF/A-3a, the case file attached) "
        "and, with --ics, its deadlines as a calendar. Needs no web server or database."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("case", help="path to a pipv.case/1 JSON file")
        parser.add_argument("--output", "-o", required=True, help="where to write the PDF")
        parser.add_argument("--ics", help="also write the deadlines to this .ics file")
        parser.add_argument("--as-of", dest="as_of", help="report as of this date (YYYY-MM-DD)")
        parser.add_argument(
            "--language",
            choices=PDF_LANGUAGES,
            default="en",
            help=(
                "the language of the PDF and the calendar: en (default, for the lawyer) or zh-hans"
            ),
        )

    def handle(self, *args, **options):
        case = read_case(options["case"], parse_as_of(options["as_of"]))
        outputs = [(Path(options["output"]), lambda: pdf_for(case, options["language"]))]
        if options["ics"]:
            outputs.append(
                (
                    Path(options["ics"]),
                    lambda: calendar_for(case, file_case_key(case), options["language"]),
                )
            )
        for path, make in outputs:
            try:
                path.write_bytes(make())
            except OSError as exc:
                raise CommandError(
                    f"{path}: cannot write the file ({exc.strerror})", returncode=EXIT_BAD_INPUT
                ) from None
            self.stdout.write(f"wrote {path}")
