import json

from django.core.management.base import BaseCommand

from pipv.cases.cli import parse_as_of, read_case
from pipv.engine import assess, to_document
from pipv.engine.summary import render_text


class Command(BaseCommand):
    help = "Assess a pipv.case/1 file: timing, money by stage, deadlines and the rules behind them."

    def add_arguments(self, parser):
        parser.add_argument("case", help="path to a pipv.case/1 JSON file")
        parser.add_argument("--format", choices=("json", "text"), default="json")
        parser.add_argument("--as-of", dest="as_of", help="assess as of this date (YYYY-MM-DD)")

    def handle(self, *args, **options):
        case = read_case(options["case"], parse_as_of(options["as_of"]))
        result = assess(case)
        if options["format"] == "text":
            self.stdout.write(render_text(result), ending="")
        else:
            self.stdout.write(json.dumps(to_document(result), indent=2, ensure_ascii=False))
