from django.contrib.auth import views as auth_views
from django.urls import path

from pipv.accounts import kept_typing, views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", kept_typing.LoginView.as_view(), name="login"),
    path("login/kept/", kept_typing.offer, name="kept_typing"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/",
        views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path("password/done/", views.password_changed, name="password_changed"),
    path("", views.settings_page, name="settings"),
    path("delete/", views.delete_account, name="delete"),
    path("logout-everywhere/", views.logout_everywhere, name="logout_everywhere"),
    path("keep-alive/", views.keep_alive, name="keep_alive"),
]
