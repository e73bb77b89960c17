from django.contrib.auth import views as auth_views
from django.urls import path

from pipv.accounts import views
from pipv.accounts.forms import LoginForm

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="accounts/login.html",
            authentication_form=LoginForm,
            redirect_authenticated_user=True,
        ),
        name="login",
    ),
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
