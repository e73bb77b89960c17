"""A command that writes files generated from the engine, or checks the committed ones."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class WriteOrCheck(BaseCommand):
    """``manage.py NAME`` writes the files; ``--check`` writes nothing and fails when a
    committed file differs from what the engine gives (the tests run it, so a change to the
    engine cannot leave its generated files behind)."""

    what = "files"  # how the check's messages name the files

    def stale(self) -> list[Path]:
        raise NotImplementedError

    def write(self) -> list[Path]:
        raise NotImplementedError

    def after(self) -> None:
        """Anything to say once the files are written or checked."""

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help=f"fail if the {self.what} are out of date"
        )

    def handle(self, *args, **options):
        if options["check"]:
            out_of_date = self.stale()
            if out_of_date:
                names = ", ".join(str(path) for path in out_of_date)
                raise CommandError(f"out of date (run manage.py {self.name}): {names}")
            self.stdout.write(f"The {self.what} are up to date.")
        else:
            for path in self.write():
                self.stdout.write(f"wrote {path}")
        self.after()

    @property
    def name(self) -> str:
        return self.__module__.rsplit(".", 1)[-1]
