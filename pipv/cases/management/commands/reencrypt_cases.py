from django.core.management.base import BaseCommand
from django.db import connection, transaction

from pipv.cases import crypto
from pipv.cases.models import CaseRecord


class Command(BaseCommand):
    help = (
        "Re-encrypt every case (its name, answers, steps done and unsaved drafts) under the "
        "newest key in PIPV_DATA_KEYS. Run it after putting a new key first; then the old keys "
        "can be removed."
    )

    def handle(self, *args, **options):
        table = connection.ops.quote_name(CaseRecord._meta.db_table)
        # The raw tokens are rotated as they are: no case is decoded into Python objects, and
        # the cases' "updated" times and versions stay as the users left them.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"SELECT id, title, document, drafts, progress FROM {table}")  # noqa: S608
            rows = cursor.fetchall()
            for pk, *tokens in rows:
                cursor.execute(
                    f"UPDATE {table} SET title = %s, document = %s, drafts = %s, progress = %s "  # noqa: S608
                    "WHERE id = %s",
                    [*(crypto.rotate(t) if t else t for t in tokens), pk],
                )
        self.stdout.write(f"Re-encrypted {len(rows)} case(s) under the newest key.")
