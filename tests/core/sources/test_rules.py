"""The parser's named rules: documented, switchable one at a time, and ablated by `helder eval`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.sources import rules
from reader.core.sources.parse import parse_bytes

REPO = Path(__file__).resolve().parents[3]

# A digest whose stories are "link: text" lines (html.lead_links) under a menu bar.
DIGEST = (
    "<html><body><p><a href='https://x.example/a'>Home</a></p><p><a href='https://x.example/b'>"
    "About</a></p><p><a href='https://x.example/c'>Archive</a></p>"
    + "".join(f"<p><a href='https://news.example/{n}'>Story number {n} of the week</a>: a short "
              f"description of story {n} that says what it is about.</p>" for n in range(4))
    + "</body></html>"
).encode()


def test_every_rule_is_documented_and_used_by_a_parser():
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (REPO / "reader" / "core" / "sources").rglob("*.py"))
    for name, rule in rules.RULES.items():
        assert rule.serves, name
        assert rule.doc, name
        assert rule.formats in ("html", "text", "pdf"), name
        assert re.search(rf"rules\.on\(\"{re.escape(name)}\"\)", source), f"{name} is never asked"


def test_an_unknown_rule_name_is_an_error():
    with pytest.raises(KeyError):
        rules.on("html.no_such_rule")
    with pytest.raises(KeyError), rules.disabled("html.no_such_rule"):
        pass


def test_switching_a_rule_off_changes_the_items_and_only_inside_the_block():
    titles = [it.title for it in parse_bytes(DIGEST, name="d.html").items]
    assert titles == [f"Story number {n} of the week" for n in range(4)]
    with rules.disabled("html.lead_links"):
        assert not rules.on("html.lead_links")
        off = [it.title for it in parse_bytes(DIGEST, name="d.html").items]
    assert off != titles
    assert rules.on("html.lead_links")


def test_eval_ablate_prints_each_rule_and_the_files_it_changes(tmp_path):
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "digest.html").write_bytes(DIGEST)
    (tmp_path / "expected").mkdir()
    (tmp_path / "expected" / "html__digest.html.json").write_text(json.dumps({"items": [
        {"title": f"Story number {n} of the week"} for n in range(4)]}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "eval", str(tmp_path / "expected"), "--ablate", "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["baseline_mean_f1"] == 1.0
    by_rule = {r["rule"]: r for r in result["rules"]}
    assert set(by_rule) == set(rules.RULES)
    assert by_rule["html.lead_links"]["labelled"]["html__digest.html.json"] < 0
    assert by_rule["pdf.bylines"]["labelled"] == {}
