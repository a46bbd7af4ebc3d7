"""The command-line contract that ../shared/tools/dev_eval.py and operators rely on."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.test_loader import BILLION_LAUGHS, BODIES, SOURCES, write


def run(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
    )


def test_ask_jsonl_one_object_per_line() -> None:
    questions = ["What is the CSTO?", "", "recipe for borscht", "Кто такой Клемез?"]
    proc = run("ask", "--jsonl", stdin="\n".join(questions) + "\n")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["question"] for r in rows] == questions
    assert [r["answered"] for r in rows] == [True, False, False, True]
    for row in rows:
        assert set(row) >= {"question", "answered", "answer", "matches"}
        for match in row["matches"]:
            assert set(match) == {"id", "kind", "score"}
    assert rows[0]["matches"][0]["id"] == "csto"
    assert "Клемез" in rows[3]["answer"]


def test_ask_json_and_plain() -> None:
    proc = run("ask", "--json", "What", "is", "RATS", "SCO?")
    data = json.loads(proc.stdout)
    assert data["question"] == "What is RATS SCO?" and data["answered"]
    plain = run("ask", "What is RATS SCO?").stdout
    assert "Regional Anti-Terrorist Structure" in plain and "<b>" not in plain


def test_validate_ok_and_errors(tmp_path: Path) -> None:
    ok = run("validate")
    assert ok.returncode == 0 and ok.stdout.startswith("ok: ")
    write(tmp_path, {"s.yaml": SOURCES, "b.yaml": BODIES + "    colour: red\n"})
    bad = run("validate", str(tmp_path))
    assert bad.returncode == 1
    assert "b.yaml:7:5: unknown key 'colour'" in bad.stderr


def test_validate_refuses_billion_laughs_at_once(tmp_path: Path) -> None:
    write(tmp_path, {"s.yaml": SOURCES, "b.yaml": BODIES, "lol.yaml": BILLION_LAUGHS})
    started = time.perf_counter()
    proc = run("validate", str(tmp_path), timeout=30)
    assert time.perf_counter() - started < 10
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["lol.yaml:1:4: anchors and aliases are not allowed (&a)", "1 error"]


def test_ask_with_broken_knowledge_base_fails_cleanly(tmp_path: Path) -> None:
    write(tmp_path, {"s.yaml": "sources: [\n"})
    proc = run("--knowledge", str(tmp_path), "ask", "anything")
    assert proc.returncode == 2
    assert "s.yaml:2:1: YAML error" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_chat_session() -> None:
    proc = run("chat", stdin="jlr,\nWhat is the weather in Paris?\n\n")
    assert proc.returncode == 0
    assert "ОДКБ" in proc.stdout
    assert "Sorry" in proc.stdout
