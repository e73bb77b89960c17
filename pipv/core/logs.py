"""What a server error leaves in the log: the exception's type and the path, nothing more.

An exception's message or traceback can carry what a person typed (a note, an employer's
name); the log goes to whoever runs the host, so it says only what broke and where.
"""

from __future__ import annotations

import logging


class ExceptionAndPathOnly(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        path = getattr(request, "path", None) or "?"
        if record.exc_info and record.exc_info[0] is not None:
            what = record.exc_info[0].__name__
        else:
            what = f"HTTP {getattr(record, 'status_code', '?')}"
        record.msg, record.args = "%s at %s", (what, path)
        record.exc_info = record.exc_text = record.stack_info = None
        return True
