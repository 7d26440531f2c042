"""Server-rendered SVG: the tile map of countries and the timeline of statements by stance.

Markup is built from escaped pieces only; colours come from classes in static/app.css (no style
attributes, so the strict CSP holds)."""

from __future__ import annotations

from markupsafe import Markup, escape

from app.aggregates import Bucket, Latest
from app.models import STANCES

# A rough map of Europe and North America, by (column, row).
TILES: dict[str, tuple[int, int]] = {
    "CA": (0, 0),
    "IS": (1, 0),
    "NO": (4, 0),
    "SE": (5, 0),
    "FI": (6, 0),
    "US": (0, 1),
    "GB": (2, 1),
    "DK": (4, 1),
    "EE": (6, 1),
    "RU": (7, 1),
    "BE": (2, 2),
    "NL": (3, 2),
    "DE": (4, 2),
    "PL": (5, 2),
    "LV": (6, 2),
    "FR": (2, 3),
    "LU": (3, 3),
    "CZ": (4, 3),
    "SK": (5, 3),
    "LT": (6, 3),
    "UA": (7, 3),
    "PT": (1, 4),
    "ES": (2, 4),
    "IT": (3, 4),
    "SI": (4, 4),
    "HU": (5, 4),
    "RO": (6, 4),
    "HR": (3, 5),
    "ME": (4, 5),
    "MK": (5, 5),
    "BG": (6, 5),
    "AL": (4, 6),
    "GR": (5, 6),
    "TR": (6, 6),
}
SHORT = {"support": "for", "open": "open", "oppose": "against", "neutral": "neutral"}
TILE_W, TILE_H, GAP = 64, 52, 4


def tile_map(latest: dict[str, Latest], names: dict[str, str]) -> Markup:
    cols = max(c for c, _ in TILES.values()) + 1
    rows = max(r for _, r in TILES.values()) + 1
    width, height = cols * (TILE_W + GAP), rows * (TILE_H + GAP)
    parts = [
        f'<svg class="tilemap" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'aria-labelledby="tilemap-title" role="group" focusable="false">',
        '<title id="tilemap-title">Latest stance by country: NATO members, Ukraine and Russia</title>',
    ]
    for code, (col, row) in TILES.items():
        x, y = col * (TILE_W + GAP), row * (TILE_H + GAP)
        cx = x + TILE_W / 2
        entry = latest.get(code)
        name = names.get(code, code)
        stance = entry.stance if entry else "none"
        label = SHORT.get(stance, "no data")
        if entry:
            when = entry.dated.isoformat() if entry.dated else "undated"
            title = f"{name}: {label} — latest stance, {entry.actor}, {when}"
        else:
            title = f"{name}: no statements yet"
        parts.append(
            f'<a href="/countries/{escape(code)}" class="tile tile-{escape(stance)}" '
            f'aria-label="{escape(title)}">'
            f"<title>{escape(title)}</title>"
            f'<rect x="{x}" y="{y}" width="{TILE_W}" height="{TILE_H}" rx="4"/>'
            f'<text x="{cx}" y="{y + 22}" text-anchor="middle" class="tile-code">{escape(code)}</text>'
            f'<text x="{cx}" y="{y + 42}" text-anchor="middle" class="tile-label">{escape(label)}</text>'
            "</a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline_chart(buckets: list[Bucket], title: str = "Statements per month by stance") -> Markup:
    """Stacked bars, one per month; a table of the same numbers goes beside it in the template."""
    width, height = 720, 220
    left, right, top, bottom = 44, 8, 10, 28
    if not buckets:
        return Markup("")
    peak = max(b.total for b in buckets) or 1
    step = _nice_step(peak)
    top_value = ((peak + step - 1) // step) * step
    plot_w, plot_h = width - left - right, height - top - bottom
    bar_w = plot_w / len(buckets)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" aria-labelledby="timeline-title" '
        'focusable="false" preserveAspectRatio="xMidYMid meet">',
        f'<title id="timeline-title">{escape(title)}</title>',
    ]
    for value in range(0, top_value + 1, step):
        y = top + plot_h - plot_h * value / top_value
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    for i, bucket in enumerate(buckets):
        x = left + i * bar_w
        y = top + plot_h
        for stance in STANCES:
            n = bucket.counts.get(stance, 0)
            if not n:
                continue
            h = plot_h * n / top_value
            y -= h
            parts.append(
                f'<rect class="bar bar-{stance}" x="{x + bar_w * 0.1:.1f}" y="{y:.1f}" '
                f'width="{max(bar_w * 0.8, 1):.1f}" height="{h:.1f}">'
                f"<title>{bucket.month:%B %Y}: {n} {stance}</title></rect>"
            )
        few = len(buckets) <= 12
        if few or bucket.month.month == 1 or (i == 0 and bucket.month.month <= 9):
            label = f"{bucket.month:%b}" if few and i and bucket.month.month != 1 else f"{bucket.month:%b %Y}"
            parts.append(f'<text class="axis" x="{x + 2:.1f}" y="{height - 8}">{label}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if peak / step <= 5:
            return step
    return 10 ** len(str(peak))
