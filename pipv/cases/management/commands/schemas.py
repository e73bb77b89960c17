from pipv.cases.management.generated import WriteOrCheck
from pipv.engine.schemas.generate import BUILDERS, path_of, stale, text_of


class Command(WriteOrCheck):
    help = (
        "Write the JSON Schemas of the case file and the assessment (pipv/engine/schemas/) from "
        "the engine's vocabularies and limits. With --check, write nothing and fail if a "
        "committed schema differs from the generated one."
    )
    what = "schemas"

    def stale(self):
        return [path_of(name) for name in stale()]

    def write(self):
        for name in BUILDERS:
            path_of(name).write_text(text_of(name), encoding="utf-8")
        return [path_of(name) for name in BUILDERS]
