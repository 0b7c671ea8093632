"""The curated folder in DuckDB: every table under its name, and the views analysts ask for.

`connect(curated)` opens an in-memory database where each Parquet file of the
folder is a view of the table's name and `sql/views.sql` adds the joins
(occupation with its functions, tasks, skills and knowledge; requirements by
position; the state of an amended unit on a day). `write_database` writes the
same into a DuckDB file that needs no Parquet files beside it. `kzprof sql`
is the command line over both.
"""
from __future__ import annotations

import re
from pathlib import Path

from .schema import SPEC, TABLES

VIEWS_SQL = Path(__file__).parent / "sql" / "views.sql"
_HEAD = re.compile(r"^-- (\w+): (.+)$", re.M)


def statements() -> list[tuple[str, str, str]]:
    """(name, what it answers, SQL) of each view and macro of views.sql."""
    text = VIEWS_SQL.read_text(encoding="utf-8")
    heads = list(_HEAD.finditer(text))
    out = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        sql = text[m.end():end].strip()
        if sql:
            out.append((m.group(1), m.group(2).strip(), sql.rstrip(";")))
    return out


def catalogue() -> list[tuple[str, str]]:
    """Every name a query can use, with what it is."""
    return [(name, SPEC[name].description) for name in TABLES] + [(n, d) for n, d, _ in statements()]


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def missing_tables(curated: Path) -> list[str]:
    return [name for name in TABLES if not (Path(curated) / f"{name}.parquet").is_file()]


def _define(con, curated: Path, as_tables: bool) -> None:
    kind = "TABLE" if as_tables else "VIEW"
    for name in TABLES:
        path = (Path(curated) / f"{name}.parquet").resolve()
        con.execute(f"CREATE OR REPLACE {kind} {name} AS SELECT * FROM read_parquet({_quote(path)})")
    for _, _, sql in statements():
        con.execute(sql)


def connect(curated: Path):
    """An in-memory DuckDB connection with the tables of `curated` and the views."""
    import duckdb

    missing = missing_tables(curated)
    if missing:
        raise FileNotFoundError(f"{curated}: no published tables ({', '.join(missing)}.parquet missing)")
    con = duckdb.connect()
    _define(con, curated, as_tables=False)
    return con


def write_database(curated: Path, target: Path) -> Path:
    """A DuckDB file holding the tables (copied) and the views."""
    import duckdb

    missing = missing_tables(curated)
    if missing:
        raise FileNotFoundError(f"{curated}: no published tables ({', '.join(missing)}.parquet missing)")
    target = Path(target)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        _define(con, curated, as_tables=True)
    finally:
        con.close()
    tmp.replace(target)
    return target
