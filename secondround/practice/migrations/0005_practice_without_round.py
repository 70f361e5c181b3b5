"""Every practice session has its owner; one bank question practised on its own may have no round
(a practice interview always has one)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def drop_sessions_without_round(apps, schema_editor):
    """Before this migration every session had a round: going back drops those without one.
    PostgreSQL checks the foreign keys of the deleted rows at commit; it refuses to alter the
    table while those checks are pending, so they run now."""
    apps.get_model("practice", "MockSession").objects.filter(round__isnull=True).delete()
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("practice", "0004_mocksession_user_single"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="mocksession",
            name="user",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL
            ),
        ),
        migrations.AlterField(
            model_name="mocksession",
            name="round",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="mock_sessions",
                to="applications.round",
            ),
        ),
        migrations.AddConstraint(
            model_name="mocksession",
            constraint=models.CheckConstraint(
                condition=models.Q(("single", True), ("round__isnull", False), _connector="OR"),
                name="mock_session_round_unless_single",
            ),
        ),
        # Last, so that going back drops the sessions without a round before `round` is required.
        migrations.RunPython(migrations.RunPython.noop, drop_sessions_without_round),
    ]
