from django.urls import path

from . import views

app_name = "talk"
urlpatterns = [
    path("settings/", views.engine_settings, name="settings"),
    path("consent/", views.consent, name="consent"),
    path("recordings/", views.recordings, name="recordings"),
    path("recordings/new/", views.record, name="record"),
    path("recordings/delete-all/", views.recordings_delete_all, name="recordings_delete_all"),
    path("recordings/<int:pk>/audio/", views.audio, name="audio"),
    path("recordings/<int:pk>/delete/", views.recording_delete, name="recording_delete"),
]
