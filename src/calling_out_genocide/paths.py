"""Where the course's files live, found from this package's own location.

The package is installed in editable mode from a clone, so the repository root is
two levels above ``src/calling_out_genocide``. This works the same in the book build,
in nbval and in a student's JupyterLab.
"""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent.parent
DATA_DIR = REPO_ROOT / "data"
QUIZ_DIR = REPO_ROOT / "quizzes"
BOOK_DIR = REPO_ROOT / "book"
NOTEBOOK_DIR = REPO_ROOT / "notebooks"
STATIC_DIR = PACKAGE_DIR / "static"
