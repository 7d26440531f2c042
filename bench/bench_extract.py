"""Print the extraction pipeline's throughput (articles/s) and peak memory over a folder.

python bench/make_articles.py bench/articles 1000
python bench/bench_extract.py [bench/articles]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_import_cpu = time.process_time()
from app.extract import extract  # noqa: E402
from app.extract.types import ArticleMeta  # noqa: E402

_import_cpu = time.process_time() - _import_cpu  # mostly compiling the extractor's regexes


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/articles")
    items = []
    for path in sorted(folder.glob("*.txt")):
        meta_path = path.with_suffix(".json")
        data = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
        items.append((path.read_text(encoding="utf-8"), ArticleMeta(key=path.stem, published=published)))
    if not items:
        sys.exit(f"no articles in {folder}: run bench/make_articles.py first")
    chars = sum(len(t) for t, _ in items)
    tracemalloc.start()
    start = time.perf_counter()
    statements = 0
    for text, meta in items:
        statements += len(extract(text, meta).statements)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"import of the extractor: {_import_cpu:.2f}s of CPU time (compiling its patterns)")
    print(f"articles: {len(items)}  mean length: {chars // len(items)} chars  statements: {statements}")
    print(f"time: {elapsed:.2f}s  throughput: {len(items) / elapsed:.0f} articles/s (with tracemalloc on)")
    print(f"peak traced memory: {peak / 1e6:.1f} MB")
    start, cpu = time.perf_counter(), time.process_time()
    for text, meta in items:
        extract(text, meta)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"throughput without tracing: {len(items) / elapsed:.0f} articles/s wall clock, ")
    print(f"  {len(items) / cpu:.0f} articles/s of this process's CPU time (steadier on a busy machine)")


if __name__ == "__main__":
    main()
