"""Search benchmark: index build time, answer latency and memory on synthetic knowledge bases.

For each size (default 1,000, 10,000 and 100,000 entities) a fresh subprocess generates a
fictional knowledge base in memory (:mod:`benchmarks.synthetic`), builds the KnowledgeBase
and the Engine, answers a fixed, seeded set of distinct questions and reports:

* ``build_s``: time to construct ``Engine(kb)`` (the search index); ``kb_s`` and ``gen_s`` are
  the KnowledgeBase links and the data generation, reported apart;
* ``p50_ms`` / ``p99_ms``: latency of ``engine.answer(q)`` per question, after a warm-up with
  other questions (the engine's token-match cache stays warm, as in a running bot, but no
  measured question string repeats);
* ``peak_mb``: peak resident memory of the subprocess (``ru_maxrss``) after generating,
  building and answering, minus the resident memory right after the imports; ``peak_abs_mb``
  is the absolute peak;
* ``baseline_p50_ms`` / ``baseline_p99_ms``: the naive fuzzy lookup many FAQ bots use,
  ``rapidfuzz.process.extractOne(question, every_name_and_alias, scorer=WRatio,
  processor=default_process)``, on the same questions (a subset at large sizes);
* accuracy on the exact-name and typo questions: share whose top match is the intended entity,
  for the engine and the baseline.

Usage, from the project root::

    python benchmarks/bench_search.py [--sizes 1000,10000,100000] [--questions N] [--json]

With ``--json`` the last line printed is one JSON object ``{"sizes": {"10000": {...}}}``.
It is a measurement, not a test: it prints and never fails on a missed target.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import math
import os
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process, utils  # noqa: E402

from benchmarks.synthetic import ACCURACY_CATEGORIES, generate, make_questions  # noqa: E402
from bot.answers.engine import Engine  # noqa: E402
from bot.kb.base import build_knowledge_base  # noqa: E402
from bot.kb.schema import SynonymGroup  # noqa: E402

DEFAULT_SIZES = (1_000, 10_000, 100_000)
DEFAULT_QUESTIONS = 200
WARMUP_QUESTIONS = 10
# Above this size the baseline answers only BASELINE_LARGE questions (it is slow there).
BASELINE_FULL_UP_TO = 10_000
BASELINE_LARGE = 50
SEED = 1

# (size, p99 target in ms); build target (size, seconds).
P99_TARGETS = {10_000: 2.0, 100_000: 10.0}
BUILD_TARGETS = {10_000: 1.0}


# --- measuring helpers ---------------------------------------------------------------------------


def current_rss_mb() -> float:
    """Resident memory now (Linux /proc; falls back to the peak elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def peak_rss_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is in KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def real_synonyms() -> list[SynonymGroup] | None:
    """The real knowledge base's synonym groups (generic domain words), or None without them."""
    path = ROOT / "knowledge" / "synonyms.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return [SynonymGroup.model_validate(g) for g in raw.get("synonyms", [])]
    except (OSError, yaml.YAMLError, ValidationError, AttributeError):
        return None


class Gen2Pauses:
    """Counts full (generation 2) garbage collections and their duration while active."""

    def __init__(self) -> None:
        self.pauses_ms: list[float] = []
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.pauses_ms.append((time.perf_counter() - self._start) * 1000)

    def __enter__(self) -> Gen2Pauses:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def _profile_text(profiler: cProfile.Profile, title: str, limit: int = 18) -> str:
    out = io.StringIO()
    out.write(f"\n===== {title} =====\n")
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


# --- one size (runs in its own subprocess) -------------------------------------------------------


def run_one(
    size: int, n_questions: int, baseline_max: int | None, profile: bool, freeze: bool = False
) -> dict[str, Any]:
    """Generate, build, query and measure one size in the current process."""
    synonyms = real_synonyms()
    gc.collect()
    rss_start = current_rss_mb()

    t = time.perf_counter()
    syn = generate(size, SEED, synonyms)
    gen_s = time.perf_counter() - t

    t = time.perf_counter()
    kb = build_knowledge_base(syn.data)
    kb_s = time.perf_counter() - t
    rss_kb = current_rss_mb()

    t = time.perf_counter()
    engine = Engine(kb)
    build_s = time.perf_counter() - t
    rss_engine = current_rss_mb()

    questions = make_questions(syn, n_questions, seed=7)
    warmup = make_questions(syn, WARMUP_QUESTIONS, seed=8, exclude={q.text for q in questions})
    for q in warmup:
        engine.answer(q.text)
    gc.collect()
    if freeze:
        gc.freeze()

    times: list[float] = []
    tops: list[str | None] = []
    with Gen2Pauses() as full_gcs:
        for q in questions:
            t0 = time.perf_counter_ns()
            answer = engine.answer(q.text)
            times.append((time.perf_counter_ns() - t0) / 1e6)
            tops.append(answer.matches[0].id if answer.matches else None)
    peak_abs = peak_rss_mb()

    by_category: dict[str, dict[str, float]] = {}
    for category in sorted({q.category for q in questions}):
        values = [ms for q, ms in zip(questions, times, strict=True) if q.category == category]
        by_category[category] = {
            "n": len(values),
            "p50_ms": round(percentile(values, 50), 3),
            "max_ms": round(max(values), 3),
        }
    slowest = sorted(zip(times, questions, strict=True), key=lambda x: -x[0])[:3]

    # The naive baseline, on every question or an evenly spread subset.
    names, owners = syn.names_and_aliases()
    limit = (
        baseline_max if baseline_max is not None else (n_questions if size <= BASELINE_FULL_UP_TO else BASELINE_LARGE)
    )
    limit = max(1, min(limit, len(questions)))
    step = len(questions) / limit
    subset_idx = sorted({int(i * step) for i in range(limit)})
    for q in warmup[:2]:
        process.extractOne(q.text, names, scorer=fuzz.WRatio, processor=utils.default_process)
    base_times: list[float] = []
    base_tops: dict[int, str | None] = {}
    for i in subset_idx:
        q = questions[i]
        t0 = time.perf_counter_ns()
        best = process.extractOne(q.text, names, scorer=fuzz.WRatio, processor=utils.default_process)
        base_times.append((time.perf_counter_ns() - t0) / 1e6)
        base_tops[i] = owners[best[2]] if best is not None else None

    def accuracy(
        indices: list[int], top_of: dict[int, str | None], categories: tuple[str, ...] = ACCURACY_CATEGORIES
    ) -> tuple[int, int]:
        scored = [i for i in indices if questions[i].category in categories]
        return sum(1 for i in scored if top_of[i] == questions[i].target), len(scored)

    exact, typo = ("exact_en", "exact_ru"), ("typo_en", "typo_ru")

    ours_top = dict(enumerate(tops))
    ours_hits, ours_n = accuracy(list(range(len(questions))), ours_top)
    ours_sub_hits, ours_sub_n = accuracy(subset_idx, ours_top)
    base_hits, base_n = accuracy(subset_idx, base_tops)

    p50, p99 = percentile(times, 50), percentile(times, 99)
    b50, b99 = percentile(base_times, 50), percentile(base_times, 99)
    result: dict[str, Any] = {
        "entities": len(syn.data.entities),
        "questions": len(questions),
        "gen_s": round(gen_s, 3),
        "kb_s": round(kb_s, 3),
        "build_s": round(build_s, 3),
        "p50_ms": round(p50, 3),
        "p99_ms": round(p99, 3),
        "max_ms": round(max(times), 3),
        "mean_ms": round(sum(times) / len(times), 3),
        "gc_frozen": freeze,
        "gc_full_collections": len(full_gcs.pauses_ms),
        "gc_full_ms": round(sum(full_gcs.pauses_ms), 1),
        "synonym_groups": len(syn.data.synonyms),
        "peak_mb": round(peak_abs - rss_start, 1),
        "peak_abs_mb": round(peak_abs, 1),
        "index_mb": round(rss_engine - rss_kb, 1),
        "baseline_p50_ms": round(b50, 3),
        "baseline_p99_ms": round(b99, 3),
        "baseline_questions": len(base_times),
        "baseline_choices": len(names),
        "ratio_p50": round(b50 / p50, 1) if p50 else None,
        "ratio_p99": round(b99 / p99, 1) if p99 else None,
        "accuracy": {
            "ours": _share(ours_hits, ours_n),
            "ours_n": ours_n,
            "ours_on_baseline_subset": _share(ours_sub_hits, ours_sub_n),
            "baseline": _share(base_hits, base_n),
            "baseline_n": base_n,
            "ours_exact": _share(*accuracy(list(range(len(questions))), ours_top, exact)),
            "ours_typo": _share(*accuracy(list(range(len(questions))), ours_top, typo)),
            "baseline_exact": _share(*accuracy(subset_idx, base_tops, exact)),
            "baseline_typo": _share(*accuracy(subset_idx, base_tops, typo)),
        },
        "by_category": by_category,
        "slowest": [{"ms": round(ms, 2), "category": q.category, "q": q.text[:90]} for ms, q in slowest],
    }

    if profile:
        # A separate pass: profiling overhead must not touch the figures above.
        profiler = cProfile.Profile()
        profiler.enable()
        engine2 = Engine(kb)
        profiler.disable()
        report = _profile_text(profiler, f"{size}: Engine(kb) build")
        profiler = cProfile.Profile()
        profiler.enable()
        for q in questions:
            engine2.answer(q.text)
        profiler.disable()
        report += _profile_text(profiler, f"{size}: {len(questions)} answers")
        print(report, file=sys.stderr)
    return result


# --- driver --------------------------------------------------------------------------------------


def run_child(size: int, args: argparse.Namespace) -> dict[str, Any]:
    """Run one size in a fresh interpreter so that its memory peak is its own."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one-size", str(size)]
    cmd += ["--questions", str(args.questions)]
    if args.baseline_max is not None:
        cmd += ["--baseline-max", str(args.baseline_max)]
    if args.profile:
        cmd.append("--profile")
    if args.gc_freeze:
        cmd.append("--gc-freeze")
    done = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"size {size}: child failed with exit code {done.returncode}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report(results: dict[int, dict[str, Any]]) -> list[str]:
    """The human-readable table and the targets."""
    header = (
        f"{'entities':>9} {'gen_s':>6} {'kb_s':>6} {'build_s':>7} {'p50_ms':>7} {'p99_ms':>7} {'max_ms':>7} "
        f"{'base_p50':>9} {'base_p99':>9} {'x_p50':>6} {'x_p99':>6} {'peak_mb':>8} {'index_mb':>8} "
        f"{'acc_ours':>8} {'acc_base':>8}"
    )
    lines = [header, "-" * len(header)]
    for size, r in results.items():
        acc = r["accuracy"]
        lines.append(
            f"{size:>9} {_fmt(r['gen_s']):>6} {_fmt(r['kb_s']):>6} {_fmt(r['build_s'], 3):>7} "
            f"{_fmt(r['p50_ms'], 3):>7} {_fmt(r['p99_ms'], 3):>7} {_fmt(r['max_ms'], 2):>7} "
            f"{_fmt(r['baseline_p50_ms'], 2):>9} {_fmt(r['baseline_p99_ms'], 2):>9} "
            f"{_fmt(r['ratio_p50'], 1):>6} {_fmt(r['ratio_p99'], 1):>6} {_fmt(r['peak_mb'], 1):>8} "
            f"{_fmt(r['index_mb'], 1):>8} {_fmt(acc['ours_on_baseline_subset'], 2):>8} "
            f"{_fmt(acc['baseline'], 2):>8}"
        )
    lines += [
        "",
        "build_s: Engine(kb) (search index); kb_s: build_knowledge_base links; gen_s: synthetic data.",
        "p50/p99/max: engine.answer() per question, distinct strings, after "
        f"{WARMUP_QUESTIONS} warm-up questions (token-match cache warm, as in a running bot).",
        "base_*: rapidfuzz.process.extractOne(q, all names+aliases, scorer=WRatio, processor=default_process);",
        "x_p50/x_p99: baseline time / our time (higher = we are faster).",
        "peak_mb: ru_maxrss of the size's own subprocess after generating+building+answering, minus its RSS"
        " right after the imports (includes the synthetic pydantic data; absolute peak in the JSON as"
        " peak_abs_mb); index_mb: RSS growth while building Engine(kb).",
        "acc_*: share of exact-name and typo questions whose top match is the intended entity, on the"
        " questions the baseline answered.",
    ]
    for size, r in results.items():
        note = (
            f"  {size}: baseline ran on {r['baseline_questions']} of {r['questions']} questions "
            f"over {r['baseline_choices']} names/aliases"
        )
        if r["baseline_questions"] < r["questions"]:
            note += " (limited: it is slow at this size)"
        lines.append(note)
        lines.append(
            f"  {size}: {r['gc_full_collections']} full garbage collections during the timed questions, "
            f"{r['gc_full_ms']} ms in all{' (gc frozen after the build)' if r['gc_frozen'] else ''}; "
            f"{r['synonym_groups']} synonym groups"
        )
    lines += ["", "Targets:"]
    for size, target in P99_TARGETS.items():
        if size in results:
            r = results[size]
            verdict = _verdict(r["p99_ms"] <= target)
            lines.append(f"  p99 <= {target:g} ms at {size}: {r['p99_ms']:.3f} ms  {verdict}")
            faster = r["p50_ms"] < r["baseline_p50_ms"] and r["p99_ms"] < r["baseline_p99_ms"]
            lines.append(
                f"  faster than the baseline at {size} (p50 and p99): "
                f"{_fmt(r['ratio_p50'], 1)}x / {_fmt(r['ratio_p99'], 1)}x  {_verdict(faster)}"
            )
    for size, target in BUILD_TARGETS.items():
        if size in results:
            r = results[size]
            verdict = _verdict(r["build_s"] <= target)
            lines.append(f"  build <= {target:g} s at {size}: {r['build_s']:.3f} s  {verdict}")
    for size, r in results.items():
        slow = "; ".join(f"{s['ms']} ms [{s['category']}] {s['q']!r}" for s in r["slowest"])
        lines.append(f"  slowest at {size}: {slow}")
    return lines


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in DEFAULT_SIZES),
        help="comma-separated numbers of entities (default: %(default)s)",
    )
    parser.add_argument("--questions", type=int, default=DEFAULT_QUESTIONS, help="questions per size")
    parser.add_argument(
        "--baseline-max",
        type=int,
        default=None,
        help=f"baseline questions per size (default: all up to {BASELINE_FULL_UP_TO} entities, {BASELINE_LARGE} above)",
    )
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    parser.add_argument("--profile", action="store_true", help="print cProfile hot spots to stderr")
    parser.add_argument(
        "--gc-freeze", action="store_true", help="gc.freeze() after building, before the timed questions (a what-if)"
    )
    parser.add_argument("--one-size", type=int, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.one_size is not None:
        result = run_one(args.one_size, args.questions, args.baseline_max, args.profile, args.gc_freeze)
        print(json.dumps(result))
        return 0
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    results: dict[int, dict[str, Any]] = {}
    for size in sizes:
        print(f"... {size} entities", file=sys.stderr, flush=True)
        t = time.perf_counter()
        results[size] = run_child(size, args)
        print(f"    done in {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    for line in report(results):
        print(line)
    if args.json:
        print(json.dumps({"sizes": {str(size): r for size, r in results.items()}}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
