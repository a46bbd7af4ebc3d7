"""Misspelt and transliterated names on the real knowledge base: how often the right entry is
the answer.

Every entity's English and Russian name (facts aside) gets one typo, two in names of six words or
more — a letter dropped or two neighbouring letters swapped, in words of five letters or more, as
``benchmarks.synthetic`` makes them — and is asked as it is; and every Russian name is asked typed
in Latin letters (``benchmarks.synthetic.translit``), where the answer should also be in Russian.
An answer counts when the engine answers (above its confidence threshold) with that entity first.
Prints figures; not a test.

    python benchmarks/eval_typos.py [--seeds 3,4,5,6] [--show 10]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import translit, typo
from bot.answers.engine import Engine
from bot.kb.base import KnowledgeBase, open_knowledge_base
from bot.kb.schema import Fact

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def draw(kb: KnowledgeBase, seed: int) -> list[tuple[str, str]]:
    """(misspelt name, entity id) for every name a typo can be made in."""
    rng = random.Random(seed)
    questions = []
    for entity_id, entity in kb.entities.items():
        if isinstance(entity, Fact):
            continue
        for lang in ("en", "ru"):
            name = entity.name.get(lang)
            misspelt = typo(rng, name, 1 if len(name.split()) < 6 else 2)
            if misspelt != name:
                questions.append((misspelt, entity_id))
    return questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--seeds", default="3,4,5,6", help="random draws, comma-separated")
    parser.add_argument("--show", type=int, default=10, help="misses to print per draw")
    args = parser.parse_args(argv)
    kb = open_knowledge_base(KNOWLEDGE)
    engine = Engine(kb)
    for seed in (int(s) for s in args.seeds.split(",")):
        misses = []
        questions = draw(kb, seed)
        for question, entity_id in questions:
            answer = engine.answer(question)
            top = answer.matches[0].id if answer.matches else None
            if not (answer.answered and top == entity_id):
                misses.append(f"    {question!r}: wanted {entity_id}, got {top} (answered: {answer.answered})")
        print(f"draw {seed}: {len(questions) - len(misses)} of {len(questions)} answered with the right entry")
        for miss in misses[: args.show]:
            print(miss)
    right = russian = 0
    named = [
        (translit(entity.name.ru), entity_id)
        for entity_id, entity in kb.entities.items()
        if not isinstance(entity, Fact)
    ]
    for question, entity_id in named:
        answer = engine.answer(question)
        right += bool(answer.answered and answer.matches and answer.matches[0].id == entity_id)
        russian += answer.lang == "ru"
    print(
        f"Russian names typed in Latin letters: {right} of {len(named)} answered with the right entry, {russian} in Russian"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
