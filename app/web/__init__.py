"""The web app: pages, fragments, the JSON API and downloads, all over `app.queries`."""
