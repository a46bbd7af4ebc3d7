"""Read and validate the knowledge-base directory.

Errors are collected, never raised one at a time: an admin fixing a file wants every problem
with its ``file:line:column`` in one pass. Only the safe loader (``yaml.CSafeLoader`` or ``yaml.SafeLoader``) is used, so tags such as
``!!python/object`` are rejected rather than executed.

A file's cost is bounded before any node is built: at most :data:`MAX_FILE_BYTES`, at most
:data:`MAX_NODES` nodes, nesting at most libyaml's 1,000 levels, and no anchors or aliases.
An alias re-uses a node, so a few hundred bytes of nested aliases ("billion laughs") stand for
billions of nodes to every walk of the tree; the knowledge files have no use for them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from bot.kb.schema import (
    SECTION_KIND,
    Body,
    Document,
    Entity,
    Fact,
    KnowledgeFile,
    Meeting,
    Organisation,
    PartialDate,
    Person,
    Place,
    Source,
    SynonymGroup,
    TaughtAliases,
    Terms,
    TopicWords,
)

MAX_FILE_BYTES = 2 * 1024 * 1024
# Nodes (scalars, lists, mappings) a file may have: ~6x the largest real file's ~33 bytes a node
# at MAX_FILE_BYTES. A 2 MB file of one-character items would otherwise compose ~1M nodes (300 MB).
MAX_NODES = 200_000
# Files at least this long have their nodes counted before they are built (see _prescan).
_SCAN_ABOVE = MAX_NODES // 2
# libyaml's safe loader when PyYAML was built with it (about 7x faster, same safe semantics and
# the same marks), the pure-Python one otherwise.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KNOWLEDGE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class LoadError:
    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base is invalid; ``errors`` lists every problem found."""

    def __init__(self, errors: list[LoadError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class KnowledgeData:
    """Validated entries of every file, merged, keyed by id."""

    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    synonyms: list[SynonymGroup] = field(default_factory=list)
    topics: dict[str, TopicWords] = field(default_factory=dict)  # entity id -> its topic words
    files: list[Path] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)  # file name -> sha256 of the bytes read


class ParseCache:
    """Validated files by name and content digest, kept between reloads so that a reload parses
    only the files that changed (parsing and validating is most of a reload's time). Entries
    are immutable pydantic models, safe to share between the old and the new knowledge base."""

    def __init__(self) -> None:
        self._files: dict[str, tuple[str, KnowledgeFile]] = {}

    def get(self, name: str, digest: str) -> KnowledgeFile | None:
        entry = self._files.get(name)
        return entry[1] if entry is not None and entry[0] == digest else None

    def put(self, name: str, digest: str, parsed: KnowledgeFile) -> None:
        self._files[name] = (digest, parsed)

    def keep_only(self, names: set[str]) -> None:
        for name in set(self._files) - names:
            del self._files[name]


# --- YAML with positions -----------------------------------------------------------------


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _prescan(text: str, display: str) -> LoadError | None:
    """Anchors, aliases and the node count, from the parser's events before any node is built.

    Only where it can find something: an anchor or an alias needs a ``&`` or a ``*`` in the text,
    and a file under :data:`_SCAN_ABOVE` characters cannot hold :data:`MAX_NODES` nodes (even
    ``{a,b,c}`` takes a character a node), so the ordinary file is parsed once, not twice."""
    if len(text) < _SCAN_ABOVE and "&" not in text and "*" not in text:
        return None
    loader = _SafeLoader(text)
    try:
        nodes = 0
        while loader.check_event():
            event = loader.get_event()
            anchor = getattr(event, "anchor", None)
            mark = event.start_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            if anchor is not None:
                sign = "*" if isinstance(event, yaml.AliasEvent) else "&"
                return LoadError(display, line, column, f"anchors and aliases are not allowed ({sign}{anchor})")
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > MAX_NODES:
                    message = f"more than {MAX_NODES:,} YAML nodes in one file; split it into several files"
                    return LoadError(display, line, column, message)
    finally:
        loader.dispose()
    return None


def _duplicate_keys(node: yaml.Node, file: str) -> list[LoadError]:
    """PyYAML keeps the last of two equal keys silently; an editor must hear about it."""
    errors: list[LoadError] = []
    stack = [node]
    # Each node once: a node reached twice is an alias (refused before this runs), and walking
    # every path through shared nodes is exponential in their nesting.
    walked: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in walked:
            continue
        walked.add(id(current))
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        errors.append(LoadError(file, *_mark(key), f"duplicate key {key.value!r}"))
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return errors


def _node_at(root: yaml.Node, loc: tuple[Any, ...]) -> tuple[yaml.Node, bool]:
    """Follow a pydantic error location into the YAML node tree.

    Returns the deepest node reached and whether the whole path was found (a missing field
    points at the mapping that lacks it).
    """
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    node = value
                    break
            else:
                return node, False
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node, False
    return node, True


def _key_node(root: yaml.Node, loc: tuple[Any, ...]) -> yaml.Node | None:
    parent, found = _node_at(root, loc[:-1])
    if found and isinstance(parent, yaml.MappingNode):
        for key, _ in parent.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(loc[-1]):
                return key
    return None


def _describe(error: dict[str, Any]) -> str:
    loc = ".".join(str(p) for p in error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key {error['loc'][-1]!r}"
    if kind == "missing":
        return f"missing required field {error['loc'][-1]!r}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{loc}: {message}"


def _declared_ids(data: object) -> set[str]:
    """Ids a file means to define even though it failed validation, to avoid cascading
    'unknown id' errors in the files that refer to them."""
    ids: set[str] = set()
    if isinstance(data, dict):
        for entries in data.values():
            if isinstance(entries, list):
                ids.update(e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str))
    return ids


def _read(path: Path, display: str) -> tuple[bytes | None, list[LoadError]]:
    try:
        return path.read_bytes(), []
    except OSError as exc:
        return None, [LoadError(display, 1, 1, f"cannot read file: {exc.strerror or exc}")]


def _compose(raw: bytes) -> yaml.Node | None:
    """The node tree of a file already validated once: only to place a cross-file error."""
    loader = _SafeLoader(raw.decode("utf-8"))
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _parse_file(raw: bytes, display: str) -> tuple[KnowledgeFile | None, yaml.Node | None, list[LoadError]]:
    if len(raw) > MAX_FILE_BYTES:
        return (
            None,
            None,
            [LoadError(display, 1, 1, f"file is {len(raw)} bytes; the limit is {MAX_FILE_BYTES}")],
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, None, [LoadError(display, line, column, "file is not UTF-8 text")]
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        return None, None, [LoadError(display, line, 1, "file contains a NUL byte (binary data?)")]
    loader = _SafeLoader(text)
    try:
        refused = _prescan(text, display)
        if refused is not None:
            return None, None, [refused]
        node = loader.get_single_node()
        if node is None:
            return KnowledgeFile(), None, []
        duplicates = _duplicate_keys(node, display)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        return None, None, [LoadError(display, line, column, f"YAML error: {problem}")]
    except yaml.YAMLError as exc:
        return None, None, [LoadError(display, 1, 1, f"YAML error: {exc}")]
    except RecursionError:  # the pure-Python parser, which has no nesting limit of its own
        return None, None, [LoadError(display, 1, 1, "YAML error: nested too deeply")]
    finally:
        loader.dispose()
    if duplicates:
        return None, node, duplicates
    if not isinstance(data, dict):
        return None, node, [LoadError(display, *_mark(node), "top level must be a mapping of sections")]
    try:
        return KnowledgeFile.model_validate(data), node, []
    except ValidationError as exc:
        errors = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            target = _key_node(node, loc) if err["type"] == "extra_forbidden" else None
            if target is None:
                target, _ = _node_at(node, loc)
            errors.append(LoadError(display, *_mark(target), _describe(dict(err))))
        return None, node, errors


# --- Cross-file checks ---------------------------------------------------------------------

# Which kinds an id-valued field may point at.
_REFERENCES: dict[type[BaseModel], dict[str, tuple[str, ...]]] = {
    Place: {"country": ("state",)},
    Organisation: {"state": ("state",)},
    Body: {"parent": ("body",)},
    Meeting: {"body": ("body",), "place": ("place", "state")},
    Document: {"meeting": ("meeting",), "body": ("body",)},
    Fact: {"related": tuple(SECTION_KIND.values())},
}


def _references(entity: Entity) -> list[tuple[tuple[Any, ...], str, tuple[str, ...]]]:
    """Every (location, id, allowed kinds) that an entity refers to."""
    refs: list[tuple[tuple[Any, ...], str, tuple[str, ...]]] = []
    for field_name, kinds in _REFERENCES.get(type(entity), {}).items():
        value = getattr(entity, field_name)
        if isinstance(value, list):
            refs.extend(((field_name, i), v, kinds) for i, v in enumerate(value))
        elif value is not None:
            refs.append(((field_name,), value, kinds))
    if isinstance(entity, Meeting):
        p = entity.participants
        refs.extend((("participants", "states", i), v, ("state",)) for i, v in enumerate(p.states))
        refs.extend((("participants", "bodies", i), v, ("body",)) for i, v in enumerate(p.bodies))
        refs.extend((("participants", "organisations", i), v, ("organisation",)) for i, v in enumerate(p.organisations))
        refs.extend((("participants", "people", i, "person"), v.person, ("person",)) for i, v in enumerate(p.people))
        refs.extend(
            (("media_statements", i, "person"), v.person, ("person",)) for i, v in enumerate(entity.media_statements)
        )
        refs.extend(
            (("outcomes", i, "document"), o.document, ("document",))
            for i, o in enumerate(entity.outcomes)
            if o.document
        )
    if isinstance(entity, Person):
        for i, role in enumerate(entity.roles):
            for name, kind in (("body", "body"), ("organisation", "organisation"), ("state", "state")):
                value = getattr(role, name)
                if value:
                    refs.append((("roles", i, name), value, (kind,)))
    return refs


def _date_order_errors(entity: Entity) -> list[tuple[tuple[Any, ...], str]]:
    out: list[tuple[tuple[Any, ...], str]] = []
    if isinstance(entity, Meeting | Document):
        if entity.date_inferred and not entity.date:
            out.append((("date_inferred",), "date_inferred without a date"))
        out.extend(
            (("date_sources", i), f"date source {s!r} is not among the entry's sources")
            for i, s in enumerate(entity.date_sources)
            if s not in entity.sources
        )
    if (
        isinstance(entity, Meeting)
        and entity.date
        and entity.end_date
        and PartialDate.parse(entity.end_date).sort_key() < PartialDate.parse(entity.date).sort_key()
    ):
        out.append((("end_date",), "end_date is before date"))
    if (
        isinstance(entity, Document)
        and entity.period_start
        and entity.period_end
        and entity.period_end < entity.period_start
    ):
        out.append((("period_end",), "period_end is before period_start"))
    return out


# --- Names against the source documents ---------------------------------------------------------

SEEDS_DIR = "seeds"
# Quotes and dashes of every kind read as the plain ones; matching then ignores punctuation.
_FOLD = str.maketrans({c: '"' for c in "“”„«»‘’‚'`"} | {c: "-" for c in "‐‑‒–—―−"})
_WORD = re.compile(r"\w+")
_ROMAN = re.compile(r"^[IVXLC]+$")


def _normalise(text: str) -> str:
    """Case-folded words separated by single spaces, padded: a phrase is found in a text when
    its normalised form (without the padding) occurs in the text's with spaces round it."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return " " + " ".join(_WORD.findall(folded)) + " "


@lru_cache(maxsize=65_536)
def _acronyms(term: str) -> tuple[str, ...]:
    """The abbreviations in a name: words of two or more letters, at least half of them
    capitals ("CSTO", "BelTA", "СМВД"); Roman numerals are numbers, not abbreviations."""
    out = []
    for word in _WORD.findall(term):
        if word[1:].islower() or word.islower() or len(word) < 2:  # most words: at most one capital, at the start
            continue
        upper = sum(1 for c in word if c.isupper())
        letters = sum(1 for c in word if c.isalpha())
        if upper >= 2 and upper * 2 >= letters and not _ROMAN.match(word):
            out.append(word)
    return tuple(out)


class SeedText:
    """The source documents' text, normalised once per load, asked whether a name occurs in it."""

    def __init__(self, texts: list[str]):
        self._text = "".join(_normalise(t) for t in texts)
        # Abbreviations are single words: a set answers them without a scan of the whole text.
        self._words = frozenset(self._text.split())
        self._found: dict[str, bool] = {}

    def has(self, term: str) -> bool:
        found = self._found.get(term)
        if found is None:
            words = _normalise(term)
            bare = words.strip()
            found = self._found[term] = bare in self._words if " " not in bare else words in self._text
        return found


def _read_seeds(root: Path, seeds: Path | None, data: KnowledgeData, errors: list[LoadError]) -> SeedText | None:
    """The cited documents' text, or None when there is no seeds directory to check against
    (a trial copy of the YAML files alone)."""
    folder = seeds if seeds is not None else root / SEEDS_DIR
    if not folder.is_dir():
        return None
    texts: dict[str, str] = {}
    for source in data.sources.values():
        if source.file is None or source.file in texts:
            continue
        try:
            texts[source.file] = (folder / source.file).read_text(encoding="utf-8", errors="replace")
        except OSError:
            errors.append(LoadError(f"{SEEDS_DIR}/{source.file}", 1, 1, f"source {source.id!r}: document not found"))
    return SeedText(list(texts.values()))


_NAME_EXPANSION = re.compile(r"(\S+) \(([^()]+)\)")


def _usage_errors(entity: Entity, seeds: SeedText, documented_ru: set[str]) -> list[tuple[tuple[Any, ...], str]]:
    """Abbreviations and expansions that neither the documents use nor ``common_usage`` lists."""
    out: list[tuple[tuple[Any, ...], str]] = []
    common = {"en": set(entity.common_usage.en), "ru": set(entity.common_usage.ru)}
    for lang, terms in (("en", entity.short.en), ("ru", entity.short.ru)):
        for j, term in enumerate(terms):
            if term in common[lang]:
                continue
            missing = [a for a in _acronyms(term) if not (seeds.has(a) or (lang == "ru" and a in documented_ru))]
            if missing:
                out.append(
                    (
                        ("short", lang, j),
                        f"short form {term!r}: {', '.join(missing)} not found in the source documents; "
                        f"list it under common_usage.{lang} or remove it",
                    )
                )
    if entity.expansion and entity.expansion.en not in common["en"] and not seeds.has(entity.expansion.en):
        out.append(
            (
                ("expansion", "en"),
                f"expansion {entity.expansion.en!r} is not in the source documents; list it under common_usage.en",
            )
        )
    for match in _NAME_EXPANSION.finditer(entity.name.en):
        if _acronyms(match.group(1)) and not seeds.has(match.group(2)):
            out.append(
                (
                    ("name", "en"),
                    f"name gives {match.group(1)!r} the expansion {match.group(2)!r}, which is not in the source "
                    "documents; put it in `expansion` and list it under common_usage.en",
                )
            )
    if not entity.common_usage.en and not entity.common_usage.ru:
        return out
    names = {
        "en": {*entity.short.en, *entity.aliases.en, *([entity.expansion.en] if entity.expansion else [])},
        "ru": {*entity.short.ru, *entity.aliases.ru, *([entity.expansion.ru] if entity.expansion else [])},
    }
    for lang in ("en", "ru"):
        for j, term in enumerate(getattr(entity.common_usage, lang)):
            if term not in names[lang]:
                out.append(
                    (("common_usage", lang, j), f"{term!r} is not a short form, alias or expansion of this entry")
                )
    return out


def _documented_russian(entities: dict[str, Entity], seeds: SeedText) -> set[str]:
    """Russian abbreviations that translate one the documents use: an entry whose English
    one-word abbreviation is in the documents gives its Russian one-word abbreviations."""
    out: set[str] = set()
    for entity in entities.values():
        english = [t for t in (entity.name.en, *entity.short.en) if _acronyms(t) == (t,)]
        if any(t not in entity.common_usage.en and seeds.has(t) for t in english):
            out.update(t for t in (entity.name.ru, *entity.short.ru) if _acronyms(t) == (t,))
    return out


def _publisher_errors(source: Source, seeds: SeedText) -> list[str]:
    return [
        f"publisher gives {m.group(1)!r} the expansion {m.group(2)!r}, which is not in the source documents"
        for m in _NAME_EXPANSION.finditer(source.publisher.en)
        if _acronyms(m.group(1)) and not seeds.has(m.group(2))
    ]


def load_knowledge(
    directory: str | Path, cache: ParseCache | None = None, seeds: str | Path | None = None
) -> KnowledgeData:
    """Load and validate every ``*.yaml``/``*.yml`` file of ``directory``.

    Raises KnowledgeError listing every problem; never returns partial data. With a ``cache``,
    files whose bytes are unchanged since they last validated are not parsed again (the
    checks across files always run on everything). ``seeds`` is the folder of the source
    documents (default ``directory/seeds``); without one, names are not checked against them.
    """
    root = Path(directory)
    if not root.is_dir():
        raise KnowledgeError([LoadError(str(root), 1, 1, "knowledge directory does not exist")])
    paths = sorted(p for p in root.iterdir() if p.suffix in KNOWLEDGE_SUFFIXES and p.is_file())
    if not paths:
        raise KnowledgeError([LoadError(str(root), 1, 1, "no .yaml files in the knowledge directory")])

    errors: list[LoadError] = []
    data = KnowledgeData(files=paths)
    # (entity, its section, its index, file display name) for the cross checks.
    placed: list[tuple[Entity, str, int, str]] = []
    topic_places: list[tuple[TopicWords, int, str]] = []
    taught_places: list[tuple[TaughtAliases, int, str]] = []
    placed_sources: list[tuple[Source, str, int]] = []
    first_seen: dict[str, str] = {}
    # Node trees by file, composed only when an error has to be placed in a cached file.
    raws: dict[str, bytes] = {}
    roots: dict[str, yaml.Node | None] = {}

    def at(display: str, loc: tuple[Any, ...]) -> tuple[int, int]:
        if roots.get(display) is None:
            roots[display] = _compose(raws[display])
        node = roots[display]
        return _mark(_node_at(node, loc)[0]) if node is not None else (1, 1)

    # Ids of files that failed: references to them are not reported as dangling, and when a
    # file could not be read at all no reference can be judged.
    tentative: set[str] = set()
    unreadable = False
    for path in paths:
        display = path.name
        raw, file_errors = _read(path, display)
        parsed: KnowledgeFile | None = None
        if raw is not None:
            digest = hashlib.sha256(raw).hexdigest()
            data.digests[display] = digest
            raws[display] = raw
            parsed = cache.get(display, digest) if cache is not None else None
            if parsed is None:
                parsed, roots[display], file_errors = _parse_file(raw, display)
                if parsed is not None and cache is not None:
                    cache.put(display, digest, parsed)
        errors.extend(file_errors)
        if file_errors:
            if roots.get(display) is None:
                unreadable = True
            else:
                # libyaml, as for the parse itself: the pure-Python loader is far too slow on a large file.
                tentative |= _declared_ids(yaml.load(raw.decode("utf-8"), Loader=_SafeLoader) if raw else None)
        if parsed is None:
            continue
        for i, source in enumerate(parsed.sources):
            if source.id in first_seen or source.id in data.sources:
                errors.append(LoadError(display, *at(display, ("sources", i, "id")), f"duplicate id {source.id!r}"))
                continue
            data.sources[source.id] = source
            first_seen[source.id] = display
            placed_sources.append((source, display, i))
        data.synonyms.extend(parsed.synonyms)
        for i, taught in enumerate(parsed.aliases):
            taught_places.append((taught, i, display))
        for i, topic in enumerate(parsed.topics):
            topic_places.append((topic, i, display))
        for section, kind in SECTION_KIND.items():
            for i, entity in enumerate(getattr(parsed, section)):
                if entity.id in first_seen:
                    errors.append(
                        LoadError(
                            display,
                            *at(display, (section, i, "id")),
                            f"duplicate id {entity.id!r} (first defined in {first_seen[entity.id]})",
                        )
                    )
                    continue
                first_seen[entity.id] = display
                data.entities[entity.id] = entity
                data.kinds[entity.id] = kind
                placed.append((entity, section, i, display))
    if cache is not None:
        cache.keep_only(set(data.digests))

    seed_text = _read_seeds(root, Path(seeds) if seeds is not None else None, data, errors)
    documented_ru = _documented_russian(data.entities, seed_text) if seed_text is not None else set()
    if seed_text is not None:
        for source, display, i in placed_sources:
            for message in _publisher_errors(source, seed_text):
                errors.append(LoadError(display, *at(display, ("sources", i, "publisher", "en")), message))
    for entity, section, i, display in placed:
        if seed_text is not None:
            for loc, message in _usage_errors(entity, seed_text, documented_ru):
                errors.append(LoadError(display, *at(display, (section, i, *loc)), message))
        for j, source_id in enumerate(entity.sources):
            if source_id not in data.sources and source_id not in tentative and not unreadable:
                errors.append(
                    LoadError(display, *at(display, (section, i, "sources", j)), f"unknown source {source_id!r}")
                )
        for loc, ref, kinds in _references(entity):
            target_kind = data.kinds.get(ref)
            if target_kind in kinds or (target_kind is None and (ref in tentative or unreadable)):
                continue
            if target_kind is None:
                message = f"{'.'.join(map(str, loc))}: unknown id {ref!r}"
            else:
                message = f"{'.'.join(map(str, loc))}: {ref!r} is a {target_kind}, expected {' or '.join(kinds)}"
            errors.append(LoadError(display, *at(display, (section, i, *loc)), message))
        for role_i, role in enumerate(getattr(entity, "roles", [])):
            if role.source and role.source not in data.sources:
                where = at(display, (section, i, "roles", role_i, "source"))
                errors.append(LoadError(display, *where, f"unknown source {role.source!r}"))
        for loc, message in _date_order_errors(entity):
            errors.append(LoadError(display, *at(display, (section, i, *loc)), message))

    for topic, i, display in topic_places:
        target = data.kinds.get(topic.entity)
        if target not in ("body", "organisation") and not (target is None and (topic.entity in tentative or unreadable)):
            what = f"is a {target}" if target else "is not defined"
            message = f"topics of {topic.entity!r}: it {what}; topics are for bodies and organisations"
            errors.append(LoadError(display, *at(display, ("topics", i, "entity")), message))
        elif topic.entity in data.topics:
            errors.append(
                LoadError(display, *at(display, ("topics", i, "entity")), f"topics of {topic.entity!r} given twice")
            )
        else:
            data.topics[topic.entity] = topic

    for taught, i, display in taught_places:
        known = data.entities.get(taught.entity)
        if known is None:
            if not (taught.entity in tentative or unreadable):
                message = f"aliases of {taught.entity!r}: it is not defined"
                errors.append(LoadError(display, *at(display, ("aliases", i, "entity")), message))
            continue
        merged = {
            lang: list(dict.fromkeys([*getattr(known.aliases, lang), *getattr(taught, lang)])) for lang in ("en", "ru")
        }
        data.entities[taught.entity] = known.model_copy(update={"aliases": Terms(**merged)})

    if errors:
        errors.sort(key=lambda e: (e.file, e.line, e.column))
        raise KnowledgeError(errors)
    return data
