from django.urls import path

from . import views

app_name = "offers"
urlpatterns = [
    path("current/", views.current_edit, name="current"),
    path("current/delete/", views.current_delete, name="current_delete"),
    path("application/<int:pk>/new/", views.offer_create, name="create"),
    path("application/<int:pk>/salary-range/", views.vacancy_salary, name="vacancy_salary"),
    path("application/<int:pk>/compare/", views.compare, name="compare"),
    path("<int:pk>/", views.offer_detail, name="detail"),
    path("<int:pk>/edit/", views.offer_edit, name="edit"),
    path("<int:pk>/delete/", views.offer_delete, name="delete"),
    path("<int:pk>/replies/", views.replies, name="replies"),
    path("<int:pk>/decision/", views.decision, name="decision"),
    path("<int:pk>/counter/", views.counter_create, name="counter"),
    path("counter/<int:pk>/answer/", views.counter_answer, name="counter_answer"),
]
