"""The run report reads at a glance: a summary line first (published or refused, acts, cards,
rows, quarantined, time taken), then the failing and warning checks with their offending rows
named by key, the legal references outside the catalogue by name, start, end and duration;
and the page loads in a real browser with no console errors and the summary in view."""
from __future__ import annotations

import re

import pyarrow as pa
import pytest

import browser
from extractors import quality, report


def seed_tables_names():
    from extractors.schema import TABLES

    return list(TABLES)


def _run(tables, outcome: str) -> dict:
    stage = quality.run_stage("curated", quality.curated_frames(tables))
    return {"run_id": "20260101T100000-abcdef", "started": "2026-01-01T10:00:00+00:00",
            "finished": "2026-01-01T10:02:07+00:00", "code_version": "test", "outcome": outcome,
            "inputs": [{"source_file": "a.txt", "status": "published", "sha256": "0" * 64},
                       {"source_file": "empty.txt", "status": "quarantined", "reason": "empty",
                        "message": "empty.txt: the file is empty"}],
            "quality": [stage.to_dict()], "warnings": [], "facts": report.facts(tables)}


@pytest.fixture(scope="module")
def refused_html(seed_tables, tmp_path_factory):
    """The seeds with one skill row written twice: the skills key check fails."""
    tables = dict(seed_tables)
    skills = tables["skills"]
    tables["skills"] = pa.concat_tables([skills, skills.slice(3, 1)])
    run = _run(tables, "not published: 1 critical check(s) failed")
    return report.render_html(run), run


def test_the_summary_line_comes_first(refused_html):
    html, _ = refused_html
    body = html[html.index("<body>"):]
    assert body.index('id="summary"') < body.index("<h2")
    line = re.search(r'id="summary-line">([^<]*)<', html).group(1)
    assert line == "REFUSED · 5 acts (5 texts) · 16 cards · 1 quarantined · 2 min 7 s"
    header = body[: body.index("<h2")]
    assert all(re.search(rf"{name} \d+", header) for name in seed_tables_names())
    times = re.search(r'class="times">([^<]*)<', html).group(1)
    assert "started 2026-01-01T10:00:00+00:00" in times and "finished 2026-01-01T10:02:07+00:00" in times
    assert "took 2 min 7 s" in times


def test_failing_and_warning_checks_come_first_with_their_rows_named(refused_html):
    html, run = refused_html
    problems = html[html.index('id="problems"'):html.index('id="outside-catalogue"')]
    first = problems.index("FAILED: curated/skills: expect_column_values_to_be_unique[_key]")
    assert first < problems.index("warning:")  # failing before warnings
    assert html.index('id="problems"') < html.index('id="passing"')
    # the duplicated row, by its key columns
    section = problems[first:problems.index("</section>", first)]
    for col in ("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no", "ordinal"):
        assert f"<th>{col}</th>" in section
    assert "V2300032943" in section
    passing = html[html.index('id="passing"'):]
    assert "ok" in passing and "FAILED" not in passing


def test_legal_references_outside_the_catalogue_are_listed_by_name(seed_tables, refused_html):
    html, _ = refused_html
    outside = [r for r in seed_tables["legal_refs"].to_pylist() if not r["in_catalogue"]]
    assert outside, "the seeds name acts outside the catalogue"
    section = html[html.index('id="outside-catalogue"'):html.index('id="inputs"')]
    for r in outside:
        assert r["ref_key"] in section and r["title_kk"] in section
    assert '{"in_catalogue": false}' not in html


def test_a_published_run_says_so(seed_tables):
    html = report.render_html(_run(seed_tables, "published with 1 quarantined"))
    line = re.search(r'id="summary-line">([^<]*)<', html).group(1)
    assert line.startswith("PUBLISHED · 5 acts") and 'class="published"' in html
    assert "0 failing" in html


needs_chromium = pytest.mark.skipif(
    not browser.CHROMIUM.is_file(),
    reason=f"Debian's Chromium is not at {browser.CHROMIUM}: `make chromium` (apt-get install chromium) installs it")

VISIBLE_SUMMARY = """(() => {
  const e = document.querySelector('#summary-line');
  if (!e) return null;
  const r = e.getBoundingClientRect(), st = getComputedStyle(e);
  return {text: e.innerText, visible: r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight
          && st.visibility !== 'hidden' && st.display !== 'none'};
})()"""


@needs_chromium
def test_the_report_loads_in_a_browser_with_its_summary_in_view(refused_html, tmp_path):
    html, _ = refused_html
    page = tmp_path / "index.html"
    page.write_text(html, encoding="utf-8")

    loaded = browser.load(page, VISIBLE_SUMMARY)

    assert loaded.errors == []
    assert loaded.value["visible"] and loaded.value["text"].startswith("REFUSED · 5 acts")


@needs_chromium
def test_the_browser_check_sees_a_console_error(tmp_path):
    """The harness itself: a page that throws is reported, so an empty error list means something."""
    page = tmp_path / "broken.html"
    page.write_text("<!doctype html><p id='summary-line'>x</p><script>console.error('bad');"
                    "undefinedFunction()</script>", encoding="utf-8")

    loaded = browser.load(page, VISIBLE_SUMMARY)

    assert any("bad" in e for e in loaded.errors) and any("exception" in e for e in loaded.errors)


def test_what_changed_is_counted_by_key_new_source_lines_alone_change_nothing_a_new_column_every_row():
    old = pa.table({"doc_id": ["V1", "V1", "V2"], "lang": ["kk", "kk", "kk"], "card_no": [1, 2, 1],
                    "name": ["a", "b", "c"], "source_lines": ["1-2", "3-4", "5-6"]})
    new = pa.table({"doc_id": ["V1", "V1", "V3"], "lang": ["kk", "kk", "kk"], "card_no": [1, 2, 1],
                    "name": ["a", "B", "d"], "source_lines": ["9-9", "3-4", "5-6"]})

    got = report.diff({"occupations": old}, {"occupations": new, "tasks": new.slice(0, 0)})

    assert {k: got["occupations"][k] for k in ("added", "removed", "changed")} == {"added": 1, "removed": 1, "changed": 1}
    assert got["occupations"]["examples"] == [{"change": "added", "key": ["V3", "kk", "1"]},
                                              {"change": "removed", "key": ["V2", "kk", "1"]},
                                              {"change": "changed", "key": ["V1", "kk", "2"]}]
    assert got["tasks"]["added"] == 0 and got["tasks"]["removed"] == 0
    wider = new.append_column("extra", pa.array([None, None, None], pa.string()))
    assert report.diff({"occupations": new}, {"occupations": wider})["occupations"]["changed"] == 3
