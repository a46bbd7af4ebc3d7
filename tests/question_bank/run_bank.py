#!/usr/bin/env python3
"""Score the bot on the question bank through its batch interface.

Run from the project root:
    python tests/question_bank/run_bank.py [--split tuning|heldout|tuning2|<name>|all] [--cmd "python -m bot ask --jsonl"] [--show-fails]

The default command is "<this python> -m bot ask --jsonl --today 2026-11-30"; when it fails (an older
bot without --today), the batch is asked again without the --today option and a note says so.
Questions go in as plain lines; the turns of a conversation go in as JSON lines
{"chat": "<id>", "q": "..."}, so that lines with the same chat share context (a bot without
conversations answers the JSON line as it is, and those turns fail). Each line of output is
{"question", "answered", "answer", ...}. The judging rules are those of the development sets
(../shared/tools/dev_eval.py, copied here so the project does not depend on that directory):
  - `decline: true`: "answered" must be false;
  - `decline_or_disclaim: true`: declined, or answered with a statement that the sources lack it
    within the first 300 visible characters, and the case's expect / absent / cap hold;
  - otherwise: answered, every `expect` matches, no `absent` matches, and the visible answer is
    within `max_chars` (default 1,200; 3,500 for kinds list and count).
The visible answer is the HTML answer with tags removed, entities decoded and whitespace collapsed.
Prints per-kind scores per split, the median and p90 visible length of answered positive cases,
and a last line "bank: N/M passed". Exit status: 0 when the batch ran (the score is a measurement),
1 when the command failed, 2 when a bank file is invalid.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import re
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
SPLITS = ("tuning", "heldout")  # what `--split all` runs
EXTRA_SPLITS = ("tuning2",)  # run only when named: a second tuning set written independently of heldout.yaml
TODAY = "2026-11-30"
KINDS = ("yes_no", "abbreviation", "topic", "attribute", "list", "count", "quote", "time", "lookalike",
         "out_of_scope", "style", "conversation")
CASE_KEYS = {"id", "q", "kind", "expect", "absent", "decline", "decline_or_disclaim", "max_chars", "source", "note"}
TURN_KEYS = {"q", "expect", "absent", "decline", "decline_or_disclaim", "max_chars", "note"}
CONVERSATION_KEYS = {"id", "lang", "turns", "source", "note"}
CAP, LIST_CAP, LIST_KINDS = 1200, 3500, {"list", "count"}
HEAD = 300  # a disclaimer must come within this many visible characters

# "the sources do not have this", in English or Russian (as in dev_eval.py)
DISCLAIM = re.compile("|".join([
    r"\b(?:do|does|did)\s*(?:not|n't)\s+(?:have|hold|know|contain|mention|record|name|say|state|specify|give|list"
    r"|include|cover|provide|report|indicate|expand|describe|show)",
    r"\b(?:is|are|was|were|has|have|had)\s*(?:not|n't)\s+(?:been\s+)?(?:recorded|mentioned|named|specified|stated|known"
    r"|given|listed|reported|covered|available|found|expanded|described|announced|scheduled|planned|held)",
    r"\b(?:not|never)\s+(?:recorded|mentioned|named|specified|stated|known|given|listed|reported|covered|available"
    r"|found|expanded|described|announced|scheduled|in\s+(?:the|my|these|our)\s+(?:sources?|documents?|knowledge|records?|materials?))",
    r"\bno\s+(?:information|data|details?|records?|mention|evidence|figures?|such|upcoming|future|later|further|next"
    r"|scheduled|planned|dated|meeting|meetings|report|reports|statement|person|one)\b",
    r"\b(?:records?|mentions?|names?|lists?|gives?|provides?|has|have|contains?|reports?|includes?|offers?)\s+(?:no|nothing)\b",
    r"\bno\s+(?:\w+\s+){0,5}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:recorded|known|mentioned|listed|named|given|reported|described)",
    r"\bnothing\s+(?:is\s+)?(?:recorded|known|found|said|about|on)\b",
    r"\bunknown\b", r"\b(?:cannot|can't|could\s*(?:not|n't))\s+(?:find|answer|say|tell|confirm)",
    r"\bthere\s+(?:is|was|are|were)\s+no\b", r"\bonly\s+(?:record|mention|name|list|cover|say|give|know)",
    r"\b(?:uses?|gives?|names?)\s+only\b", r"\bno\s+(?:source|document)s?\s+(?:say|state|report|mention|give|name|record)",
    r"\bнет\s+(?:данных|сведений|информации|записей|упоминани)", r"\b(?:сведений|данных|информации|упоминаний)\b[^.;!?]{0,100}?\bнет\b",
    r"\bнеизвестн", r"\bничего\s+не\b", r"\bотсутству",
    r"\bне\s+(?:указ|упомина|назван|называ|сообща|привод|содерж|располага|известн|зафиксирован|запланирован|найден"
    r"|нашел|нашёл|знаю|говор|уточня|раскрыва|перечисл|расшифров|объявл|было|проводил|проходил|состоял|значится|описан)",
    r"\bтолько\s+(?:о\s+|об\s+)?(?:\d+|одн|XVIII|13)", r"\b(?:упомина|называ|указ|извест)\w*\s+(?:лишь|только)",
]), re.I)


def visible(answer: str) -> str:
    """The answer as a reader sees it: tags removed, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", answer or "")).split())


def _check_patterns(entry: dict[str, Any], where: str, problems: list[str]) -> None:
    for key in ("expect", "absent"):
        for pattern in entry.get(key) or []:
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(f"{where}: bad {key} regex {pattern!r}: {exc}")
    if not (entry.get("expect") or entry.get("decline") or entry.get("decline_or_disclaim")):
        problems.append(f"{where}: needs `expect`, `decline` or `decline_or_disclaim`")


def load_split(name: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The split's cases in asking order: its questions, then its conversations' turns."""
    path = HERE / f"{name}.yaml"
    problems: list[str] = []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        return [], [f"{path.name}: not a mapping with `questions` and `conversations`"]
    cases: list[dict[str, Any]] = []
    for entry in data.get("questions") or []:
        where = f"{path.name}:{entry.get('id')}"
        unknown = set(entry) - CASE_KEYS
        if unknown:
            problems.append(f"{where}: unknown key(s) {sorted(unknown)}")
        if entry.get("kind") not in KINDS:
            problems.append(f"{where}: unknown kind {entry.get('kind')!r}")
        _check_patterns(entry, where, problems)
        cases.append(dict(entry, _split=name, _kind=entry.get("kind"), _where=where))
    for conversation in data.get("conversations") or []:
        unknown = set(conversation) - CONVERSATION_KEYS
        if unknown:
            problems.append(f"{path.name}:{conversation.get('id')}: unknown key(s) {sorted(unknown)}")
        for number, turn in enumerate(conversation.get("turns") or [], 1):
            where = f"{path.name}:{conversation.get('id')}#{number}"
            unknown = set(turn) - TURN_KEYS
            if unknown:
                problems.append(f"{where}: unknown key(s) {sorted(unknown)}")
            _check_patterns(turn, where, problems)
            cases.append(dict(turn, _split=name, _kind="conversation", _where=where, _chat=f"bank-{conversation['id']}"))
    return cases, problems


def cap_for(case: dict[str, Any]) -> int:
    if case.get("max_chars"):
        return int(case["max_chars"])
    return LIST_CAP if case["_kind"] in LIST_KINDS else CAP


def judge(case: dict[str, Any], result: dict[str, Any]) -> tuple[bool, list[str], str]:
    """(passed, reasons, visible text) under the development sets' rules."""
    answered = bool(result.get("answered", False))
    text = visible(result.get("answer") or "")
    if case.get("decline"):
        return (not answered), ([] if not answered else ["answered (must decline)"]), text
    why = []
    if case.get("decline_or_disclaim"):
        if not answered:
            return True, [], text
        if not DISCLAIM.search(text[:HEAD]):
            why.append(f"answered without saying, in the first {HEAD} characters, that the sources lack it")
    elif not answered:
        why.append("declined")
    cap = cap_for(case)
    if len(text) > cap:
        why.append(f"too long ({len(text)} > {cap})")
    for pattern in case.get("expect") or []:
        if not re.search(pattern, text, re.I):
            why.append(f"expect did not match: {pattern[:100]}")
    for pattern in case.get("absent") or []:
        found = re.search(pattern, text, re.I)
        if found:
            why.append(f"absent matched: {pattern[:60]}… at «{found.group(0).strip()[:80]}»")
    return not why, why, text


def p90(values: list[int]) -> int:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def batch_line(case: dict[str, Any]) -> str:
    question = case["q"].replace("\n", " ")
    if "_chat" in case:
        return json.dumps({"chat": case["_chat"], "q": question}, ensure_ascii=False)
    return question


def ask(command: str, stdin: str, expected: int, timeout: float) -> tuple[list[str] | None, str]:
    """Output lines of one batch, or None with the tail of stderr when the command failed."""
    proc = subprocess.run(command, shell=True, input=stdin, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0 or len(lines) != expected:
        return None, f"exit {proc.returncode}, {len(lines)} lines for {expected} questions\n{proc.stderr[-1500:]}"
    return lines, ""


def print_tag_scores(split: str, keys_of: Callable[[dict[str, Any]], Iterable[str]], today: str = "2026-11-30") -> None:
    """Asks the bot every case of ``split`` and prints the pass rate per key ``keys_of`` gives a case
    (a generated set's template or transformation tags, read from its notes), then the total."""
    cases, problems = load_split(split)
    assert not problems, problems
    stdin = "\n".join(batch_line(case) for case in cases) + "\n"
    lines, error = ask(f"{sys.executable} -m bot ask --jsonl --today {today}", stdin, len(cases), 1800)
    assert lines is not None, error
    table: dict[str, list[int]] = {}
    passed = 0
    for case, line in zip(cases, lines, strict=True):
        ok = judge(case, json.loads(line))[0]
        passed += ok
        for key in keys_of(case):
            counts = table.setdefault(key, [0, 0])
            counts[0] += ok
            counts[1] += 1
    for key, (right, total) in sorted(table.items()):
        print(f"{key:28} {right:3}/{total:<3} {100 * right / total:5.1f} %")
    print(f"total {passed}/{len(cases)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    named = sorted({*EXTRA_SPLITS, *(path.stem for path in HERE.glob("*.yaml"))} - set(SPLITS))
    parser.add_argument("--split", choices=[*SPLITS, *named, "all"], default="all",
                        help="all = tuning + heldout (any other <name>.yaml here only when named)")
    parser.add_argument("--cmd", default=f"{sys.executable} -m bot ask --jsonl --today {TODAY}",
                        help="batch command (default: this python, -m bot ask --jsonl --today %(default)s)")
    parser.add_argument("--show-fails", action="store_true", help="print each failure with its reasons")
    parser.add_argument("--full", action="store_true", help="with --show-fails, print whole answers")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed for the whole batch")
    args = parser.parse_args()

    cases: list[dict[str, Any]] = []
    problems: list[str] = []
    for name in SPLITS if args.split == "all" else (args.split,):
        split_cases, split_problems = load_split(name)
        cases += split_cases
        problems += split_problems
    for problem in problems:
        print(f"bank: {problem}", file=sys.stderr)
    if problems or not cases:
        return 2

    stdin = "".join(batch_line(case) + "\n" for case in cases)
    lines, error = ask(args.cmd, stdin, len(cases), args.timeout)
    if lines is None and "--today" in args.cmd:
        fallback = re.sub(r"\s--today(?:=|\s+)\S+", "", args.cmd)
        print(f"bank: `{args.cmd}` failed ({error.splitlines()[0]}); asking again without --today", flush=True)
        lines, error = ask(fallback, stdin, len(cases), args.timeout)
    if lines is None:
        print(f"bank: the batch command failed: {error}")
        return 1

    table: dict[str, dict[str, list[int]]] = {}
    lengths: dict[str, list[int]] = {}
    passed = 0
    for case, line in zip(cases, lines, strict=True):
        try:
            result = json.loads(line)
        except json.JSONDecodeError:
            result = {}
        ok, why, text = judge(case, result)
        passed += ok
        score = table.setdefault(case["_split"], {}).setdefault(case["_kind"], [0, 0])
        score[0] += ok
        score[1] += 1
        if result.get("answered") and not case.get("decline") and not case.get("decline_or_disclaim"):
            lengths.setdefault(case["_split"], []).append(len(text))
        if args.show_fails and not ok:
            shown = text if args.full else text[:200]
            print(f"FAIL [{case['_where']} {case['_kind']}] {case['q']!r}\n"
                  f"      answered={result.get('answered')} ({len(text)} chars): {shown}")
            for reason in why:
                print(f"      - {reason}")

    for split_name, kinds in table.items():
        ok_total = sum(ok for ok, _ in kinds.values())
        count_total = sum(total for _, total in kinds.values())
        print(f"{split_name}: {ok_total}/{count_total} passed")
        for kind in sorted(kinds, key=KINDS.index):
            kind_ok, kind_total = kinds[kind]
            print(f"  {kind:<13} {kind_ok:>3}/{kind_total:<3} {100 * kind_ok / kind_total:5.1f}%")
        split_lengths = lengths.get(split_name, [])
        if split_lengths:
            print(f"  visible length of answered positive cases: median {statistics.median(split_lengths):.0f}, "
                  f"p90 {p90(split_lengths)} (n={len(split_lengths)})")
    print(f"bank: {passed}/{len(cases)} passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
