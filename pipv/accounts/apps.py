from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pipv.accounts"

    def ready(self):
        from pipv.accounts import language  # noqa: F401  (connects the log-in receiver)
