"""Encrypt each case's list of steps done: "visa" or "offer" in it says as much as an answer."""

from django.db import migrations, models

import pipv.cases.sealed


def seal_all(apps, schema_editor):
    from pipv.cases import crypto

    CaseRecord = apps.get_model("cases", "CaseRecord")
    for pk, progress in CaseRecord.objects.values_list("pk", "progress_plain"):
        CaseRecord.objects.filter(pk=pk).update(progress_sealed=crypto.seal(progress or []))


def unseal_all(apps, schema_editor):
    from pipv.cases import crypto

    CaseRecord = apps.get_model("cases", "CaseRecord")
    for pk, token in CaseRecord.objects.values_list("pk", "progress_sealed"):
        steps = crypto.unseal(token) if token else []
        CaseRecord.objects.filter(pk=pk).update(progress_plain=steps)


class Migration(migrations.Migration):
    dependencies = [("cases", "0004_seal_titles")]

    operations = [
        migrations.RenameField(
            model_name="caserecord", old_name="progress", new_name="progress_plain"
        ),
        migrations.AddField(
            model_name="caserecord", name="progress_sealed", field=models.TextField(default="")
        ),
        migrations.RunPython(seal_all, unseal_all),
        migrations.RemoveField(model_name="caserecord", name="progress_plain"),
        migrations.RenameField(
            model_name="caserecord", old_name="progress_sealed", new_name="progress"
        ),
        migrations.AlterField(
            model_name="caserecord",
            name="progress",
            field=pipv.cases.sealed.SealedJSONField(blank=True, default=list),
        ),
    ]
