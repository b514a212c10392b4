"""Pack the built site into one zip that works offline, from disk or from a local server.

    python scripts/make_offline_zip.py      # writes _build/html/calling-out-genocide-site.zip

The zip holds the whole site under one folder, calling-out-genocide/; unpack it anywhere and
open calling-out-genocide/index.html. The site loads nothing from other hosts, and its search
index is a script, so search works from disk too. The zip itself is left out of the zip.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SITE = REPO_ROOT / "_build" / "html"
ZIP_NAME = "calling-out-genocide-site.zip"
FOLDER = "calling-out-genocide"


def make_offline_zip(site: Path = SITE) -> Path:
    if not (site / "index.html").is_file():
        raise SystemExit(f"no built site in {site}: run `bash scripts/build.sh` first")
    target = site / ZIP_NAME
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(site.rglob("*")):
            if path.is_file() and path.name not in {ZIP_NAME, partial.name}:
                archive.write(path, f"{FOLDER}/{path.relative_to(site).as_posix()}")
    partial.replace(target)
    return target


if __name__ == "__main__":
    written = make_offline_zip(Path(sys.argv[1]) if len(sys.argv) > 1 else SITE)
    print(f"Offline site: {written.relative_to(REPO_ROOT)} ({written.stat().st_size // 1024} KiB)")
