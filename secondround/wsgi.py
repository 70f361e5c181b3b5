"""WSGI entry point, served by granian (`secondround serve`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.settings")
application = get_wsgi_application()
