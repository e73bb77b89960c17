from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pipv.accounts"

    def ready(self):
        from pipv.accounts import history, language  # noqa: F401  (connect their receivers)
