from django.contrib import admin

from .models import (
    DrillAttempt,
    EarlierAttempt,
    MockAnswer,
    MockSession,
    OwnQuestion,
    RoundQuestion,
)


@admin.register(OwnQuestion)
class OwnQuestionAdmin(admin.ModelAdmin):
    list_display = ("text", "direction", "category", "user")
    list_filter = ("direction",)


@admin.register(RoundQuestion)
class RoundQuestionAdmin(admin.ModelAdmin):
    list_display = ("text", "round", "position")


class MockAnswerInline(admin.TabularInline):
    model = MockAnswer
    extra = 0


@admin.register(MockSession)
class MockSessionAdmin(admin.ModelAdmin):
    list_display = ("user", "round", "single", "started", "finished")
    list_filter = ("single",)
    inlines = [MockAnswerInline]


admin.site.register(DrillAttempt)
admin.site.register(EarlierAttempt)
