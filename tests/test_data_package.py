"""The course's data package: valid, fully described, sourced, and loaded safely."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pybtex.database import parse_file

from calling_out_genocide import DatasetError, load
from calling_out_genocide.data_package import dataset_names
from calling_out_genocide.paths import DATA_DIR, REPO_ROOT

DESCRIPTOR = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = DESCRIPTOR["resources"]
REQUIRED_DATASETS = {
    "udhr_vote_1948",
    "udhr_text",
    "genocide_convention_text",
    "genocide_convention_parties",
    "holocaust_jewish_victims_by_country",
    "nazi_persecution_victims_by_group",
    "later_atrocities",
    "judicial_findings",
    "xinjiang_birth_rates",
    "uyghur_population_census",
    "uyghur_case_responses",
    "forced_labour_measures",
    "timeline",
}


def test_frictionless_cli_validates_the_package() -> None:
    frictionless = Path(sys.executable).parent / "frictionless"
    result = subprocess.run(
        [str(frictionless), "validate", "data/datapackage.json"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:]
    assert "INVALID" not in result.stdout


def test_every_required_dataset_is_present() -> None:
    assert REQUIRED_DATASETS <= set(dataset_names())


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r["name"])
def test_resource_is_fully_described(resource: dict) -> None:
    name = resource["name"]
    for key in ("title", "description", "method", "uncertainty"):
        assert resource.get(key, "").strip(), f"{name}: no {key}"
    assert resource.get("licenses"), f"{name}: no licence"
    assert all(lic.get("name") and lic.get("path") for lic in resource["licenses"])
    assert resource.get("sources"), f"{name}: no sources"
    for source in resource["sources"]:
        assert source.get("title"), f"{name}: a source without a title"
        assert source.get("path") or source.get("bibkey"), f"{name}: {source['title']} unlocated"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source.get("accessed", "")), name
    fields = resource.get("schema", {}).get("fields")
    assert fields, f"{name}: no table schema"
    assert all(f.get("type") and f.get("title") for f in fields), name
    assert resource["schema"].get("primaryKey"), f"{name}: no primary key"
    assert resource.get("hash", "").startswith("sha256:"), name


def test_every_source_key_is_in_the_bibliography() -> None:
    bibliography = parse_file(REPO_ROOT / "references.bib").entries
    missing = []
    for resource in RESOURCES:
        for source in resource.get("sources", []):
            if source.get("bibkey") and source["bibkey"] not in bibliography:
                missing.append(f"{resource['name']}: sources: {source['bibkey']}")
        # Columns of bibliography keys: named source..., or described as holding such keys.
        key_columns = {
            f["name"]
            for f in resource["schema"]["fields"]
            if f["name"] == "source"
            or f["name"].startswith("source_")
            or "references.bib" in f.get("description", "")
            or "bibliography keys" in f.get("description", "").lower()
        }
        with (DATA_DIR / resource["path"]).open(encoding="utf-8") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=1):
                for column, value in row.items():
                    if column in key_columns:
                        for key in filter(None, re.split(r"[;\s]+", value or "")):
                            if key not in bibliography:
                                missing.append(f"{resource['name']} row {number} {column}: {key}")
    assert not missing, "\n".join(missing)


# ------------------------------------------------------------------ known facts


def test_udhr_vote_was_48_0_8_with_two_not_voting() -> None:
    votes = load("udhr_vote_1948")
    assert len(votes) == 58
    assert votes["vote"].value_counts().to_dict() == {
        "in_favour": 48,
        "abstained": 8,
        "did_not_vote": 2,
    }
    assert set(votes.loc[votes["vote"] == "abstained", "state"]) == {
        "Byelorussian Soviet Socialist Republic",
        "Czechoslovakia",
        "Poland",
        "Saudi Arabia",
        "Ukrainian Soviet Socialist Republic",
        "Union of Soviet Socialist Republics",
        "Union of South Africa",
        "Yugoslavia",
    }
    assert set(votes.loc[votes["vote"] == "did_not_vote", "state"]) == {"Honduras", "Yemen"}


def test_udhr_text_has_the_preamble_and_thirty_articles() -> None:
    text = load("udhr_text")
    assert sorted(text.loc[text["section"] == "article", "number"].unique()) == list(range(1, 31))
    article_1 = text[(text["section"] == "article") & (text["number"] == 1)]["text"].iloc[0]
    assert article_1.startswith("All human beings are born free and equal in dignity and rights.")
    assert (text["section"] == "preamble").sum() >= 7


def test_genocide_convention_has_articles_i_to_xix_and_the_article_ii_definition() -> None:
    text = load("genocide_convention_text")
    articles = text[text["section"] == "article"]
    assert sorted(articles["number"].unique()) == list(range(1, 20))
    article_2 = " ".join(articles[articles["number"] == 2].sort_values("paragraph")["text"])
    assert "intent to destroy, in whole or in part, a national, ethnical, racial or religious" in (
        article_2
    )
    assert "(a) Killing members of the group;" in article_2


def test_article1_translations_cover_eight_languages_with_direction() -> None:
    translations = load("udhr_article1_translations").set_index("language")
    assert set(translations.index) == {"fr", "en", "he", "km", "rw", "bs", "ug-Arab", "zh-Hans"}
    assert set(translations.index[translations["direction"] == "rtl"]) == {"he", "ug-Arab"}


def test_genocide_convention_parties_include_known_dates() -> None:
    parties = load("genocide_convention_parties").set_index("participant")
    assert (
        str(parties.loc["United Kingdom of Great Britain and Northern Ireland", "action_date"])[:10]
        == "1970-01-30"
    )
    assert parties["action_type"].dropna().isin({"ratification", "accession", "succession"}).all()


def test_timeline_holds_the_founding_dates() -> None:
    timeline = load("timeline")
    dated = set(zip(timeline["date"], timeline["chapter"], strict=True))
    assert ("1948-12-10", "udhr") in dated
    assert ("1948-12-09", "genocide-convention") in dated
    assert ("1951-01-12", "genocide-convention") in dated


def test_estimates_are_ranges_never_inverted() -> None:
    for name, low, high in (
        ("holocaust_jewish_victims_by_country", "victims_low", "victims_high"),
        ("nazi_persecution_victims_by_group", "estimate_low", "estimate_high"),
        ("later_atrocities", "deaths_low", "deaths_high"),
    ):
        frame = load(name)
        both = frame[frame[low].notna() & frame[high].notna()]
        assert (both[low] <= both[high]).all(), name


# ------------------------------------------------------------------ loader errors


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def rehash(data_dir: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "update_data_hashes.py"), str(data_dir)],
        check=True,
        capture_output=True,
    )


def test_unknown_dataset_name(data_copy: Path) -> None:
    with pytest.raises(DatasetError, match="unknown dataset 'udhr_votes'; the course's datasets"):
        load("udhr_votes", data_dir=data_copy)


def test_missing_file(data_copy: Path) -> None:
    (data_copy / "udhr_vote_1948.csv").unlink()
    with pytest.raises(
        DatasetError, match="'udhr_vote_1948': its file udhr_vote_1948.csv is missing"
    ):
        load("udhr_vote_1948", data_dir=data_copy)


def test_edited_file_fails_its_checksum(data_copy: Path) -> None:
    path = data_copy / "udhr_vote_1948.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("abstained", "in_favour", 1), "utf-8")
    with pytest.raises(DatasetError, match="'udhr_vote_1948': udhr_vote_1948.csv has changed"):
        load("udhr_vote_1948", data_dir=data_copy)


def test_value_outside_its_constraints_names_row_and_column(data_copy: Path) -> None:
    path = data_copy / "udhr_vote_1948.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace("in_favour", "against", 1)  # the third data row
    path.write_text("".join(lines), encoding="utf-8")
    rehash(data_copy)
    with pytest.raises(DatasetError) as caught:
        load("udhr_vote_1948", data_dir=data_copy)
    message = str(caught.value)
    assert (
        "dataset 'udhr_vote_1948', row 3 (line 4 of udhr_vote_1948.csv), column 'vote'" in message
    )
    assert "constraint-error" in message and "enum" in message


def test_missing_required_value_names_row_and_column(data_copy: Path) -> None:
    path = data_copy / "timeline.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    rows[5][3] = ""  # chapter of the fifth event
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    rehash(data_copy)
    with pytest.raises(
        DatasetError,
        match=r"'timeline', row 5 \(line 6 of timeline.csv\), "
        r"column 'chapter': constraint-error",
    ):
        load("timeline", data_dir=data_copy)


def test_a_number_where_a_number_is_required(data_copy: Path) -> None:
    path = data_copy / "later_atrocities.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[0]["deaths_low"] = "about two million"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    rehash(data_copy)
    with pytest.raises(DatasetError, match=r"row 1 .* column 'deaths_low': type-error"):
        load("later_atrocities", data_dir=data_copy)
