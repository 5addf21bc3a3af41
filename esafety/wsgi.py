import os

from django.core.wsgi import get_wsgi_application

import screening

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "esafety.settings")
application = get_wsgi_application()
# Load the screening lexicons and models as the server starts, so that no pupil's comment waits
# for them (about a second).
screening.load_models()
