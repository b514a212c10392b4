"""Execute notebooks top to bottom in a fresh kernel and store their outputs in place.

Run after editing a notebook, before committing: nbval compares against what is stored.
    python scripts/execute_notebooks.py                 # every notebook
    python scripts/execute_notebooks.py notebooks/x.ipynb
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO_ROOT = Path(__file__).resolve().parent.parent


def execute(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    # Widget state is dead weight on the static site and churns on every run.
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        store_widget_state=False,
    )
    client.execute()
    notebook.metadata.pop("widgets", None)
    nbformat.write(notebook, path)
    print(f"executed {path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path}")


def main(argv: list[str]) -> None:
    targets = [Path(a).resolve() for a in argv] or sorted(
        p for p in (REPO_ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )
    for path in targets:
        execute(path)


if __name__ == "__main__":
    main(sys.argv[1:])
