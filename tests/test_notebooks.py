"""Notebooks are stored executed, so that nbval's strict comparison has something to compare.

nbval skips cells stored without an execution count: a notebook committed with its outputs
stripped would pass vacuously. This test closes that gap.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted(
    p
    for p in (Path(__file__).resolve().parent.parent / "notebooks").rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS, "notebooks/ holds no notebook"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_executed_in_order(notebook: Path) -> None:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code_cells = [c for c in cells if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    assert code_cells, f"{notebook.name} has no code cell"
    counts = [c.get("execution_count") for c in code_cells]
    assert counts == list(range(1, len(code_cells) + 1)), (
        f"{notebook.name}: code cells must be stored executed top to bottom in a fresh kernel "
        f"(execution counts {counts}); run scripts/execute_notebooks.py"
    )
    for cell in code_cells:
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", f"{notebook.name}: a stored output is an error"
            assert output.get("name") != "stderr", f"{notebook.name}: a stored output is stderr"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_in_the_table_of_contents(notebook: Path) -> None:
    toc = (notebook.parents[1] / "_toc.yml").read_text(encoding="utf-8")
    entry = notebook.relative_to(notebook.parents[1]).with_suffix("").as_posix()
    assert f"file: {entry}" in toc, f"{entry} is not in _toc.yml, so the site never shows it"
