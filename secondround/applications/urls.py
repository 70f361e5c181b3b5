from django.urls import path

from . import views

app_name = "applications"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("applications/archive/", views.archive_list, name="archive"),
    path("applications/new/", views.application_create, name="create"),
    path("applications/<int:pk>/", views.application_detail, name="detail"),
    path("applications/<int:pk>/edit/", views.application_edit, name="edit"),
    path("applications/<int:pk>/goal/", views.application_goal, name="goal"),
    path("applications/<int:pk>/archive/", views.application_archive, name="archive_toggle"),
    path("applications/<int:pk>/delete/", views.application_delete, name="delete"),
    path(
        "applications/<int:pk>/interviewers/new/",
        views.interviewer_create,
        name="interviewer_create",
    ),
    path("applications/<int:pk>/rounds/new/", views.round_create, name="round_create"),
    path("interviewers/<int:pk>/edit/", views.interviewer_edit, name="interviewer_edit"),
    path("interviewers/<int:pk>/delete/", views.interviewer_delete, name="interviewer_delete"),
    path("rounds/<int:pk>/", views.round_detail, name="round"),
    path("rounds/<int:pk>/edit/", views.round_edit, name="round_edit"),
    path("rounds/<int:pk>/delete/", views.round_delete, name="round_delete"),
    path("rounds/<int:pk>/notes/", views.round_notes, name="round_notes"),
    path("fit-questions/<int:pk>/", views.fit_edit, name="fit_edit"),
    path("fit-questions/<int:pk>/delete/", views.fit_delete, name="fit_delete"),
    path("method/", views.method, name="method"),
]
