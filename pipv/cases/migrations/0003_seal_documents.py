"""Encrypt every stored case document: JSON column -> Fernet token in a text column."""

from django.db import migrations, models

import pipv.cases.sealed


def seal_all(apps, schema_editor):
    from pipv.cases import crypto

    CaseRecord = apps.get_model("cases", "CaseRecord")
    for pk, document in CaseRecord.objects.values_list("pk", "document"):
        CaseRecord.objects.filter(pk=pk).update(sealed=crypto.seal(document))


def unseal_all(apps, schema_editor):
    from pipv.cases import crypto

    CaseRecord = apps.get_model("cases", "CaseRecord")
    for pk, token in CaseRecord.objects.values_list("pk", "sealed"):
        CaseRecord.objects.filter(pk=pk).update(document=crypto.unseal(token) if token else {})


class Migration(migrations.Migration):
    dependencies = [("cases", "0002_progress_and_drafts")]

    operations = [
        migrations.AddField(
            model_name="caserecord", name="sealed", field=models.TextField(default="")
        ),
        migrations.RunPython(seal_all, unseal_all),
        migrations.RemoveField(model_name="caserecord", name="document"),
        migrations.RenameField(model_name="caserecord", old_name="sealed", new_name="document"),
        migrations.AlterField(
            model_name="caserecord",
            name="document",
            field=pipv.cases.sealed.SealedJSONField(default=dict),
        ),
    ]
