"""WSGI entry point, served by granian (`secondround serve`)."""

import os

from django.core.wsgi import get_wsgi_application

from secondround.commands.serve_cmd import stop_with_server

stop_with_server()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.settings")
application = get_wsgi_application()
