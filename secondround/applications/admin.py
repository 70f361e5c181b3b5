from django.contrib import admin

from .models import Application, Debrief, Interviewer, Round


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ("company", "role", "stage", "user", "archived")
    list_filter = ("stage", "archived")
    search_fields = ("company", "role")


admin.site.register(Interviewer)
admin.site.register(Round)
admin.site.register(Debrief)
