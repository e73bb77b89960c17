from django.urls import include, path

from pipv.cases.views import cases, files, items, questionnaire

app_name = "cases"

urlpatterns = [
    path("", cases.case_list, name="list"),
    path("new/", cases.create, name="create"),
    path("import/", files.import_case, name="import"),
    # Everything done to one case, below its number.
    path(
        "<int:pk>/",
        include(
            [
                path("", cases.resume, name="resume"),
                path("export/", files.export, name="export"),
                path("duplicate/", cases.duplicate, name="duplicate"),
                path("rename/", cases.rename, name="rename"),
                path("delete/", cases.delete, name="delete"),
                path("step/<slug:slug>/", questionnaire.step, name="step"),
                path("step/<slug:slug>/check/", questionnaire.check, name="check"),
                path("items/<slug:kind>/", items.item_list, name="items"),
                path("add-item/<slug:kind>/", items.item_add, name="item_add"),
                path("grant/", items.vests_from_grant, name="vests_from_grant"),
                path("check-item/<slug:kind>/", items.item_check, name="item_check"),
                path("items/<slug:kind>/<slug:item_id>/", items.item_edit, name="item_edit"),
                path(
                    "items/<slug:kind>/<slug:item_id>/remove/",
                    items.item_remove,
                    name="item_remove",
                ),
            ]
        ),
    ),
]
