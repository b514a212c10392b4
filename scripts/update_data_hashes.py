"""Record each dataset's sha256 in data/datapackage.json after a deliberate, sourced edit.

The loader refuses a file whose checksum no longer matches, so that an accidental edit of a
CSV never reaches a chapter unnoticed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def main(data_dir: Path = DATA_DIR) -> None:
    descriptor_path = data_dir / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        digest = hashlib.sha256((data_dir / resource["path"]).read_bytes()).hexdigest()
        if resource.get("hash") != f"sha256:{digest}":
            print(f"{resource['name']}: sha256:{digest}")
        resource["hash"] = f"sha256:{digest}"
    descriptor_path.write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA_DIR)
