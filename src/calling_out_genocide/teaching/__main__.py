"""Check teaching material from the command line:

python -m calling_out_genocide.teaching check [SLUG ...]
"""

from __future__ import annotations

import sys

from calling_out_genocide.teaching.materials import (
    TeachingError,
    easy_read_measures,
    load_material,
    teaching_chapters,
)


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "check":
        print(__doc__)
        return 2
    slugs = argv[1:] or [c.slug for c in teaching_chapters()]
    failed = 0
    for slug in slugs:
        try:
            data = load_material(slug)
        except TeachingError as error:
            failed += 1
            print(f"FAIL {error}")
            continue
        words, grade = easy_read_measures(data["easy_read"]["text"])
        print(f"ok   teaching/{slug}.yaml (easy read: {words} words, grade {grade})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
