from django.conf import settings
from django.core.management.base import BaseCommand

from pipv.accounts.history import prune


class Command(BaseCommand):
    help = (
        "Delete login history (names, addresses and browsers of log-ins and failed tries) older "
        "than PIPV_LOGIN_HISTORY_DAYS. Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="Keep this many days instead of the setting."
        )

    def handle(self, *args, days=None, **options):
        kept = settings.PIPV_LOGIN_HISTORY_DAYS if days is None else days
        removed = prune(kept)
        self.stdout.write(f"Deleted {removed} login record(s) older than {kept} days.")
