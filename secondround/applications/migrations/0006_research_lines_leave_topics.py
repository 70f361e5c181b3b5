"""Topic lines that are plainly the candidate's own research ("uitzoeken hoe hun NPS wordt
gemeten", "find out how they measure NPS") move from the topics to what she still wants to find
out: the practice interviewer asked them as if they were his questions. Every other line stays as
it was typed. Backwards, every point to find out goes back below the topics: the field goes, its
words stay."""

from django.db import migrations

# The same reading as for an export of an older version (secondround/portability.py): both must agree.
from secondround.coach.notes import add_lines, split_research


def research_out_of_topics(apps, schema_editor):
    Debrief = apps.get_model("applications", "Debrief")
    for debrief in Debrief.objects.exclude(topics="").order_by("pk").iterator():
        kept, moved = split_research(debrief.topics)
        if moved:
            debrief.topics = kept
            debrief.find_out = add_lines(debrief.find_out, moved)
            debrief.save(update_fields=["topics", "find_out"])


def find_out_back_into_topics(apps, schema_editor):
    Debrief = apps.get_model("applications", "Debrief")
    for debrief in Debrief.objects.exclude(find_out="").order_by("pk").iterator():
        debrief.topics = add_lines(debrief.topics, debrief.find_out)
        debrief.find_out = ""
        debrief.save(update_fields=["topics", "find_out"])


class Migration(migrations.Migration):
    dependencies = [("applications", "0005_debrief_find_out")]

    operations = [migrations.RunPython(research_out_of_topics, find_out_back_into_topics)]
