from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Pages that belong to no one feature: the welcome page."""

    name = "pipv.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"
