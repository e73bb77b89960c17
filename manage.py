#!/usr/bin/env python3
"""Django's command-line utility for pipv."""

import base64
import os
import secrets
import sys

# These commands read a case file and print; they sign no cookie and serve nobody, so a
# throwaway key lets them run on a fresh clone without any configuration.
OFFLINE_COMMANDS = {"assess", "report"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pipv.settings")
    if len(sys.argv) > 1 and sys.argv[1] in OFFLINE_COMMANDS:
        os.environ.setdefault("PIPV_SECRET_KEY", secrets.token_urlsafe(50))
        # A Fernet-shaped throwaway key: these commands read files, never the database.
        os.environ.setdefault("PIPV_DATA_KEYS", base64.urlsafe_b64encode(os.urandom(32)).decode())
    if os.environ.get("PIPV_DIE_WITH_PARENT") == "1":
        # Started by `make run` or `make serve` (pipv.launch), or by the auto-reloader of a
        # process they started: end when that parent ends, whatever killed it.
        from pipv.launch import die_with_parent

        die_with_parent()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
