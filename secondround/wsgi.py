"""WSGI entry point, served by granian (`secondround serve`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.settings")
application = get_wsgi_application()

# Compile the answer-analysis rules now, while the worker starts, so that the first analysis a
# user asks for is as fast as every later one (compiling them takes a noticeable moment).
from secondround.coach.analysis import warm_up  # noqa: E402

warm_up()
