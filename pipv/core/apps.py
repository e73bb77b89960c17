from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Pages that belong to no one feature: the welcome page."""

    name = "pipv.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the jurisdiction table's start-up check.
        from . import checks  # noqa: F401
