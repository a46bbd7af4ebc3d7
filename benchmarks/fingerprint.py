#!/usr/bin/env python3
"""Fingerprint what users see, to prove that a refactoring changed nothing.

    python -m benchmarks.fingerprint record DIR   # before the change
    python -m benchmarks.fingerprint record DIR2  # after it
    python -m benchmarks.fingerprint compare DIR DIR2

``record`` writes two files:
- ``ask.jsonl``: ``cisbot ask --jsonl --today 2026-11-30`` over every question of the question bank
  (``tests/question_bank/*.yaml`` except the held-out half) and, when present, the public development sets in
  ``../shared/`` — the answer, ``more`` and the verdict of each;
- ``e2e.jsonl``: the HTML of every message the bot sent or edited through the local Bot API double
  during the whole test suite (``CISBOT_FINGERPRINT`` makes ``tests/conftest.py`` log them),
  keyed by test id, in the order sent.
``compare`` prints the differing lines and exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-30"


def bank_lines() -> list[str]:
    """Every question as a line for ``ask --jsonl``: plain questions, conversation turns as JSON."""
    # The held-out half stays unread: its answers are not printed by ``compare``.
    sources = sorted(p for p in (ROOT / "tests" / "question_bank").glob("*.yaml") if p.stem != "heldout")
    sources += sorted((ROOT.parent / "shared").glob("dev-questions*.yaml"))
    lines: list[str] = []
    for path in sources:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        cases = data if isinstance(data, list) else data.get("questions", []) + data.get("cases", [])
        for case in cases:
            if isinstance(case, dict) and isinstance(case.get("q"), str):
                lines.append(case["q"])
        for number, conversation in enumerate(data.get("conversations", []) if isinstance(data, dict) else []):
            chat = f"{path.stem}-{number}"
            for turn in conversation.get("turns", []):
                lines.append(json.dumps({"chat": chat, "q": turn["q"]}, ensure_ascii=False))
    return lines


def record(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    questions = "\n".join(bank_lines()) + "\n"
    asked = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--jsonl", "--today", TODAY],
        input=questions,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    (directory / "ask.jsonl").write_text(asked.stdout, encoding="utf-8")
    e2e = directory / "e2e.jsonl"
    e2e.unlink(missing_ok=True)
    environment = {**os.environ, "CISBOT_FINGERPRINT": str(e2e.resolve())}
    suite = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-x"],
        cwd=ROOT,
        env=environment,
        check=False,
    )
    print(f"test suite exit status {suite.returncode} (0 = all passed)")
    print(f"recorded {len(questions.splitlines())} questions and {sum(1 for _ in e2e.open())} messages in {directory}")


# What differs from run to run by itself: clock times, durations, temporary paths, and the version
# hashes of temporary knowledge bases that tests rewrite while reloading concurrently.
_VOLATILE = (
    (re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"), "HH:MM"),
    (re.compile(r"\b\d+(?:\.\d+)? (s|ms)\b"), r"N \1"),
    (re.compile(r"pytest-\d+"), "pytest-N"),
    (re.compile(r"\b[0-9a-f]{12}\b"), "VERSION"),
)


# Tests whose messages depend on timing by design (answers racing a reload): counted, not compared.
_RACING = ("test_answers_never_mix_versions_while_reloading",)


def _steady(text: str | None) -> str:
    text = text or ""
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def _sorted_e2e(path: Path) -> list[str]:
    # Tests run in a fixed order, but concurrent chats inside one test may interleave: compare per test.
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [row for row in rows if not row["test"].endswith(_RACING)]
    for row in rows:
        row["text"] = _steady(row["text"])
    rows.sort(key=lambda row: (row["test"], row["text"] or ""))
    return [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows]


def compare(before: Path, after: Path) -> int:
    differences = 0
    old_ask = (before / "ask.jsonl").read_text(encoding="utf-8").splitlines()
    new_ask = (after / "ask.jsonl").read_text(encoding="utf-8").splitlines()
    for number, (old, new) in enumerate(zip(old_ask, new_ask, strict=False)):
        if old != new:
            differences += 1
            print(f"ask line {number + 1}:\n- {old[:400]}\n+ {new[:400]}")
    if len(old_ask) != len(new_ask):
        differences += 1
        print(f"ask: {len(old_ask)} lines before, {len(new_ask)} after")
    old_rows, new_rows = _sorted_e2e(before / "e2e.jsonl"), _sorted_e2e(after / "e2e.jsonl")
    old_e2e, new_e2e = Counter(old_rows), Counter(new_rows)
    for line in sorted((old_e2e - new_e2e).elements()):
        differences += 1
        print(f"e2e only before: {line[:400]}")
    for line in sorted((new_e2e - old_e2e).elements()):
        differences += 1
        print(f"e2e only after: {line[:400]}")
    print(f"{differences} differences ({len(old_ask)} answers; {len(old_rows)} e2e messages, {len(old_e2e)} distinct)")
    return 1 if differences else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("record").add_argument("directory", type=Path)
    compared = commands.add_parser("compare")
    compared.add_argument("before", type=Path)
    compared.add_argument("after", type=Path)
    arguments = parser.parse_args()
    if arguments.command == "record":
        record(arguments.directory)
        return 0
    return compare(arguments.before, arguments.after)


if __name__ == "__main__":
    sys.exit(main())
