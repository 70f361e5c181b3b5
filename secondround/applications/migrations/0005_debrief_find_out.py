"""The round notes get a place for what the candidate still wants to find out herself, with the
points she found out; the help text of the topics now says what sets them apart."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('applications', '0004_debrief_takes_the_reflection'),
    ]

    operations = [
        migrations.AddField(
            model_name='debrief',
            name='find_out',
            field=models.TextField(blank=True, help_text='What you look up yourself or ask them before the next round, such as how they measure customer satisfaction. The practice interview does not ask about these. One point per line.', max_length=20000, verbose_name='what I still want to find out'),
        ),
        migrations.AddField(
            model_name='debrief',
            name='found_out',
            field=models.JSONField(blank=True, default=list, verbose_name='points found out'),
        ),
        migrations.AlterField(
            model_name='debrief',
            name='topics',
            field=models.TextField(blank=True, help_text='What may come up again in the conversation: they ask about it, or you bring it up. One topic per line.', max_length=20000, verbose_name='topics to come back to'),
        ),
    ]
