from django.urls import path

from pipv.report import views

app_name = "report"

urlpatterns = [
    path("<int:case_id>/", views.results, name="results"),
    path("<int:case_id>/pdf/", views.pdf, name="pdf"),
    path("<int:case_id>/count-from-today/", views.count_from_today, name="count_from_today"),
    path("<int:case_id>/deadlines.ics", views.ics, name="ics"),
]
