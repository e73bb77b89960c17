"""pipv's URLs. No admin is installed: nobody but the user should browse a case."""

from django.urls import include, path

from pipv.accounts.language import set_language

urlpatterns = [
    path("", include("pipv.core.urls")),
    path("account/", include("pipv.accounts.urls")),
    path("cases/", include("pipv.cases.urls")),
    path("report/", include("pipv.report.urls")),
    path("language/", set_language, name="set_language"),
]
