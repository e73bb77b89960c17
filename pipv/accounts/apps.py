from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pipv.accounts"
