from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "HEAD"])
def ping(request: HttpRequest) -> HttpResponse:
    """A trivial view: health checks, and the baseline the benchmarks compare pages against."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("ping/", ping, name="ping"),
    path("accounts/", include("secondround.accounts.urls")),
    path("prepare/", include("secondround.preparation.urls")),
    path("practice/", include("secondround.practice.urls")),
    path("offers/", include("secondround.offers.urls")),
    path("day/", include("secondround.interviewday.urls")),
    path("talk/", include("secondround.talk.urls")),
    path("admin/", admin.site.urls),
    path("", include("secondround.applications.urls")),
]
