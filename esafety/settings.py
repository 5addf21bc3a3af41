"""Settings for eSafety. Every choice comes from the environment; the defaults are the
embedded ones (SQLite file, local files, inline tasks, e-mail to the console)."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from esafety import env

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env.text("ESAFETY_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

PRODUCTION = env.flag("ESAFETY_PRODUCTION")
DEBUG = env.flag("DEBUG", default=False)

if PRODUCTION:
    SECRET_KEY = env.required("SECRET_KEY")
    ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS") or [env.required("ALLOWED_HOSTS")]
else:
    SECRET_KEY = env.text("SECRET_KEY", "embedded-default-key-not-for-production-use-0123456789abcdef")
    ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "csp",
    "people",
    "accounts",
    "audit",
    "api",
    "learning",
    "policies",
    "declarations",
    "phones",
    "dashboards",
    "vault",
    "incidents",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "audit.middleware.AuditContextMiddleware",
    "accounts.middleware.RequireTwoFactorMiddleware",
    "learning.middleware.UsagePolicyGateMiddleware",
    "policies.middleware.RequireAcknowledgementMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "esafety.urls"
WSGI_APPLICATION = "esafety.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "esafety.context_processors.navigation",
                "policies.context_processors.outstanding_policies",
            ],
            "libraries": {"govuk": "esafety.templatetags.govuk"},
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL through psycopg 3).
DATABASES = {
    "default": dj_database_url.parse(
        env.text("DATABASE_URL", f"sqlite:///{VAR_DIR / 'esafety.sqlite3'}"),
        conn_max_age=env.number("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Writers take the lock at the start of a transaction, so the audit chain never forks.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
    DATABASES["default"]["OPTIONS"]["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "people.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "esafety.permissions.RuleBackend",
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "accounts:sign_in"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:sign_in"

# Sessions end after half an hour without activity and when the browser closes.
SESSION_COOKIE_AGE = env.number("SESSION_IDLE_SECONDS", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Repeated failed sign-ins lock the account name (not the school's shared address).
AXES_FAILURE_LIMIT = env.number("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.number("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_ENABLE_ACCESS_FAILURE_LOG = True

OTP_TOTP_ISSUER = env.text("OTP_ISSUER", "eSafety")

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"

DATA_UPLOAD_MAX_MEMORY_SIZE = env.number("DATA_UPLOAD_MAX_MEMORY_SIZE", 2 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024


def _storages() -> dict:
    static_backend = (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    )
    bucket = env.text("S3_BUCKET")
    if bucket:
        file_storage = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": env.text("S3_ENDPOINT_URL") or None,
                "region_name": env.text("S3_REGION") or None,
                "access_key": env.text("S3_ACCESS_KEY_ID") or None,
                "secret_key": env.text("S3_SECRET_ACCESS_KEY") or None,
                "default_acl": "private",
                "querystring_auth": True,
                "file_overwrite": False,
            },
        }
    else:
        file_storage = {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(MEDIA_ROOT)},
        }
    return {"default": file_storage, "staticfiles": {"BACKEND": static_backend}}


STORAGES = _storages()

# Evidence vault. Keys come from the environment; the embedded default creates them once under
# var/keys/. In production a missing key stops any use of the vault (vault/keys.py).
VAULT_MASTER_KEY = env.text("VAULT_MASTER_KEY")  # base64 of 32 random bytes
VAULT_SIGNING_KEY = env.text("VAULT_SIGNING_KEY")  # PRIVATE+KEY+<origin>+... (Ed25519)
VAULT_ORIGIN = env.text("VAULT_ORIGIN", "esafety.invalid/vault")
VAULT_KEY_DIR = VAR_DIR / "keys"
VAULT_STORAGE_PREFIX = env.text("VAULT_STORAGE_PREFIX", "evidence")
EVIDENCE_MAX_BYTES = env.number("EVIDENCE_MAX_BYTES", 20 * 1024 * 1024)

# Allegations against staff: hours before the one-working-day LADO deadline when the DSL is warned.
LADO_WARNING_HOURS = env.number("LADO_WARNING_HOURS", 4)
# Retention schedule (years); a record reaching its date goes to a review list, never deleted.
RETENTION_CHILD_YEARS_FROM_BIRTH = env.number("RETENTION_CHILD_YEARS_FROM_BIRTH", 25)
RETENTION_ALLEGATION_MIN_YEARS = env.number("RETENTION_ALLEGATION_MIN_YEARS", 10)
RETENTION_NORMAL_RETIREMENT_AGE = env.number("RETENTION_NORMAL_RETIREMENT_AGE", 67)
RETENTION_STAFF_COMPLAINT_YEARS = env.number("RETENTION_STAFF_COMPLAINT_YEARS", 6)

# E-mail goes to the console unless an SMTP host is configured.
EMAIL_HOST = env.text("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env.number("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env.text("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env.text("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env.flag("EMAIL_USE_TLS", default=True)
else:
    EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
    EMAIL_FILE_PATH = env.text("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "eSafety <no-reply@esafety.invalid>")

# Background tasks: inline in the caller unless a broker (Redis or RabbitMQ) is configured.
CELERY_BROKER_URL = env.text("CELERY_BROKER_URL")
CELERY_RESULT_BACKEND = env.text("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "policy-reminders": {
        "task": "policies.tasks.send_policy_reminders",
        "schedule": timedelta(hours=env.number("POLICY_REMINDER_EVERY_HOURS", 24)),
    },
    "incidents-lado-clocks": {"task": "incidents.tasks.check_lado_clocks", "schedule": 15 * 60},
    "vault-sign-checkpoint": {"task": "vault.tasks.sign_checkpoint", "schedule": 60 * 60},
}

# Staff have this many days to acknowledge a policy (or a major version) before it blocks them,
# and are e-mailed a reminder at most once per interval while something is outstanding.
POLICY_GRACE_DAYS = env.number("POLICY_GRACE_DAYS", 14)
POLICY_REMINDER_INTERVAL_DAYS = env.number("POLICY_REMINDER_INTERVAL_DAYS", 7)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.SignedInAndVerified"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": env.text("API_RATE", "600/minute")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "eSafety API",
    "DESCRIPTION": "Safeguarding and e-safety records for schools, settings and their council.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Several records have a "status"; each set of choices gets its own name in the schema.
    "ENUM_NAME_OVERRIDES": {
        "IncidentStatusEnum": "incidents.models.Incident.Status",
        "CommentStatusEnum": "learning.models.Comment.Status",
        "OutingStatusEnum": "phones.models.Outing.Status",
    },
}

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_COOKIE_HTTPONLY = True

if PRODUCTION:
    SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.number("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = env.listing("CSRF_TRUSTED_ORIGINS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "WARNING")},
}

# Apps whose every saved or deleted record writes an audit row.
AUDITED_APPS = {"people", "learning", "incidents", "vault", "policies", "declarations", "phones"}

# Lockout is by account name on purpose: a whole school shares one public address, and locking
# that address would lock every pupil out. Repeated guesses at one account still lock it.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# Each app's demo data, loaded in this order by `manage.py load_demo` after the people.
DEMO_LOADERS = ["load_demo_learning", "load_demo_staff", "load_demo_incidents"]
