"""``manage.py worker``: django-tasks-db's db_worker, at a lower CPU priority, ready to render.

Takes every option of db_worker (``--help``). Run one per core you can give to PDFs, on this
host or on others that share the database (the README's "Scaling out").
"""

from django.conf import settings
from django_tasks_db.management.commands.db_worker import Command as DbWorker

from pipv.core.priority import lower_cpu_priority
from pipv.report import pdf


class Command(DbWorker):
    help = (
        "Run pipv's background worker (renders the PDFs): django-tasks-db's db_worker at a "
        "lower CPU priority than the web server (PIPV_WORKER_NICE)."
    )

    def handle(self, *args, **options):
        # A render takes a core for a second or more; the web server's requests go first.
        lower_cpu_priority(int(settings.PIPV_WORKER_NICE))
        pdf.warm()
        return super().handle(*args, **options)
