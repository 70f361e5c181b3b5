from django.urls import path

from . import views

app_name = "practice"
urlpatterns = [
    path("", views.progress_page, name="progress"),
    path("bank/", views.bank_list, name="bank"),
    path("bank/new/", views.own_create, name="own_create"),
    path("bank/<int:pk>/edit/", views.own_edit, name="own_edit"),
    path("bank/<int:pk>/delete/", views.own_delete, name="own_delete"),
    path("bank/<str:question_id>/practise/", views.practise_question, name="practise_question"),
    path("rounds/<int:pk>/questions/", views.round_questions, name="round_questions"),
    path("rounds/<int:pk>/find-out/", views.find_out, name="find_out"),
    path("questions/<int:pk>/edit/", views.round_question_edit, name="round_question_edit"),
    path("questions/<int:pk>/move/", views.round_question_move, name="round_question_move"),
    path("questions/<int:pk>/delete/", views.round_question_delete, name="round_question_delete"),
    path("rounds/<int:pk>/mock/", views.mock_sessions, name="mock_sessions"),
    path("sessions/<int:pk>/", views.session, name="session"),
    path("sessions/<int:pk>/finish/", views.session_finish, name="session_finish"),
    path("sessions/<int:pk>/summary/", views.summary, name="summary"),
    path("answers/<int:pk>/", views.answer, name="answer"),
    path("answers/<int:pk>/draft/", views.answer_draft, name="answer_draft"),
    path("answers/<int:pk>/follow-ups/<int:index>/", views.follow_up, name="follow_up"),
    path(
        "answers/<int:pk>/follow-ups/<int:index>/draft/",
        views.follow_up_draft,
        name="follow_up_draft",
    ),
    path("recordings/new/", views.record, name="record"),
    path("drills/", views.drill_list, name="drills"),
    path("drills/<slug:drill_id>/", views.drill, name="drill"),
]
