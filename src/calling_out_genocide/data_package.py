"""Load the course's datasets from ``data/datapackage.json``, checked against their schemas.

    >>> from calling_out_genocide import load
    >>> votes = load("udhr_vote_1948")

Every dataset is a Frictionless Data resource with a table schema and a sha256 checksum.
``load`` refuses a dataset that is unknown, missing, edited since its checksum was recorded,
or has a value outside its schema, and says which dataset, row and column and what was expected.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pandas as pd

from calling_out_genocide.paths import DATA_DIR

# Table Schema types -> pandas dtypes that keep missing values as <NA> rather than NaN/None.
PANDAS_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "year": "Int64",
    "number": "Float64",
    "boolean": "boolean",
}


class DatasetError(ValueError):
    """A dataset could not be loaded as its schema promises."""


def package_descriptor(data_dir: Path = DATA_DIR) -> dict:
    """The whole data package descriptor (data/datapackage.json)."""
    return json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))


def dataset_names(data_dir: Path = DATA_DIR) -> list[str]:
    return [resource["name"] for resource in package_descriptor(data_dir)["resources"]]


def resource_descriptor(name: str, data_dir: Path = DATA_DIR) -> dict:
    for resource in package_descriptor(data_dir)["resources"]:
        if resource["name"] == name:
            return resource
    known = ", ".join(sorted(dataset_names(data_dir)))
    raise DatasetError(f"unknown dataset {name!r}; the course's datasets are: {known}")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_file(name: str, resource: dict, data_dir: Path) -> Path:
    path = data_dir / resource["path"]
    if not path.is_file():
        raise DatasetError(f"dataset {name!r}: its file {resource['path']} is missing from data/")
    if not resource.get("hash", "").startswith("sha256:"):
        raise DatasetError(f"dataset {name!r}: datapackage.json records no sha256 hash for it")
    return path


def _validate(name: str, resource: dict, data_dir: Path) -> None:
    # frictionless checks the checksum, types, required cells, constraints and keys; we only
    # word its errors. The resource is checked inside its package so foreign keys resolve.
    from frictionless import Package

    package = Package(package_descriptor(data_dir), basepath=str(data_dir))
    report = package.get_resource(name).validate()
    if report.valid:
        return
    errors = report.flatten(["rowNumber", "fieldName", "type", "note", "message", "cell"])
    changed = [note for _, _, kind, note, _, _ in errors if kind == "hash-count"]
    if changed:
        # An edited file fails its checksum first: every other error may follow from the edit.
        expected, found = re.findall(r'"([0-9a-f]{64})"', changed[0])
        raise DatasetError(
            f"dataset {name!r}: {resource['path']} has changed since its checksum was recorded "
            f"(expected sha256 {expected}, found {found}). If the edit is deliberate and sourced, "
            "run `python scripts/update_data_hashes.py`."
        )
    messages = []
    for row, field, kind, note, message, cell in errors:
        if row:
            where = f"row {row - 1} (line {row} of {resource['path']})"
            if note.startswith('constraint "enum"') and len(note) > 120:
                # A long list of allowed values would bury the one that is wrong.
                note = f'constraint "enum": {cell!r} is not one of the values in datapackage.json'
            messages.append(f"dataset {name!r}, {where}, column {field!r}: {kind}: {note}")
        else:
            messages.append(f"dataset {name!r}: {message}")
    raise DatasetError("\n".join(messages[:20]))


def _signature(paths: list[Path]) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths)


# Each dataset is read and checked once per process, and again only if its file or the
# descriptor changes on disk: a book build or a test run loads the same tables many times.
_LOADED: dict[tuple, pd.DataFrame] = {}


def load(name: str, data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """Return dataset ``name`` as a typed DataFrame, after checking file, checksum and schema."""
    resource = resource_descriptor(name, data_dir)
    path = _check_file(name, resource, data_dir)
    key = (name, _signature([data_dir / "datapackage.json", path]))
    if key not in _LOADED:
        _validate(name, resource, data_dir)
        _LOADED[key] = _read(path, resource, name)
    return _LOADED[key].copy()


def _read(path: Path, resource: dict, name: str) -> pd.DataFrame:
    fields = resource["schema"]["fields"]
    frame = pd.read_csv(
        path,
        dtype={f["name"]: PANDAS_DTYPES.get(f["type"], "string") for f in fields},
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
    )
    for field in fields:
        if field["type"] == "date":
            frame[field["name"]] = pd.to_datetime(frame[field["name"]], format="%Y-%m-%d")
    frame.attrs["title"] = resource.get("title", name)
    frame.attrs["sources"] = resource.get("sources", [])
    return frame
