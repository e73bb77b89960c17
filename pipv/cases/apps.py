from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "pipv.cases"
    default_auto_field = "django.db.models.BigAutoField"
