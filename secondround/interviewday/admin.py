from django.contrib import admin

from .models import Assignment, Decision, SheetOptions


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ("round", "type", "subtype", "due_on")
    list_filter = ("type",)


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ("round", "latest", "follow_up_on", "outcome")
    list_filter = ("outcome",)


admin.site.register(SheetOptions)
