"""Rebuild the bundled general dictionaries of extractors/vocab/hunspell/ from their sources.

    apt-get install hunspell-kk          # Debian's Kazakh Hunspell dictionary (kk_KZ.aff, kk_KZ.dic)
    python bench/build_word_lists.py [--from /usr/share/hunspell]

The files are copied as they are, gzipped with a fixed timestamp (a rebuild from the same
source gives the same bytes), and their origin is written to extractors/vocab/hunspell/SOURCES.tsv:
package, version, licence, and the sha256 of each source file and of each bundled file.
Nothing here reads raw_docs/ or any act: the line-end joins must not learn from the acts
they are judged on (tests/test_word_lists.py checks the bundled lists against the acts).
Russian needs nothing bundled: pymorphy3's dictionary is a dependency (pymorphy3-dicts-ru)."""
import argparse
import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from extractors.morphology import HUNSPELL_DIR, AffixDictionary  # noqa: E402

SOURCES = [("kk_KZ", "hunspell-kk", "GPL-2+ or LGPL-2.1+ or MPL-1.1+ (Debian copyright of hunspell-kk)")]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def package_version(pkg: str) -> str:
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="src", default="/usr/share/hunspell")
    src = Path(ap.parse_args().src)
    HUNSPELL_DIR.mkdir(parents=True, exist_ok=True)
    rows = ["# file\tsource\tpackage\tversion\tlicence\tsource_sha256\tbundled_sha256"]
    for name, pkg, licence in SOURCES:
        for ext in ("aff", "dic"):
            path = src / f"{name}.{ext}"
            if not path.is_file():
                sys.exit(f"{path}: not found; install it with `apt-get install {pkg}`")
            data = path.read_bytes()
            packed = gzip.compress(data, compresslevel=9, mtime=0)
            out = HUNSPELL_DIR / f"{name}.{ext}.gz"
            out.write_bytes(packed)
            rows.append(f"{out.name}\t{path}\t{pkg}\t{package_version(pkg)}\t{licence}\t{sha256(data)}\t{sha256(packed)}")
        dic = AffixDictionary.load(name)  # fails here, not at run time, on a format it cannot read
        print(f"{name}: {len(dic.stems)} stems, {sum(len(v) for v in dic.by_add.values())} suffix rules")
    (HUNSPELL_DIR / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


main()
