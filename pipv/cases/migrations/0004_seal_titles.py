"""Encrypt every case's name as well: a title can say as much as the case."""

from django.db import migrations, models

import pipv.cases.sealed


def seal_all(apps, schema_editor):
    from pipv.cases import crypto

    CaseRecord = apps.get_model("cases", "CaseRecord")
    for pk, title in CaseRecord.objects.values_list("pk", "title_plain"):
        CaseRecord.objects.filter(pk=pk).update(title_sealed=crypto.seal(title))


class Migration(migrations.Migration):
    dependencies = [("cases", "0003_seal_documents")]

    operations = [
        migrations.RenameField(model_name="caserecord", old_name="title", new_name="title_plain"),
        migrations.AddField(
            model_name="caserecord", name="title_sealed", field=models.TextField(default="")
        ),
        migrations.RunPython(seal_all, migrations.RunPython.noop),
        migrations.RemoveField(model_name="caserecord", name="title_plain"),
        migrations.RenameField(model_name="caserecord", old_name="title_sealed", new_name="title"),
        migrations.AlterField(
            model_name="caserecord",
            name="title",
            field=pipv.cases.sealed.SealedJSONField(default="", verbose_name="name of this case"),
        ),
    ]
