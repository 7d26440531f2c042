# stancewatch: the dashboard, its migrations and the bundled corpus in one image.
#   docker build -t stancewatch .
#   docker run -p 8000:8000 -v stancewatch-data:/srv/stancewatch/data stancewatch
# Set DATABASE_URL to use another database (see the README).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_URL=sqlite:////srv/stancewatch/data/stancewatch.db \
    HOST=0.0.0.0 \
    PORT=8000

RUN useradd --create-home --uid 10001 stancewatch
WORKDIR /srv/stancewatch

COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
RUN pip install -e .
COPY migrations ./migrations
COPY templates ./templates
COPY static ./static
COPY data/articles ./data/articles
COPY docker/entrypoint.sh /usr/local/bin/stancewatch-entrypoint
RUN chown -R stancewatch:stancewatch /srv/stancewatch/data

USER stancewatch
VOLUME ["/srv/stancewatch/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\", \"8000\")}/healthz', timeout=4)"
ENTRYPOINT ["stancewatch-entrypoint"]
