"""Structure of the question bank (tests/question_bank/): keys, kinds, regexes, size, language mix, split.

This checks the bank files only; the bot's score on them is measured by tests/question_bank/run_bank.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

BANK = Path(__file__).with_name("question_bank")
SEEDS = {path.name for path in (Path(__file__).parent.parent / "knowledge" / "seeds").glob("*.txt")}
KINDS = {"yes_no", "abbreviation", "topic", "attribute", "list", "count", "quote", "time", "lookalike",
         "out_of_scope", "style"}
CASE_KEYS = {"id", "q", "kind", "expect", "absent", "decline", "decline_or_disclaim", "max_chars", "source", "note"}
TURN_KEYS = {"q", "expect", "absent", "decline", "decline_or_disclaim", "max_chars", "note"}
CONVERSATION_KEYS = {"id", "lang", "turns", "source", "note"}
CYRILLIC = re.compile("[а-яё]", re.I)


def load(name: str) -> dict[str, Any]:
    data = yaml.safe_load((BANK / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict) and set(data) == {"questions", "conversations"}, name
    return data


SPLITS = {name: load(name) for name in ("tuning", "heldout")}
QUESTIONS = [case for data in SPLITS.values() for case in data["questions"]]
CONVERSATIONS = [conversation for data in SPLITS.values() for conversation in data["conversations"]]


def check_entry(entry: dict[str, Any], keys: set[str]) -> None:
    assert set(entry) <= keys, f"unknown keys {set(entry) - keys}"
    assert isinstance(entry["q"], str) and entry["q"].strip()
    assert entry.get("expect") or entry.get("decline") or entry.get("decline_or_disclaim"), "nothing to check"
    for key in ("expect", "absent"):
        patterns = entry.get(key, [])
        assert isinstance(patterns, list)
        for pattern in patterns:
            re.compile(pattern)
    if "max_chars" in entry:
        assert isinstance(entry["max_chars"], int) and entry["max_chars"] > 0


@pytest.mark.parametrize("case", QUESTIONS, ids=[case["id"] for case in QUESTIONS])
def test_question_is_well_formed(case: dict[str, Any]) -> None:
    check_entry(case, CASE_KEYS)
    assert case["kind"] in KINDS
    assert set(case["source"]) <= SEEDS
    if case["kind"] == "out_of_scope":
        assert case.get("decline") is True
    else:
        assert case["source"], "a question about the sources names the seed that supports it"


@pytest.mark.parametrize("conversation", CONVERSATIONS, ids=[c["id"] for c in CONVERSATIONS])
def test_conversation_is_well_formed(conversation: dict[str, Any]) -> None:
    assert set(conversation) <= CONVERSATION_KEYS
    assert conversation["lang"] in {"en", "ru"}
    assert 2 <= len(conversation["turns"]) <= 4
    assert set(conversation.get("source", [])) <= SEEDS
    for turn in conversation["turns"]:
        check_entry(turn, TURN_KEYS)


def test_size_kinds_and_languages() -> None:
    assert len(QUESTIONS) >= 300
    assert sum(1 for case in QUESTIONS if CYRILLIC.search(case["q"])) >= 0.4 * len(QUESTIONS)
    per_kind = {kind: sum(1 for case in QUESTIONS if case["kind"] == kind) for kind in KINDS}
    assert min(per_kind.values()) >= 0.6 * max(per_kind.values()), per_kind  # roughly even
    assert len(CONVERSATIONS) >= 12
    russian = sum(1 for conversation in CONVERSATIONS if conversation["lang"] == "ru")
    assert russian * 2 >= len(CONVERSATIONS) - 1 and russian * 2 <= len(CONVERSATIONS) + 1


def test_split_is_disjoint_and_stratified() -> None:
    tuning, heldout = SPLITS["tuning"], SPLITS["heldout"]
    ids = [case["id"] for case in QUESTIONS] + [conversation["id"] for conversation in CONVERSATIONS]
    assert len(ids) == len(set(ids))
    questions = [case["q"].casefold() for case in QUESTIONS]
    assert len(questions) == len(set(questions))
    for kind in KINDS:
        counts = [sum(1 for case in data["questions"] if case["kind"] == kind) for data in (tuning, heldout)]
        assert abs(counts[0] - counts[1]) <= 1, (kind, counts)
    assert abs(len(tuning["conversations"]) - len(heldout["conversations"])) <= 1


def test_files_are_what_the_builder_writes() -> None:
    """The YAML files are generated; a hand edit would be lost at the next build."""
    sys.path.insert(0, str(BANK))
    try:
        import build_bank
    finally:
        sys.path.remove(str(BANK))
    tuning, heldout = build_bank.split()
    assert (tuning, heldout) == (SPLITS["tuning"], SPLITS["heldout"])


# tuning2.yaml: a second tuning set written independently of heldout.yaml (build_tuning2.py); not part of `all`
TUNING2 = load("tuning2")


@pytest.mark.parametrize("case", TUNING2["questions"], ids=[case["id"] for case in TUNING2["questions"]])
def test_tuning2_question_is_well_formed(case: dict[str, Any]) -> None:
    check_entry(case, CASE_KEYS)
    assert case["kind"] in KINDS
    assert set(case["source"]) <= SEEDS
    if case["kind"] == "out_of_scope":
        assert case.get("decline") is True
    else:
        assert case["source"], "a question about the sources names the seed that supports it"


@pytest.mark.parametrize("conversation", TUNING2["conversations"], ids=[c["id"] for c in TUNING2["conversations"]])
def test_tuning2_conversation_is_well_formed(conversation: dict[str, Any]) -> None:
    test_conversation_is_well_formed(conversation)


def test_tuning2_size_languages_and_independence() -> None:
    questions = TUNING2["questions"]
    assert len(questions) >= 200
    assert sum(1 for case in questions if CYRILLIC.search(case["q"])) >= 0.4 * len(questions)
    assert len(TUNING2["conversations"]) >= 12
    ids = [case["id"] for case in questions] + [conversation["id"] for conversation in TUNING2["conversations"]]
    assert len(ids) == len(set(ids))
    assert not set(ids) & ({case["id"] for case in QUESTIONS} | {c["id"] for c in CONVERSATIONS})
    texts = [case["q"].casefold() for case in questions]
    assert len(texts) == len(set(texts))
    assert not set(texts) & {case["q"].casefold() for case in QUESTIONS}


def test_tuning2_is_what_its_builder_writes() -> None:
    sys.path.insert(0, str(BANK))
    try:
        import build_tuning2
    finally:
        sys.path.remove(str(BANK))
    assert build_tuning2.build() == TUNING2


# The later sets (tuning3_*, tuning4_*, tuning5_*, tuning6_*, probe*): each written before the engine
# was tuned on it; the same fields and judging rules.
LATER = {
    path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted(BANK.glob("*.yaml"))
    if path.stem not in {"tuning", "heldout", "tuning2"}
}
LATER_QUESTIONS = [(name, case) for name, data in LATER.items() for case in data.get("questions") or []]
LATER_CONVERSATIONS = [(name, c) for name, data in LATER.items() for c in data.get("conversations") or []]


@pytest.mark.parametrize("name, case", LATER_QUESTIONS, ids=[f"{name}:{case['id']}" for name, case in LATER_QUESTIONS])
def test_later_question_is_well_formed(name: str, case: dict[str, Any]) -> None:
    check_entry(case, CASE_KEYS)
    assert case["kind"] in KINDS
    assert set(case.get("source") or []) <= SEEDS


@pytest.mark.parametrize(
    "name, conversation", LATER_CONVERSATIONS, ids=[f"{name}:{c['id']}" for name, c in LATER_CONVERSATIONS]
)
def test_later_conversation_is_well_formed(name: str, conversation: dict[str, Any]) -> None:
    assert set(conversation) <= CONVERSATION_KEYS
    assert conversation.get("lang", "en") in {"en", "ru"}
    assert 2 <= len(conversation["turns"]) <= 8
    assert set(conversation.get("source") or []) <= SEEDS
    for turn in conversation["turns"]:
        check_entry(turn, TURN_KEYS)


def test_later_sets_have_their_own_ids() -> None:
    """run_bank.py keys answers and conversations by id: an id used twice would mix two cases."""
    ids = [f"{case['id']}" for _, case in LATER_QUESTIONS] + [f"{c['id']}" for _, c in LATER_CONVERSATIONS]
    ids += [case["id"] for case in QUESTIONS + TUNING2["questions"]]
    ids += [c["id"] for c in CONVERSATIONS + TUNING2["conversations"]]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
