"""Write the second coder's theme codes into the unseen4 item files.

Usage: ``python write_codes.py INPUT_DIR LANG [LANG ...]``

``INPUT_DIR`` holds ``<lang>.csv`` with the items (theme cells empty). For each language the
codes are read from ``table_<lang>.txt`` next to this script: one line per item,
``item_id | oap | policy | stance``, IDs joined with ``;``, ``-`` for an empty cell.
The result is written to ``<lang>.csv`` next to this script: same rows in the same order, the
text unchanged, the IDs checked against the taxonomy and put in the taxonomy's order.
"""

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

TAXONOMY = {
    "oap": [
        "best_practices",
        "universalization",
        "stockpile_destruction",
        "survey_clearance",
        "risk_education",
        "victim_assistance",
        "cooperation_assistance",
        "compliance",
        "transparency_reporting",
        "gender_diversity",
        "environment_climate",
        "improvised_mines",
        "financing",
        "partnerships",
    ],
    "policy": [
        "human_rights",
        "democracy_elections",
        "accountability",
        "international_law",
        "russia_ukraine_war",
        "nuclear",
        "disarmament",
        "sanctions",
        "civil_society",
        "migration_borders",
        "economic_support",
    ],
    "stance": [
        "condemn",
        "concern_regret",
        "urge_call",
        "support_welcome",
        "commit_reaffirm",
        "recall_recognise",
    ],
}
COLUMNS = ["oap", "policy", "stance"]


def normalise(cell: str, taxonomy: str, item_id: str) -> str:
    """Check the IDs of one cell and return them in the taxonomy's order."""
    if cell.strip() == "-":
        return ""
    ids = [part.strip() for part in cell.split(";") if part.strip()]
    order = TAXONOMY[taxonomy]
    unknown = [i for i in ids if i not in order]
    if unknown or len(set(ids)) != len(ids):
        raise ValueError(f"{item_id}: bad {taxonomy} cell {cell!r}")
    return ";".join(sorted(ids, key=order.index))


def read_table(lang: str) -> dict[str, dict[str, str]]:
    """Read the typed table of one language: item_id -> column -> cell."""
    table: dict[str, dict[str, str]] = {}
    path = HERE / f"table_{lang}.txt"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("|")
        if len(fields) != 4:
            raise ValueError(f"{path.name}:{number}: expected 4 fields separated by |")
        item_id = fields[0].strip()
        if item_id in table:
            raise ValueError(f"{path.name}:{number}: {item_id} twice")
        table[item_id] = {
            col: normalise(cell, col, item_id)
            for col, cell in zip(COLUMNS, fields[1:], strict=True)
        }
    return table


def write_lang(input_dir: Path, lang: str) -> None:
    """Fill the theme cells of one language file from its table and write it."""
    with open(input_dir / f"{lang}.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fieldnames = list(reader.fieldnames or [])
        rows = list(reader)
    table = read_table(lang)
    ids = [row["item_id"] for row in rows]
    missing = [i for i in ids if i not in table]
    extra = [i for i in table if i not in set(ids)]
    if missing or extra:
        raise ValueError(f"{lang}: items without codes {missing}, codes without items {extra}")
    for row in rows:
        if any(row[col] for col in COLUMNS):
            raise ValueError(f"{row['item_id']}: input theme cells are not empty")
        row.update(table[row["item_id"]])
    with open(HERE / f"{lang}.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fieldnames, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{lang}: {len(rows)} items written")


if __name__ == "__main__":
    for language in sys.argv[2:]:
        write_lang(Path(sys.argv[1]), language)
