"""A practice session gets its own owner (filled from its round's application) and `single`: one
bank question practised on its own. 0005 then lets a single question go without a round. (Two
migrations: PostgreSQL refuses to alter a table in the transaction that just updated its rows.)"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def owners_from_rounds(apps, schema_editor):
    MockSession = apps.get_model("practice", "MockSession")
    for session in MockSession.objects.select_related("round__application").iterator():
        session.user_id = session.round.application.user_id
        session.save(update_fields=["user"])


class Migration(migrations.Migration):
    dependencies = [
        ("practice", "0003_answer_type_follow_ups"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="mocksession",
            name="user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="mocksession",
            name="single",
            field=models.BooleanField(default=False, verbose_name="one question from the bank"),
        ),
        migrations.RunPython(owners_from_rounds, migrations.RunPython.noop),
    ]
