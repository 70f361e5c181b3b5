"""What the candidate wants to find out moves from one text per round plan to FitQuestion rows on the
application, one per line, so each can get its own answer (found out in the reflection, shown beside
the offer)."""

from django.db import migrations


def lines_to_questions(apps, schema_editor):
    RoundPlan = apps.get_model("preparation", "RoundPlan")
    FitQuestion = apps.get_model("applications", "FitQuestion")
    for plan in RoundPlan.objects.exclude(want_to_find_out="").select_related("round"):
        application_id = plan.round.application_id
        for line in plan.want_to_find_out.splitlines():
            text = " ".join(line.split()).strip(" -•*")[:500]
            exists = FitQuestion.objects.filter(application_id=application_id, text=text)
            if text and not exists.exists():
                FitQuestion.objects.create(application_id=application_id, text=text)


def questions_to_lines(apps, schema_editor):
    RoundPlan = apps.get_model("preparation", "RoundPlan")
    FitQuestion = apps.get_model("applications", "FitQuestion")
    for plan in RoundPlan.objects.select_related("round"):
        texts = FitQuestion.objects.filter(application_id=plan.round.application_id)
        plan.want_to_find_out = "\n".join(texts.values_list("text", flat=True))
        plan.save(update_fields=["want_to_find_out"])


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0003_interviewer_research_round_goal_fit"),
        ("preparation", "0002_example_analysed_with"),
    ]

    operations = [
        migrations.RunPython(lines_to_questions, questions_to_lines),
        migrations.RemoveField(model_name="roundplan", name="want_to_find_out"),
    ]
