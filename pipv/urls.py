"""pipv's URLs. The admin is deliberately not exposed: nobody but the user should browse a case."""

from django.urls import include, path

urlpatterns = [
    path("", include("pipv.core.urls")),
    # Other apps' URLs go here, one include() per app, e.g.
    # path("case/", include("pipv.questionnaire.urls")),
]
