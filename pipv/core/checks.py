"""Start-up check: the jurisdiction table a clinic edits must be complete and valid.

``manage.py check`` (and so ``runserver``, ``migrate`` and the test run) reports each problem
with the entry it is in, instead of a traceback on the first results page.
"""

from django.core.checks import Error, register

from pipv.engine import jurisdictions


@register()
def jurisdiction_table(app_configs, **kwargs):
    try:
        jurisdictions.parse(jurisdictions.TABLE_PATH.read_text(encoding="utf-8"))
    except jurisdictions.JurisdictionTableInvalid as invalid:
        return [
            Error(problem, hint="Fix the entry in pipv/engine/jurisdictions.toml.", id="pipv.E001")
            for problem in invalid.problems
        ]
    return []
