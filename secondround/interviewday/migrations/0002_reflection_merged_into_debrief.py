"""The reflection after a round (A1) becomes part of that round's notes (applications.Debrief): one
place for "right after the round". Every row moves; where both hold text, "what went well" and the
doubts are joined with a blank line, so no word the user wrote is lost. Then Reflection goes."""

from django.db import migrations
from django.utils import timezone

# The same join as for an export of version 1 (secondround/portability.py): both must agree.
from secondround.coach.notes import merge_notes

MOVED = ("how_it_went", "to_improve", "surprised_by", "asked_question_ids", "asked_other")


def reflections_into_debriefs(apps, schema_editor):
    Reflection = apps.get_model("interviewday", "Reflection")
    Debrief = apps.get_model("applications", "Debrief")
    for reflection in Reflection.objects.order_by("pk").iterator():
        debrief = Debrief.objects.filter(round_id=reflection.round_id).first()
        if debrief is None:
            debrief = Debrief(round_id=reflection.round_id, updated=reflection.created)
        for name in MOVED:
            setattr(debrief, name, getattr(reflection, name))
        debrief.went_well = merge_notes(debrief.went_well, reflection.went_well)
        debrief.doubts = merge_notes(debrief.doubts, reflection.may_doubt)
        debrief.save()


def debriefs_into_reflections(apps, schema_editor):
    """Back again: a reflection for every round whose notes hold a look back (the joined texts stay
    joined in both places)."""
    Reflection = apps.get_model("interviewday", "Reflection")
    Debrief = apps.get_model("applications", "Debrief")
    for debrief in Debrief.objects.order_by("pk").iterator():
        if not any(getattr(debrief, name) for name in MOVED):
            continue
        Reflection.objects.create(
            round_id=debrief.round_id,
            went_well=debrief.went_well,
            may_doubt=debrief.doubts,
            created=timezone.now(),
            **{name: getattr(debrief, name) for name in MOVED},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0004_debrief_takes_the_reflection"),
        ("interviewday", "0001_day_sheet_assignments_reflection_decision"),
    ]

    operations = [
        migrations.RunPython(reflections_into_debriefs, debriefs_into_reflections),
        migrations.DeleteModel(name="Reflection"),
    ]
