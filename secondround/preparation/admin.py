from django.contrib import admin

from .models import AskedCompetency, Example, Pitch, Rehearsal, RoundPlan, Terms


@admin.register(Example)
class ExampleAdmin(admin.ModelAdmin):
    list_display = ("title", "user", "updated")
    search_fields = ("title",)


admin.site.register(AskedCompetency)
admin.site.register(Pitch)
admin.site.register(Rehearsal)
admin.site.register(RoundPlan)
admin.site.register(Terms)
