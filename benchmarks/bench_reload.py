"""Knowledge-base reload time, and question latency while a reload runs.

For each size a plainly fictional knowledge base (``benchmarks/synthetic.py``) is written as
YAML files into a temporary directory (at most :data:`PER_FILE` entries a file, as an admin
would split it), loaded once, then reloaded ``--repeat`` times after editing one entity, the
way ``/reload`` does it (``KnowledgeService.reload``: load and validate every file, link,
index, swap). Each reload is timed alone, and again while questions are answered without pause
on the event loop (as the bot keeps answering during a reload); the questions' latency during
the reload is compared with their latency when nothing else runs. A breakdown of one reload
into its phases (parse + validate, link, index) shows where the time goes. Automatic garbage
collection is paused during a build, as ``KnowledgeService.reload`` pauses it.

    python benchmarks/bench_reload.py [--sizes 1000,10000] [--repeat 2] [--json]

``--libyaml`` is a what-if: the same run with PyYAML's C parser (``yaml.CSafeLoader``) in place
of the pure-Python ``yaml.SafeLoader`` the loader uses. With ``--json`` the last line printed
is one JSON object ``{"target_seconds": 1.0, "sizes": {"10000": {...}}}``. Not a test: it only prints.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import generate, make_questions
from bot.answers.engine import Engine
from bot.answers.knowledge import KnowledgeService
from bot.kb.base import build_knowledge_base
from bot.kb.loader import load_knowledge
from bot.kb.schema import SECTION_KIND
from bot.search.collector import collector_paused

TARGET_SECONDS = 1.0  # a reload of 10,000 entities
PER_FILE = 400


def write_yaml_kb(n: int, directory: Path) -> tuple[list[str], Path]:
    """Write a synthetic knowledge base of ``n`` entities; returns questions for it and the file
    holding the entity the benchmark edits between reloads."""
    syn = generate(n)
    section_of = {kind: section for section, kind in SECTION_KIND.items()}
    sections: dict[str, list[dict[str, Any]]] = {}
    for entity_id, entity in syn.data.entities.items():
        dumped = entity.model_dump(mode="json", exclude_defaults=True)
        sections.setdefault(section_of[syn.data.kinds[entity_id]], []).append(dumped)
    files: dict[str, dict[str, Any]] = {
        "sources": {"sources": [s.model_dump(mode="json", exclude_defaults=True) for s in syn.data.sources.values()]}
    }
    if syn.data.synonyms:
        files["synonyms"] = {"synonyms": [g.model_dump(mode="json", exclude_defaults=True) for g in syn.data.synonyms]}
    for section, entries in sections.items():
        for start in range(0, len(entries), PER_FILE):
            files[f"{section}_{start // PER_FILE:03d}"] = {section: entries[start : start + PER_FILE]}
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for name, content in files.items():
        text = yaml.dump(content, Dumper=dumper, allow_unicode=True, sort_keys=False, width=120)
        (directory / f"{name}.yaml").write_text(text, encoding="utf-8")
    questions = [q.text for q in make_questions(syn, 300)]
    return questions, directory / "bodies_000.yaml"


def edit(path: Path, round_: int) -> None:
    """Change one description, so every reload has a real diff to compute."""
    text = path.read_text(encoding="utf-8")
    marker = "description:\n    en: "
    at = text.index(marker) + len(marker)
    path.write_text(text[:at] + f"(edit {round_}) " + text[at:], encoding="utf-8")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


async def answer_while(knowledge: KnowledgeService, questions: list[str], running: asyncio.Event) -> list[float]:
    """Answer questions back to back on the event loop until ``running`` is cleared; latencies in ms."""
    latencies = []
    i = 0
    while running.is_set():
        engine = knowledge.engine  # once per question, as the handler does
        started = time.perf_counter()
        engine.answer(questions[i % len(questions)])
        latencies.append((time.perf_counter() - started) * 1000)
        i += 1
        await asyncio.sleep(0)  # let the loop swap the engine in when the reload is done
    return latencies


async def run_size(n: int, repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"bench-reload-{n}-") as tmp:
        directory = Path(tmp)
        started = time.perf_counter()
        questions, edited = write_yaml_kb(n, directory)
        written = time.perf_counter() - started
        size_mb = sum(p.stat().st_size for p in directory.iterdir()) / 1e6
        files = len(list(directory.iterdir()))

        with collector_paused():  # as the reload does it
            t0 = time.perf_counter()
            data = load_knowledge(directory)
            t1 = time.perf_counter()
            kb = build_knowledge_base(data)
            t2 = time.perf_counter()
            Engine(kb)
            t3 = time.perf_counter()
        phases = {"parse_validate": t1 - t0, "link": t2 - t1, "index": t3 - t2}
        entities = len(data.entities)
        del data, kb

        knowledge = KnowledgeService(directory)
        await knowledge.reload()

        alone = []
        for r in range(repeat):
            edit(edited, r)
            result = await knowledge.reload()
            assert result.changed, "the edit must show up as a change"
            alone.append(result.seconds)

        idle_running = asyncio.Event()
        idle_running.set()
        idle_task = asyncio.create_task(answer_while(knowledge, questions, idle_running))
        await asyncio.sleep(1.0)
        idle_running.clear()
        idle = await idle_task

        loaded, during = [], []
        for r in range(repeat):
            edit(edited, repeat + r)
            running = asyncio.Event()
            running.set()
            task = asyncio.create_task(answer_while(knowledge, questions, running))
            result = await knowledge.reload()
            running.clear()
            during += await task
            loaded.append(result.seconds)

    return {
        "entities": entities,
        "files": files,
        "yaml_mb": round(size_mb, 2),
        "write_seconds": round(written, 2),
        "phases_seconds": {k: round(v, 3) for k, v in phases.items()},
        "reload_seconds": round(statistics.median(alone), 3),
        "reload_seconds_all": [round(s, 3) for s in alone],
        "reload_seconds_answering": round(statistics.median(loaded), 3),
        "questions_during_reload": len(during),
        "latency_idle_ms": {"p50": round(percentile(idle, 50), 2), "p99": round(percentile(idle, 99), 2)},
        "latency_during_reload_ms": {
            "p50": round(percentile(during, 50), 2),
            "p99": round(percentile(during, 99), 2),
            "max": round(max(during, default=0.0), 2),
        },
    }


def report(n: int, r: dict[str, Any]) -> list[str]:
    ph = r["phases_seconds"]
    lines = [
        f"== {r['entities']} entities ({r['files']} YAML files, {r['yaml_mb']} MB)",
        f"  reload (median of {len(r['reload_seconds_all'])}): {r['reload_seconds']:.2f} s"
        + (
            f"  [target <= {TARGET_SECONDS:.0f} s: {'ok' if r['reload_seconds'] <= TARGET_SECONDS else 'MISSED'}]"
            if n >= 10_000
            else ""
        ),
        f"    phases: parse + validate {ph['parse_validate']:.2f} s, link {ph['link']:.2f} s, index {ph['index']:.2f} s",
        f"  reload while answering questions: {r['reload_seconds_answering']:.2f} s",
        f"  question latency idle: p50 {r['latency_idle_ms']['p50']:.1f} ms, p99 {r['latency_idle_ms']['p99']:.1f} ms",
        f"  question latency during reload: p50 {r['latency_during_reload_ms']['p50']:.1f} ms, "
        f"p99 {r['latency_during_reload_ms']['p99']:.1f} ms, max {r['latency_during_reload_ms']['max']:.1f} ms "
        f"({r['questions_during_reload']} questions)",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="entity counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=2, help="reloads per measurement (median reported)")
    parser.add_argument("--libyaml", action="store_true", help="what-if: parse with yaml.CSafeLoader")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    args = parser.parse_args(argv)
    if args.libyaml:
        if not getattr(yaml, "__with_libyaml__", False):
            print("--libyaml: PyYAML was built without libyaml", file=sys.stderr)
            return 2
        yaml.SafeLoader = yaml.CSafeLoader  # type: ignore[misc, assignment]
    results: dict[str, Any] = {}
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        result = asyncio.run(run_size(n, max(1, args.repeat)))
        results[str(n)] = result
        print("\n".join(report(n, result)), flush=True)
    if args.json:
        print(json.dumps({"target_seconds": TARGET_SECONDS, "libyaml": args.libyaml, "sizes": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
