from django.urls import path

from pipv.cases import views

app_name = "cases"

urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.create, name="create"),
    path("import/", views.import_case, name="import"),
    path("<int:pk>/", views.resume, name="resume"),
    path("<int:pk>/export/", views.export, name="export"),
    path("<int:pk>/duplicate/", views.duplicate, name="duplicate"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("<int:pk>/step/<slug:slug>/", views.step, name="step"),
    path("<int:pk>/step/<slug:slug>/check/", views.check, name="check"),
    path("<int:pk>/items/<slug:kind>/", views.item_list, name="items"),
    path("<int:pk>/add-item/<slug:kind>/", views.item_add, name="item_add"),
    path("<int:pk>/grant/", views.vests_from_grant, name="vests_from_grant"),
    path("<int:pk>/check-item/<slug:kind>/", views.item_check, name="item_check"),
    path("<int:pk>/items/<slug:kind>/<slug:item_id>/", views.item_edit, name="item_edit"),
    path(
        "<int:pk>/items/<slug:kind>/<slug:item_id>/remove/", views.item_remove, name="item_remove"
    ),
]
