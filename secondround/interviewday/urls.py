from django.urls import path

from . import views

app_name = "interviewday"
urlpatterns = [
    path("rounds/<int:pk>/sheet/", views.sheet_page, name="sheet"),
    path("rounds/<int:pk>/sheet/options/", views.sheet_options, name="sheet_options"),
    path("rounds/<int:pk>/sheet.pdf", views.sheet_pdf, name="sheet_pdf"),
    path("rounds/<int:pk>/calendar.ics", views.calendar_file, name="calendar"),
    path("rounds/<int:pk>/assignments/new/", views.assignment_create, name="assignment_create"),
    path("rounds/<int:pk>/done/", views.round_done, name="round_done"),
    path("rounds/<int:pk>/reflection/", views.reflection, name="reflection"),
    path("rounds/<int:pk>/decision/", views.decision, name="decision"),
    path("rounds/<int:pk>/outcome/", views.outcome, name="outcome"),
    path("rounds/<int:pk>/thank-you/", views.thank_you, name="thank_you"),
    path("rounds/<int:pk>/follow-up/", views.follow_up, name="follow_up"),
    path("assignments/<int:pk>/", views.assignment_detail, name="assignment"),
    path(
        "assignments/<int:pk>/checklist/", views.assignment_checklist, name="assignment_checklist"
    ),
    path("assignments/<int:pk>/edit/", views.assignment_edit, name="assignment_edit"),
    path("assignments/<int:pk>/delete/", views.assignment_delete, name="assignment_delete"),
]
