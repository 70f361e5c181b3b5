"""An improved practice answer keeps the attempts before it; a better answer in progress waits
apart until it is submitted."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("practice", "0005_practice_without_round"),
    ]

    operations = [
        migrations.AddField(
            model_name="mockanswer",
            name="draft_text",
            field=models.TextField(
                blank=True, max_length=20000, verbose_name="better answer in progress"
            ),
        ),
        migrations.CreateModel(
            name="EarlierAttempt",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "answer_text",
                    models.TextField(blank=True, max_length=20000, verbose_name="your answer"),
                ),
                (
                    "seconds_taken",
                    models.PositiveIntegerField(
                        blank=True,
                        null=True,
                        validators=[django.core.validators.MaxValueValidator(3600)],
                        verbose_name="seconds you took",
                    ),
                ),
                ("analysis", models.JSONField(blank=True, null=True, verbose_name="analysis")),
                (
                    "answered_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="answered"),
                ),
                (
                    "follow_ups",
                    models.JSONField(blank=True, default=list, verbose_name="follow-up questions"),
                ),
                (
                    "follow_up_note",
                    models.CharField(
                        blank=True, max_length=300, verbose_name="about the follow-ups"
                    ),
                ),
                (
                    "answer",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="earlier_attempts",
                        to="practice.mockanswer",
                    ),
                ),
            ],
            options={
                "verbose_name": "earlier attempt",
                "verbose_name_plural": "earlier attempts",
                "ordering": ["answer", "answered_at", "pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("answered_at__isnull", False)),
                        name="earlier_attempt_answered",
                    )
                ],
            },
        ),
    ]
