"""ASGI entry point: ``pipv.asgi:application``."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pipv.settings")

application = get_asgi_application()
