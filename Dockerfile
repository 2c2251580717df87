# Daybook API image. No secrets are baked in: DAYBOOK_SERVER_SECRET,
# DAYBOOK_SIGNING_KEY and DAYBOOK_DATABASE_URL come from the environment at
# run time (see compose.yaml and README.md).

# --- build: install the package and its dependencies into a virtualenv ---
FROM python:3.12-slim AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# README.md is the package's readme in pyproject.toml, so the build needs it.
COPY pyproject.toml README.md ./
# app/schemas is a link to schemas/, whose JSON Schemas ship in the package.
COPY schemas ./schemas
# app/static/console is the console's committed build (web/console): package data.
COPY app ./app
RUN pip install --no-cache-dir .

# --- runtime ---
FROM python:3.12-slim

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DAYBOOK_ENVIRONMENT=production \
    DAYBOOK_DATA_DIR=/data \
    PROMETHEUS_MULTIPROC_DIR=/tmp/daybook-metrics

RUN groupadd --gid 10001 daybook \
    && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin daybook \
    && install -d -o daybook -g daybook -m 0700 /data

COPY --from=build /opt/venv /opt/venv

# Alembic runs from here: alembic.ini points at ./migrations, and env.py
# imports the installed `app` package.
WORKDIR /app
COPY alembic.ini ./
COPY migrations ./migrations

USER daybook
# Created above with the daybook owner, so a new named volume inherits it.
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)"]

# Migrate, empty the workers' shared metrics directory (a restart starts the
# counts again), then replace the shell with uvicorn so it receives SIGTERM.
# As `daybook serve` runs it: the httptools parser (it refuses ambiguous
# request framing) and X-Forwarded-For believed only from the proxies named
# in DAYBOOK_FORWARDED_ALLOW_IPS (none when it is unset or empty; uvicorn's
# own FORWARDED_ALLOW_IPS is not read). uvicorn reads WEB_CONCURRENCY (number
# of workers, default 1) from the environment.
CMD ["sh", "-c", "alembic upgrade head && rm -rf \"$PROMETHEUS_MULTIPROC_DIR\" && mkdir -p \"$PROMETHEUS_MULTIPROC_DIR\" && exec uvicorn --factory app.main:create_app --host 0.0.0.0 --port 8000 --no-access-log --http httptools --forwarded-allow-ips \"${DAYBOOK_FORWARDED_ALLOW_IPS:-}\""]
