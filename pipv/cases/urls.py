from django.urls import path

from pipv.cases.views import cases, files, items, questionnaire

app_name = "cases"

urlpatterns = [
    path("", cases.case_list, name="list"),
    path("new/", cases.create, name="create"),
    path("import/", files.import_case, name="import"),
    path("<int:pk>/", cases.resume, name="resume"),
    path("<int:pk>/export/", files.export, name="export"),
    path("<int:pk>/duplicate/", cases.duplicate, name="duplicate"),
    path("<int:pk>/delete/", cases.delete, name="delete"),
    path("<int:pk>/step/<slug:slug>/", questionnaire.step, name="step"),
    path("<int:pk>/step/<slug:slug>/check/", questionnaire.check, name="check"),
    path("<int:pk>/items/<slug:kind>/", items.item_list, name="items"),
    path("<int:pk>/add-item/<slug:kind>/", items.item_add, name="item_add"),
    path("<int:pk>/grant/", items.vests_from_grant, name="vests_from_grant"),
    path("<int:pk>/check-item/<slug:kind>/", items.item_check, name="item_check"),
    path("<int:pk>/items/<slug:kind>/<slug:item_id>/", items.item_edit, name="item_edit"),
    path(
        "<int:pk>/items/<slug:kind>/<slug:item_id>/remove/", items.item_remove, name="item_remove"
    ),
]
