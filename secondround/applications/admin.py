from django.contrib import admin

from secondround.forms_common import HTTPS_URLS

from .models import Application, Debrief, Interviewer, Round


@admin.register(Interviewer, Round)
class LinkAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS


@admin.register(Application)
class ApplicationAdmin(LinkAdmin):
    list_display = ("company", "role", "stage", "user", "archived")
    list_filter = ("stage", "archived")
    search_fields = ("company", "role")


admin.site.register(Debrief)
