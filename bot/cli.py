"""Command line: ``cisbot validate|ask|chat``."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from bot.loader import KnowledgeError, load_knowledge

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"


def cmd_validate(args: argparse.Namespace) -> int:
    try:
        data = load_knowledge(args.directory)
    except KnowledgeError as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} error(s)", file=sys.stderr)
        return 1
    counts = Counter(data.kinds.values())
    summary = ", ".join(f"{counts[k]} {k}" for k in sorted(counts))
    print(f"ok: {len(data.files)} files, {len(data.sources)} sources, {summary}, {len(data.synonyms)} synonym groups")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cisbot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="check the knowledge base and print a summary or every error")
    p.add_argument("directory", nargs="?", default=str(DEFAULT_KNOWLEDGE_DIR))
    p.set_defaults(func=cmd_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))
