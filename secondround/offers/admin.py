from django.contrib import admin

from .models import JobPackage


@admin.register(JobPackage)
class JobPackageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "user", "kind", "application", "monthly_gross", "decision"]
    list_filter = ["kind", "decision"]
    search_fields = ["name", "application__company", "user__email"]
    raw_id_fields = ["user", "application"]
