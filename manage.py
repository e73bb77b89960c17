#!/usr/bin/env python3
"""Django's command-line utility for pipv."""

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
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
