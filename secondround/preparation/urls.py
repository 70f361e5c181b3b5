from django.urls import path

from .views import competencies, examples, pitch, plan

app_name = "preparation"
urlpatterns = [
    path("examples/", examples.example_list, name="examples"),
    path("examples/new/", examples.example_create, name="example_create"),
    path("examples/analyze/", examples.example_analyze, name="example_analyze"),
    path("examples/<int:pk>/", examples.example_detail, name="example"),
    path("examples/<int:pk>/edit/", examples.example_edit, name="example_edit"),
    path("examples/<int:pk>/delete/", examples.example_delete, name="example_delete"),
    path("applications/<int:pk>/competencies/", competencies.matrix, name="matrix"),
    path(
        "applications/<int:pk>/competencies/add/",
        competencies.competency_add,
        name="competency_add",
    ),
    path(
        "applications/<int:pk>/competencies/reread/",
        competencies.competency_reread,
        name="competency_reread",
    ),
    path("competencies/<int:pk>/remove/", competencies.competency_remove, name="competency_remove"),
    path("applications/<int:pk>/pitch/", pitch.pitch_for_application, name="application_pitch"),
    path("applications/<int:pk>/terms/", plan.terms, name="terms"),
    path("pitches/", pitch.pitch_list, name="pitches"),
    path("pitches/new/", pitch.pitch_create, name="pitch_create"),
    path("pitches/analyze/", pitch.pitch_analyze, name="pitch_analyze"),
    path("pitches/<int:pk>/", pitch.pitch_detail, name="pitch"),
    path("pitches/<int:pk>/delete/", pitch.pitch_delete, name="pitch_delete"),
    path("pitches/<int:pk>/rehearsals/", pitch.rehearsal_add, name="rehearsal_add"),
    path("rehearsals/<int:pk>/delete/", pitch.rehearsal_delete, name="rehearsal_delete"),
    path("rounds/<int:pk>/plan/", plan.plan, name="plan"),
    path("rounds/<int:pk>/plan/tick/", plan.plan_tick, name="plan_tick"),
    path("rounds/<int:pk>/plan/topics/", plan.plan_topics, name="plan_topics"),
    path("rounds/<int:pk>/plan/purpose/", plan.plan_purpose, name="plan_purpose"),
]
