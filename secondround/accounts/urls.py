from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("language/", views.set_language, name="language"),
    path("settings/", views.settings_view, name="settings"),
    path("export/", views.export_view, name="export"),
    path("import/", views.import_view, name="import"),
    path("delete/", views.delete_account, name="delete"),
]
