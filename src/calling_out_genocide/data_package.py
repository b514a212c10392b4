"""Load the course's datasets from ``data/datapackage.json``, checked against their schemas.

    >>> from calling_out_genocide import load
    >>> votes = load("udhr_vote_1948")

Every dataset is a Frictionless Data resource with a table schema and a sha256 checksum.
``load`` refuses a dataset that is unknown, missing, edited since its checksum was recorded,
or has a value outside its schema, and says which dataset, row and column and what was expected.
"""

from __future__ import annotations

import copy
import hashlib
import json
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
    expected = resource.get("hash", "").removeprefix("sha256:")
    if not expected:
        raise DatasetError(f"dataset {name!r}: datapackage.json records no sha256 hash for it")
    found = file_sha256(path)
    if found != expected:
        raise DatasetError(
            f"dataset {name!r}: {resource['path']} has changed since its checksum was recorded "
            f"(expected sha256 {expected}, found {found}). If the edit is deliberate and sourced, "
            "run `python scripts/update_data_hashes.py`."
        )
    return path


def _validate_rows(name: str, resource: dict, data_dir: Path) -> None:
    # frictionless checks types, required cells, constraints and keys; we only word the error.
    # The resource is checked inside its package so that foreign keys can be resolved.
    from frictionless import Package

    descriptor = copy.deepcopy(package_descriptor(data_dir))
    for each in descriptor["resources"]:
        each.pop("hash", None)  # checked above, with a clearer message
    package = Package(descriptor, basepath=str(data_dir))
    report = package.get_resource(name).validate()
    if report.valid:
        return
    messages = []
    for error in report.flatten(["rowNumber", "fieldName", "type", "note", "message"]):
        row, field, kind, note, message = error
        if row:
            where = f"row {row - 1} (line {row} of {resource['path']})"
            messages.append(f"dataset {name!r}, {where}, column {field!r}: {kind}: {note}")
        else:
            messages.append(f"dataset {name!r}: {message}")
    raise DatasetError("\n".join(messages[:20]))


def load(name: str, data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """Return dataset ``name`` as a typed DataFrame, after checking file, checksum and schema."""
    resource = resource_descriptor(name, data_dir)
    path = _check_file(name, resource, data_dir)
    _validate_rows(name, resource, data_dir)
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
