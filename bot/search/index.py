"""Search index over the knowledge base: fuzzy soft-TF-IDF with a trigram prefilter.

Each entity is indexed as several small documents: one per name or alias (``name``), one
with its description and surrounding facts (``context``), and one per statement it holds
(``statement``: agenda items, session points, outcomes, what a speaker said...). A query
token matches vocabulary tokens exactly or, through a character-trigram prefilter and
rapidfuzz, approximately; numbers only ever match exactly. An entity scores by how much of
its best name the query covers and how much of the query its documents explain, each token
weighted by its inverse document frequency (Cohen, Ravikumar & Fienberg's SoftTFIDF idea).

The index is immutable once built: a reload builds a new one and swaps the reference.
"""

from __future__ import annotations

import gc
import math
import re
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import chain, pairwise, repeat
from operator import itemgetter, mul
from typing import NamedTuple

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.search import corpus
from bot.search.collector import collector_paused
from bot.search.corpus import Texts, Vocabulary
from bot.search.text import analyse_word, english_spelling, latin_typed, russian_reading, token_set
from bot.search.text import tokens as text_tokens

# How much a query token explained by a description or a statement counts next to one
# explained by a name.
CONTEXT_WEIGHT = 0.7
MIN_FUZZY = 0.78
# A word of the same family as a known one ("nazi" for "nazism"): as close as a one-letter typo.
DERIVED_SIMILARITY = 0.8
# What a movement's name adds to the stem of its follower's ("nazi" → "nazism").
_ISM_ENDINGS = frozenset({"sm", "zm", "ism", "izm"})
DERIVED_PREFIX_SCAN = 8  # known words read after the stem in sorted order
# A Latin-typed word read as Russian: the reading is a guess at the spelling, not the word itself.
TRANSLIT_READING = 0.95
# A Latin-typed word read as Russian whose stem the names hold only in another spelling: at least
# this long and this close.
READING_MIN_CHARS = 5
READING_NEAR = 0.8
_YEAR = re.compile(r"^#(?:19|20|21)\d\d$")
# Score = how much of the best name the query covers, how much of the query that name
# explains, and how much of the query anything about the entity explains.
NAME_COVER, NAME_QUERY, ANY_QUERY = 0.35, 0.4, 0.25


class EntityText(NamedTuple):
    """What the index reads about one entity."""

    entity: str
    names: list[tuple[str, str]]  # (language "en"/"ru", a name, short form or alias)
    context: list[str]  # description, date, place, roles...: everything else said about it
    statements: list[tuple[str, object]]  # (text, statement) for agenda items, outcomes...


@dataclass
class Hit:
    """How one entity matched a query."""

    entity: str
    score: float
    name_cover: float  # share of the best-matching name's weight found in the query
    name_query_cover: float  # share of the query's weight that this name explains
    name_doc: int  # index of the best-matching name document
    name_tokens: frozenset[int]  # query token positions explained by that name
    explained: dict[int, float] = field(default_factory=dict)  # query position -> similarity
    query_cover: float = 0.0  # share of the query's weight explained by any of its documents


@dataclass
class AnalysedQuery:
    tokens: list[str]  # analysed tokens after synonym folding
    weights: list[float]
    matches: list[list[tuple[str, float]]]  # per token: vocabulary tokens and similarity
    unknown: list[bool]
    read_as_russian: int = 0  # words typed in Latin letters that only make sense read as Russian


_LANG_BITS = {"en": 1, "ru": 2}
COMMON_SHARE = 0.02  # a token in more than this share of documents is "common"


def _masks(postings: dict[str, np.ndarray], size: int) -> dict[str, np.ndarray]:
    limit = max(64, int(size * COMMON_SHARE))
    masks = {}
    for token, docs in postings.items():
        if len(docs) > limit:
            mask = np.zeros(size, dtype=bool)
            mask[docs] = True
            masks[token] = mask
    return masks


def _union(arrays: list[np.ndarray], size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sorted union of index arrays over ``range(size)``, where each index sits in it, and
    which indexes are in it. A membership array rather than np.unique: linear, no hashing."""
    member = np.zeros(size, dtype=bool)
    # One scatter of them all: a numpy call costs more than the few hundred indexes each holds.
    if arrays:
        member[np.concatenate(arrays) if len(arrays) > 1 else arrays[0]] = True
    union = member.nonzero()[0]  # np.flatnonzero, without its Python wrappers (1-D already)
    # Only read at members: the rest may stay uninitialised.
    at = np.empty(size, dtype=np.int64)
    at[union] = np.arange(len(union))
    return union, at, member


# A union this many times smaller than its range is sorted rather than marked: finding the marks
# walks the whole range (the 70,000 names of 10,000 entities), a sort only the indexes.
SORTED_UNION_RATIO = 40


def _union_at(arrays: list[np.ndarray], size: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_union` without the membership array."""
    total = sum(map(len, arrays))
    if not arrays or total * SORTED_UNION_RATIO >= size:
        union, at, _ = _union(arrays, size)
        return union, at
    joined = np.concatenate(arrays)
    joined.sort()
    first = np.empty(len(joined), dtype=bool)
    first[:1] = True
    np.not_equal(joined[1:], joined[:-1], out=first[1:])
    union = joined[first]
    at = np.empty(size, dtype=np.int64)
    at[union] = np.arange(len(union))
    return union, at


def _top(scores: np.ndarray, ids: np.ndarray, limit: int) -> list[int]:
    """The ids of the best ``limit`` positive scores (ranked scores equal the exact ones)."""
    k = min(limit, len(scores))
    if k == 0:
        return []
    top = (-scores).argpartition(k - 1)[:k]
    kept: list[int] = ids[top[scores[top] > 0]].tolist()  # in one call, not a numpy scalar each
    return kept


def _add_best(target: np.ndarray, parts: list[tuple[np.ndarray, float]], weight: float) -> None:
    """Add ``weight`` times the best value per index: a word may match several vocabulary tokens
    and must count once, with its best match."""
    if len(parts) == 1:
        idx, value = parts[0]
        target[idx] += weight * value
        return
    credited = np.zeros(len(target), dtype=bool)
    for idx, value in sorted(parts, key=lambda p: -p[1]):
        fresh = idx[~credited[idx]]
        target[fresh] += weight * value
        credited[fresh] = True


def _trigrams(token: str) -> set[str]:
    padded = f"^{token}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _stem_boost(a: str, b: str, sim: float) -> float:
    """A stem against a longer inflected form typed in Latin letters ("ministr" / "ministrov",
    "komand" / "komanduyushchikh": Russian stems are short, Russian endings long)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 5 and long_.startswith(short) and len(short) / len(long_) >= 0.45:
        return max(sim, 0.9 if len(short) / len(long_) >= 0.6 else 0.85)
    return sim


class _Lexicon:
    """Words found by the character trigrams they share with a word, then scored by edit
    similarity (optimal string alignment, all candidates in one call into rapidfuzz)."""

    def __init__(self, words: list[str]):
        self.words = words
        # The same words as an array, to gather the candidates of a look-up in one call.
        self._word_array = np.array(words, dtype=object)
        self.lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        self.trigrams = corpus.invert([_trigrams(w) for w in words])

    def similar(self, word: str, near: Callable[[np.ndarray], np.ndarray]) -> list[tuple[str, float]]:
        """Words sharing at least a third of ``word``'s trigrams, of the lengths ``near`` keeps
        (a mask over an array of lengths), with their similarity to it."""
        grams = _trigrams(word)
        postings = [found for found in map(self.trigrams.get, grams) if found is not None]
        if not postings:
            return []
        shared = np.bincount(np.concatenate(postings), minlength=len(self.words))
        close = (shared >= max(1, int(len(grams) * 0.34))).nonzero()[0]
        close = close[near(self.lengths[close])]
        candidates: list[str] = self._word_array[close].tolist()
        similarities = process.cdist([word], candidates, scorer=OSA.normalized_similarity, dtype=np.float64)
        return list(zip(candidates, similarities[0].tolist(), strict=True))


class SearchIndex:
    """Immutable index; build with :meth:`build`.

    Ranking is vectorised with numpy over posting lists (name documents, and per entity the
    tokens of its names and of its context), so a query costs the length of the posting lists
    it touches plus one pass over the name documents; the exact per-entity details the engine
    needs (which words each name explains) are computed for the top candidates only.
    """

    def __init__(self) -> None:
        # Statements as (text, statement), for pointing an answer at the one a question is about.
        self.docs: list[tuple[str, object]] = []
        self.entity_docs: dict[str, range] = {}  # entity -> its statement documents
        self.idf: dict[str, float] = {}
        self.max_idf = 1.0
        self.token_langs: dict[str, int] = {}
        # Tokens a typo may stand for, their lengths, and trigram -> ids of the tokens holding it.
        self.fuzzy_vocab = _Lexicon([])
        self.synonyms: list[tuple[tuple[str, ...], str]] = []
        self.known: set[str] = set()  # every token a query may be corrected to
        self._phrases_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._first_tokens: frozenset[str] = frozenset()
        self._pairs: frozenset[tuple[str, ...]] = frozenset()  # first two words of longer phrases
        self._single: dict[str, str] = {}  # one-word phrase -> its group
        # Russian synonym terms as typed in Latin letters, by first token (see :meth:`build`)
        self._latin_phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._match_cache: dict[str, list[tuple[str, float]]] = {}
        self._known_sorted: list[str] = []  # the known tokens in order, for a stem's extensions
        # What this build analysed, for the next one: each name's tokens (synonyms folded, each
        # once), and each piece of context's token set.
        self._names: dict[str, tuple[str, ...]] = {}
        # The words of the names as written (lower case), with their tokens, for misspelt words
        # whose stems lead nowhere; matched through a trigram index made on first need.
        self._surface: dict[str, str] = {}
        self._surface_words: _Lexicon | None = None
        self._surface_cache: dict[str, list[tuple[str, float]]] = {}
        self._parts: dict[str, AbstractSet[str]] = {}  # never changed once made
        self._statement_tokens: dict[int, frozenset[str]] = {}
        # Entities and their name documents (contiguous per entity, for reduceat).
        self.entities: list[str] = []
        self.name_tokens: list[tuple[str, ...]] = []
        self.name_weight = np.zeros(0)
        self._name_weight_values = array("d")
        self.entity_start = np.zeros(0, dtype=np.int64)
        self.entity_names: list[range] = []
        self.name_postings: dict[str, np.ndarray] = {}
        self.entity_name_tokens: list[frozenset[str]] = []
        # Context and statements, minus names; sets never changed after the build (not frozen:
        # copying 400,000 tokens into frozensets costs a fiftieth of the build).
        self.entity_context_tokens: list[AbstractSet[str]] = []
        self.entity_name_postings: dict[str, np.ndarray] = {}
        self.entity_context_postings: dict[str, np.ndarray] = {}
        self.name_entity = np.zeros(0, dtype=np.int64)  # name document -> entity
        self.name_masks: dict[str, np.ndarray] = {}
        self.entity_name_masks: dict[str, np.ndarray] = {}
        self.entity_context_masks: dict[str, np.ndarray] = {}

    # --- building -------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        entities: Iterable[EntityText],
        synonym_groups: Iterable[tuple[str, Sequence[str]]] = (),
        previous: SearchIndex | None = None,
    ) -> SearchIndex:
        """Build from what is said about each entity and the synonym groups.

        ``previous``: the index this one replaces; what it already analysed is not analysed
        again (a reload changes little)."""
        index = cls()
        phrases: list[tuple[tuple[str, ...], str]] = []
        extra_vocab: set[str] = set()
        typed_latin: list[tuple[tuple[str, ...], str]] = []
        for group_id, terms in synonym_groups:
            for term in terms:
                toks = tuple(text_tokens(term))
                if toks:
                    phrases.append((toks, f"~{group_id}"))
                    extra_vocab.update(toks)
                latin = latin_typed(term)
                if latin and latin != toks:
                    typed_latin.append((latin, f"~{group_id}"))
        # A Russian term typed in Latin letters ("sammit SNG", "soveshanie") is stemmed as English:
        # its token ("samit") is no token of the Cyrillic word ("саммит" -> "sam") and lies too far
        # from it for a typo. The Latin reading stands for the group in a question typed in Latin
        # letters (see :meth:`analyse`), unless some term already means something else by it; not
        # in Cyrillic, where it would fold case forms that the names and texts keep apart.
        taken = {toks for toks, _ in phrases}
        for latin_phrase, group in sorted(set(typed_latin), key=lambda p: (-len(p[0]), p)):
            if latin_phrase not in taken:
                index._latin_phrases.setdefault(latin_phrase[0], []).append((latin_phrase, group))
        # Longest phrases first so "internal affairs" wins over "affairs".
        index.synonyms = sorted(set(phrases), key=lambda p: (-len(p[0]), p))
        for phrase, group in index.synonyms:
            index._phrases_by_first.setdefault(phrase[0], []).append((phrase, group))
        index._first_tokens = frozenset(index._phrases_by_first)
        index._pairs = frozenset(phrase[:2] for phrase, _ in index.synonyms if len(phrase) > 1)
        index._single = {phrase[0]: group for phrase, group in reversed(index.synonyms) if len(phrase) == 1}
        if previous is not None and previous.synonyms != index.synonyms:
            previous = None  # its analyses folded other synonyms

        with collector_paused():
            index._read(list(entities), previous)
            index._weigh()
            index.fuzzy_vocab = _Lexicon(
                sorted(t for t in set(index.idf) | extra_vocab if len(t) >= 4 and t[0] not in "#~")
            )
            index.known = set(index.idf) | extra_vocab
            # The index lives until the next reload and never changes: keep its millions of
            # objects out of the collector's generations (gc.freeze), before the collector
            # resumes and would otherwise scan them all at once.
            gc.freeze()
        return index

    def _read(self, items: list[EntityText], previous: SearchIndex | None) -> None:
        """Names, context and statements of every entity, in order."""
        self.entities = [item.entity for item in items]
        self._index_names(items, previous)
        parts_of = self._analyse_parts(items, previous).__getitem__
        text_of = itemgetter(0)
        rests: list[AbstractSet[str]] = []
        for item, own in zip(items, self.entity_name_tokens, strict=True):
            said = set().union(*map(parts_of, item.context), *map(parts_of, map(text_of, item.statements)))
            self._fold_set(said).difference_update(own)
            rests.append(said)
            if item.statements:
                start = len(self.docs)
                self.docs.extend(item.statements)
                self.entity_docs[item.entity] = range(start, len(self.docs))
        self.entity_context_tokens = rests

    def _index_names(self, items: list[EntityText], previous: SearchIndex | None) -> None:
        """The name documents, their postings, and each entity's name tokens."""
        vocab = Vocabulary()
        for _, group in self.synonyms:
            vocab.add(group)
        named = list(chain.from_iterable(item.names for item in items))
        name_texts = list(map(itemgetter(1), named))
        texts = self._analyse_names(name_texts, vocab, previous)
        doc_of_name = self._place_names([len(item.names) for item in items], texts)
        n_docs, n_entities = len(self.name_entity), len(items)
        token_doc = doc_of_name[texts.owner]
        # Each document's tokens as a tuple, for the exact details of the best candidates.
        words = np.array(vocab.words, dtype=object)[texts.ids].tolist()
        ends = np.cumsum(np.bincount(token_doc, minlength=n_docs)).tolist()
        self.name_tokens = list(map(tuple, map(words.__getitem__, map(slice, [0, *ends[:-1]], ends))))
        self.name_postings = corpus.postings(vocab.words, texts.ids, token_doc, n_docs)
        self.entity_name_postings = corpus.postings(
            vocab.words, texts.ids, self.name_entity[token_doc], n_entities, unique=True
        )
        self.entity_name_tokens = [
            frozenset(chain.from_iterable(self.name_tokens[r.start : r.stop])) for r in self.entity_names
        ]
        # Only names say which language a token belongs to; descriptions hold both.
        bits = np.fromiter(map(_LANG_BITS.get, map(itemgetter(0), named), repeat(0)), dtype=np.int64, count=len(named))
        langs = np.zeros(len(vocab), dtype=np.int64)
        np.bitwise_or.at(langs, texts.ids, bits[texts.owner])
        found = np.flatnonzero(langs).tolist()
        self.token_langs = dict(zip([vocab.words[i] for i in found], langs[found].tolist(), strict=True))
        # For the next build; a name that is no document (-1) has no tokens.
        tuples = [*self.name_tokens, ()]
        self._names = dict(zip(name_texts, map(tuples.__getitem__, doc_of_name.tolist()), strict=True))

    def _place_names(self, per_entity: list[int], texts: Texts) -> np.ndarray:
        """Lay out the name documents: one per name that keeps any token after analysis, entity
        after entity (an entity with none still gets one, empty). Returns each name's document,
        or -1."""
        n_entities = len(per_entity)
        named_by = np.repeat(np.arange(n_entities, dtype=np.int64), per_entity)
        kept = np.flatnonzero(np.bincount(texts.owner, minlength=texts.count) > 0)
        kept_by = np.bincount(named_by[kept], minlength=n_entities)
        slots = np.maximum(kept_by, 1)
        ends = np.cumsum(slots)
        self.entity_start = ends - slots
        self.entity_names = list(map(range, self.entity_start.tolist(), ends.tolist()))
        self.name_entity = np.repeat(np.arange(n_entities, dtype=np.int64), slots)
        empty = self.entity_start[kept_by == 0]
        doc_of_name = np.full(texts.count, -1, dtype=np.int64)
        doc_of_name[kept] = np.setdiff1d(np.arange(len(self.name_entity), dtype=np.int64), empty, assume_unique=True)
        return doc_of_name

    def _analyse_names(self, texts: list[str], vocab: Vocabulary, previous: SearchIndex | None) -> Texts:
        """Each name's tokens, synonyms folded, each token once; names the previous index
        analysed are taken from it (a reload changes few)."""
        known = previous._names if previous is not None else {}
        self._surface = dict(previous._surface) if previous is not None else {}
        # A first build has nothing to reuse: no walk over every name to find that out.
        todo = [k for k, text in enumerate(texts) if text not in known] if known else None
        if todo is None or len(todo) == len(texts):
            return self._fold_names(corpus.encode(texts, vocab, self._surface), vocab)
        fresh = self._fold_names(corpus.encode([texts[k] for k in todo], vocab, self._surface), vocab)
        bounds = fresh.bounds().tolist()
        reused = corpus.from_lists([known.get(text, ()) for text in texts], vocab)
        return reused.replaced({k: fresh.ids[bounds[i] : bounds[i + 1]].tolist() for i, k in enumerate(todo)})

    def _fold_names(self, texts: Texts, vocab: Vocabulary) -> Texts:
        """:meth:`fold_synonyms` of each name, each token once (its first place): single words
        are folded in one pass, and only the names where a phrase of two words or more may
        start are folded one by one."""
        size = len(vocab)
        ids, owner = texts.ids, texts.owner
        table = np.arange(size, dtype=np.int64)
        for word, group in self._single.items():
            if word in vocab.ids:
                table[vocab.ids[word]] = vocab.ids[group]
        pairs = [vocab.ids[a] * size + vocab.ids[b] for a, b in self._pairs if a in vocab.ids and b in vocab.ids]
        phrased: list[int] = []
        if pairs and len(ids) > 1:
            at = np.flatnonzero((owner[:-1] == owner[1:]) & np.isin(ids[:-1] * size + ids[1:], pairs))
            phrased = np.unique(owner[at]).tolist()
        bounds = texts.bounds()
        words = vocab.words
        redone = {}
        for k in phrased:
            toks = [words[i] for i in ids[bounds[k] : bounds[k + 1]].tolist()]
            redone[k] = vocab.encode(dict.fromkeys(self.fold_synonyms(toks)))
        folded = Texts(table[ids], owner, texts.count).replaced(redone)
        # A name seldom repeats a word: find those that do and keep each word's first place.
        keys = np.sort(folded.owner * size + folded.ids)
        repeats = np.unique(keys[1:][keys[1:] == keys[:-1]] // size).tolist() if len(keys) else []
        bounds = folded.bounds()
        return folded.replaced(
            {k: list(dict.fromkeys(folded.ids[bounds[k] : bounds[k + 1]].tolist())) for k in repeats}
        )

    def _analyse_parts(self, items: list[EntityText], previous: SearchIndex | None) -> dict[str, AbstractSet[str]]:
        """The token set of each distinct piece of context: the same places, bodies, dates and
        agenda items recur across thousands of entities, and a reload finds most pieces in the
        previous index."""
        kept = previous._parts if previous is not None else {}
        parts: dict[str, AbstractSet[str]] = {}
        for part in dict.fromkeys(
            chain.from_iterable(chain(item.context, (text for text, _ in item.statements)) for item in items)
        ):
            toks = kept.get(part)
            # The set as made, not copied into a frozenset: it is only ever read (a fiftieth of the build).
            parts[part] = toks if toks is not None else token_set(part)
        self._parts = parts
        return parts

    def _fold_set(self, toks: set[str]) -> set[str]:
        """Add the synonym groups whose words all occur: a set has no order to find phrases by,
        and an entity that mentions "internal" and "affairs" is about internal affairs."""
        for tok in self._first_tokens.intersection(toks):
            for phrase, group in self._phrases_by_first[tok]:
                if len(phrase) == 1 or toks.issuperset(phrase):
                    toks.add(group)
        return toks

    def _weigh(self) -> None:
        """Inverse document frequencies, name weights and the masks of common tokens. A
        document is one name, or everything else said about one entity."""
        self.entity_context_postings = corpus.invert(self.entity_context_tokens)
        df: Counter[str] = Counter({tok: len(docs) for tok, docs in self.name_postings.items()})
        df.update({tok: len(ents) for tok, ents in self.entity_context_postings.items()})
        n_docs = max(1, sum(map(bool, self.name_tokens)) + sum(map(bool, self.entity_context_tokens)))
        self.idf = {tok: math.log((n_docs + 1) / (count + 0.5)) for tok, count in df.items()}
        self.max_idf = math.log((n_docs + 1) / 0.5)
        idf = self.idf.__getitem__
        weights = [sum(map(idf, toks)) or 1.0 for toks in self.name_tokens]
        self.name_weight = np.array(weights, dtype=np.float64)
        self._name_weight_values = array("d", weights)  # one at a time, without numpy scalars
        # Tokens in many documents ("council", "meeting") are looked up through a bit mask over
        # the few documents the rarer words of a question found, never walked in full.
        self.name_masks = _masks(self.name_postings, len(self.name_tokens))
        self.entity_name_masks = _masks(self.entity_name_postings, len(self.entities))
        self.entity_context_masks = _masks(self.entity_context_postings, len(self.entities))

    def _fold_latin(self, toks: Sequence[str]) -> list[str]:
        """The Latin readings of Russian synonym terms replaced by their groups ("samit" -> "~summit")."""
        out: list[str] = []
        i = 0
        while i < len(toks):
            for phrase, group in self._latin_phrases.get(toks[i], ()):
                if tuple(toks[i : i + len(phrase)]) == phrase:
                    out.append(group)
                    i += len(phrase)
                    break
            else:
                out.append(toks[i])
                i += 1
        return out

    def fold_synonyms(self, toks: Sequence[str]) -> list[str]:
        """Replace every synonym phrase in a token sequence by its group token."""
        present = self._first_tokens.intersection(toks)
        if not present:
            return list(toks)
        if self._pairs.isdisjoint(pairwise(toks)):
            # No phrase of two words or more can start anywhere: fold single words by lookup.
            return list(map(self._single.get, toks, toks))
        starts = [i for i, tok in enumerate(toks) if tok in present]
        out: list[str] = []
        done = 0  # tokens before this position are already in ``out``
        for i in starts:
            if i < done:
                continue
            for phrase, group in self._phrases_by_first[toks[i]]:
                if tuple(toks[i : i + len(phrase)]) == phrase:
                    out.extend(toks[done:i])
                    out.append(group)
                    done = i + len(phrase)
                    break
        out.extend(toks[done:])
        return out

    # --- matching -------------------------------------------------------------------------

    def vocabulary_matches(self, token: str) -> list[tuple[str, float]]:
        """Vocabulary tokens that a query token may stand for, best first."""
        cached = self._match_cache.get(token)
        if cached is not None:
            return cached
        result: list[tuple[str, float]] = []
        if token in self.known:
            result.append((token, 1.0))
        if not token.startswith(("#", "~")) and len(token) >= 4:
            # Lengths within 4, or a shorter token the word starts with (a stem).
            # (|n - len| <= 4 or n < len, in one comparison)
            close = self.fuzzy_vocab.similar(token, lambda n: n <= len(token) + 4)
            # Short words need one edit at most among five letters ("caet" for "cadet", 0.8), not
            # a substitution among four (0.75); with 0.85 a dropped letter in a short word was lost.
            threshold = MIN_FUZZY if len(token) >= 6 else 0.8
            scored = []
            for cand, sim in close:
                # Most fall short and are no stem of the other: skip them before anything else.
                if sim < threshold and not (token.startswith(cand) or cand.startswith(token)):
                    continue
                if cand == token or (abs(len(cand) - len(token)) > 4 and not token.startswith(cand)):
                    continue
                sim = _stem_boost(token, cand, sim)
                if sim >= threshold:
                    scored.append((cand, sim))
            # Deterministic, and on a tie the longer (more specific) token wins.
            scored.sort(key=lambda x: (-x[1], -len(x[0]), x[0]))
            result.extend(scored[: 4 if not result else 2])
            result.extend(self._groups_of(scored[:4], {tok for tok, _ in result}))
            if not result:
                result = self._derived_matches(token)
        if len(self._match_cache) > 50_000:
            self._match_cache.clear()
        self._match_cache[token] = result
        return result

    def _derived_matches(self, token: str) -> list[tuple[str, float]]:
        """Known tokens of the same word family as a token that matches nothing: an agent noun or
        adjective read as its "-ism" ("nazi", "нацистских" for "Nazism", "нацизма"). Only for tokens nothing else
        matched, so a word the sources hold in another form is not reported as absent."""
        found: list[tuple[str, float]] = []
        if token.endswith(("ist", "isk")) and len(token) >= 6:
            found += [(form, DERIVED_SIMILARITY) for form in (token[:-2] + "zm", token[:-2] + "sm") if form in self.known]
        if len(self._known_sorted) != len(self.known):
            self._known_sorted = sorted(self.known)
        start = bisect_left(self._known_sorted, token)
        for cand in self._known_sorted[start : start + DERIVED_PREFIX_SCAN]:
            if not cand.startswith(token):
                break
            if cand[len(token) :] in _ISM_ENDINGS and all(cand != form for form, _ in found):
                found.append((cand, DERIVED_SIMILARITY))
        return found[:2]

    def surface_matches(self, word: str) -> list[tuple[str, float]]:
        """Tokens of the names' words within one edit in five letters of ``word`` (as written,
        lower case), best first; with their synonym groups."""
        cached = self._surface_cache.get(word)
        if cached is not None:
            return cached
        if self._surface_words is None:
            self._surface_words = _Lexicon(sorted(w for w, tok in self._surface.items() if tok in self.known))
        found: dict[str, float] = {}
        for cand, sim in self._surface_words.similar(word, lambda n: np.abs(n - len(word)) <= 2):
            tok = self._surface[cand]
            if sim >= 0.8 and cand != word and sim > found.get(tok, 0.0):
                found[tok] = sim
        result = sorted(found.items(), key=lambda x: (-x[1], x[0]))[:3]
        result += self._groups_of(result, set(found))
        if len(self._surface_cache) > 50_000:
            self._surface_cache.clear()
        self._surface_cache[word] = result
        return result

    def _as_written(self, word: str, found: list[tuple[str, float]]) -> tuple[list[tuple[str, float]], bool]:
        """Matches for a word whose token the vocabulary lacks, and whether it reads as Russian
        typed in Latin letters ("zasedaniy" is "заседаний", whose stem the names hold); if it
        does not and nothing matched, the names' words as written."""
        reading = russian_reading(word)
        # Not a number ("tretay" is no "третий") nor a scrap of a stem ("joit" -> "e").
        if reading is not None and len(reading) >= 3 and not reading.startswith("#") and reading in self.known:
            rest = [(tok, sim) for tok, sim in found if tok != reading]
            first = [(reading, max(TRANSLIT_READING, dict(found).get(reading, 0.0)))]
            return [*first, *rest, *self._groups_of(first, {tok for tok, _ in rest})], True
        if not found and reading is not None and len(reading) >= READING_MIN_CHARS and not reading.startswith("#"):
            # "sovet po ekologii": read as Russian, the stem ("ekolog") is the names' own in another
            # spelling ("ecolog"), as the same word typed in Cyrillic finds it.
            near = [(tok, sim) for tok, sim in self.vocabulary_matches(reading) if sim >= READING_NEAR]
            if near:
                return near, True
        if not found:
            # "excersize": its stem is far from the known one only through a spelling slip.
            respelt = english_spelling(word)
            if respelt is not None:
                found = [(tok, sim) for tok, sim in self.vocabulary_matches(analyse_word(respelt)) if sim >= READING_NEAR]
        return found or self.surface_matches(word), False

    def _groups_of(self, matches: list[tuple[str, float]], present: set[str]) -> list[tuple[str, float]]:
        """A misspelt synonym ("custms") stands for its group as well: names hold the group
        token ("~customs"), not the word. Each group once, at its best similarity."""
        groups = {self._single[tok]: sim for tok, sim in reversed(matches) if tok in self._single}
        return [(group, sim) for group, sim in groups.items() if group not in present]

    def knownness(self, toks: Sequence[str], exact: bool = False) -> float:
        """Share of the characters of ``toks`` that the vocabulary recognises (for layout choice);
        ``exact``: counting only tokens it holds as they are, without looking for typos."""
        total = known = 0.0
        for tok in toks:
            size = max(1, len(tok))
            total += size
            if exact:
                known += size if tok in self.known else 0
                continue
            matches = self.vocabulary_matches(tok)
            if matches:
                known += size * matches[0][1]
        return known / total if total else 0.0

    def analyse(
        self,
        raw_tokens: Sequence[str],
        surfaces: Callable[[], Mapping[str, str]] | None = None,
        latin: bool = True,
    ) -> AnalysedQuery:
        """``surfaces``: gives token -> the word it came from (:func:`bot.search.text.surface_words`),
        asked only if some word's stem matches nothing, or (``latin``: the question is typed in
        Latin letters) matches only approximately, since it may be Russian typed in them."""
        words: Mapping[str, str] | None = None
        read_as_russian: set[str] = set()

        def matches_of(tok: str) -> list[tuple[str, float]]:
            nonlocal words
            found = self.vocabulary_matches(tok)
            if (not found or (latin and found[0][1] < 1.0)) and surfaces is not None:
                words = surfaces() if words is None else words
                word = words.get(tok)
                if word is not None:
                    found, russian = self._as_written(word, found)
                    if russian:
                        read_as_russian.add(tok)
            return found

        # Correct typos first so that synonym phrases are found in misspelt text.
        corrected = []
        for tok in raw_tokens:
            matches = matches_of(tok)
            corrected.append(matches[0][0] if matches and matches[0][1] >= 0.85 and tok not in self.known else tok)
        if latin and not self._latin_phrases.keys().isdisjoint(corrected):
            corrected = self._fold_latin(corrected)
        folded = self.fold_synonyms(corrected)
        tokens_, weights, matches_, unknown = [], [], [], []
        for tok in dict.fromkeys(folded):
            m = matches_of(tok) if not tok.startswith("~") else ([(tok, 1.0)] if tok in self.idf else [])
            tokens_.append(tok)
            matches_.append(m)
            # A word the knowledge base has never seen is as specific as a word can be; synonym
            # words that no document keeps after folding have no idf of their own either.
            weight = max((self.idf.get(v, self.max_idf) for v, _ in m), default=self.max_idf)
            # An ordinal ("13th", "XVIII") singles out one meeting of a series: it counts double.
            if tok.startswith("#") and not _YEAR.match(tok):
                weight *= 2
            unknown.append(not m)
            weights.append(weight)
        return AnalysedQuery(tokens_, weights, matches_, unknown, len(read_as_russian))

    def search(self, query: AnalysedQuery, limit: int = 10) -> list[Hit]:
        """Rank entities for an analysed query; the best ``limit`` with their details."""
        if not self.entities or not any(query.matches):  # no word the knowledge base knows
            return []
        total = sum(query.weights) or 1.0
        where: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for qi, matches in enumerate(query.matches):
            for vtok, sim in matches:
                where[vtok].append((qi, sim))
        candidates = self._sparse_candidates(query, total, limit)
        if candidates is None:  # only common words: still only what they reach, unless that is most
            candidates = self._sparse_candidates(query, total, limit, every_word=True)
        if candidates is None:
            candidates = self._dense_candidates(query, total, limit)
        similarity = itemgetter(1)
        gain = {vtok: self.idf.get(vtok, 0.0) * max(map(similarity, places)) for vtok, places in where.items()}
        seen: dict[tuple[str, ...], tuple[float, frozenset[int], float]] = {}
        hits = [self._hit(e, query, total, where, gain, seen) for e in candidates]
        hits = [h for h in hits if h.score > 0]
        hits.sort(key=lambda h: (-h.score, h.entity))
        return hits[:limit]

    def _sparse_candidates(
        self, query: AnalysedQuery, total: float, limit: int, every_word: bool = False
    ) -> list[int] | None:
        """Score only what the selective words of the question reach (with ``every_word``, what
        any of its words reaches); None if that is nothing, or too much to be worth it.

        The candidates are the union of the posting lists of those words; each word then credits
        them through its posting list (a gather through a position map) or, for a common word,
        through its bit mask over the candidates: no sorting or searching per word. Anything
        outside the union shares no word with the question and would score 0."""
        name_masks = self.name_masks
        selective = [v for matches in query.matches for v, _ in matches if every_word or v not in name_masks]
        seeds = [self.name_postings[v] for v in selective if v in self.name_postings]
        kinds = (
            (self.entity_name_postings, self.entity_name_masks, 1.0),
            (self.entity_context_postings, self.entity_context_masks, CONTEXT_WEIGHT),
        )
        entity_seeds = [
            p
            for v in selective
            for postings, masks, _ in kinds
            if (p := postings.get(v)) is not None and (every_word or v not in masks)
        ]
        if not seeds and not entity_seeds:
            return None
        if every_word and sum(map(len, seeds)) > len(self.name_tokens) // 4:
            return None
        docs, doc_at = _union_at(seeds, len(self.name_tokens))
        cover = np.zeros(len(docs))
        explains = np.zeros(len(docs))
        for weight, matches in zip(query.weights, query.matches, strict=True):
            # A word matched once (most are) adds straight in; several matches count the best.
            best = explains if len(matches) == 1 else np.zeros(len(docs))
            scale = weight if len(matches) == 1 else 1.0
            for vtok, sim in matches:
                mask = name_masks.get(vtok)
                if mask is not None:
                    found = mask[docs]
                    cover += found * (self.idf[vtok] * sim)
                    if best is explains:
                        explains += found * (scale * sim)
                    else:
                        np.maximum(best, found * sim, out=best)
                elif vtok in self.name_postings:
                    at = doc_at[self.name_postings[vtok]]
                    cover[at] += self.idf[vtok] * sim
                    best[at] = np.maximum(best[at], scale * sim) if best is not explains else best[at] + scale * sim
            if best is not explains:
                explains += weight * best
        per_name = NAME_COVER * cover / self.name_weight[docs] + NAME_QUERY * explains / total
        owners = self.name_entity[docs]
        if len(docs):
            starts = np.concatenate(([True], owners[1:] != owners[:-1])).nonzero()[0]  # np.r_ costs more than the rest
            named, name_scores = owners[starts], np.maximum.reduceat(per_name, starts)
        else:
            named, name_scores = owners, per_name
        entities, entity_at, is_candidate = _union([named, *entity_seeds], len(self.entities))
        scores = np.zeros(len(entities))
        scores[entity_at[named]] = name_scores
        explained = np.zeros(len(entities))
        for weight, matches in zip(query.weights, query.matches, strict=True):
            # An entity holds a word in its names or in the rest, never both: a word matched
            # once adds straight in.
            single = len(matches) == 1
            best = explained if single else np.zeros(len(entities))
            scale = weight if single else 1.0
            for vtok, sim in matches:
                # Its postings are among entity_seeds when it has no mask (see above).
                seeded = every_word or vtok not in name_masks
                for postings, masks, factor in kinds:
                    mask = masks.get(vtok)
                    if mask is not None:
                        if single:
                            explained += mask[entities] * (scale * sim * factor)
                        else:
                            np.maximum(best, mask[entities] * (sim * factor), out=best)
                    elif vtok in postings:
                        owners_of = postings[vtok]
                        if not seeded:  # a seed's entities are all candidates already
                            owners_of = owners_of[is_candidate[owners_of]]
                        at = entity_at[owners_of]
                        best[at] = best[at] + scale * sim * factor if single else np.maximum(best[at], sim * factor)
            if not single:
                explained += weight * best
        scores += ANY_QUERY * explained / total
        return _top(scores, entities, limit)

    def _dense_candidates(self, query: AnalysedQuery, total: float, limit: int) -> list[int]:
        """Every entity scored at once: for questions made only of common words."""
        cover = np.zeros(len(self.name_weight))
        explains = np.zeros(len(self.name_weight))
        explained = np.zeros(len(self.entities))
        for weight, matches in zip(query.weights, query.matches, strict=True):
            names: list[tuple[np.ndarray, float]] = []
            entities: list[tuple[np.ndarray, float]] = []
            for vtok, sim in matches:
                docs = self.name_postings.get(vtok)
                if docs is not None:
                    cover[docs] += self.idf[vtok] * sim
                    names.append((docs, sim))
                owners = self.entity_name_postings.get(vtok)
                if owners is not None:
                    entities.append((owners, sim))
                mentions = self.entity_context_postings.get(vtok)
                if mentions is not None:
                    entities.append((mentions, sim * CONTEXT_WEIGHT))
            if names:
                _add_best(explains, names, weight)
            if entities:
                _add_best(explained, entities, weight)
        per_name = NAME_COVER * cover / self.name_weight + NAME_QUERY * explains / total
        scores = np.maximum.reduceat(per_name, self.entity_start) + ANY_QUERY * explained / total
        return _top(scores, np.arange(len(scores)), limit)

    def _hit(
        self,
        e: int,
        query: AnalysedQuery,
        total: float,
        where: dict[str, list[tuple[int, float]]],
        gain: dict[str, float],
        seen: dict[tuple[str, ...], tuple[float, frozenset[int], float]] | None = None,
    ) -> Hit:
        """The exact details of one candidate: its best name and what explains each word.
        ``where`` maps each matched vocabulary token to the query positions it stands for, and
        ``gain`` to its idf times its best similarity; ``seen``: the names' words already scored in
        this search."""
        if seen is None:
            seen = {}
        own, rest = self.entity_name_tokens[e], self.entity_context_tokens[e]
        hit = Hit(self.entities[e], 0.0, 0.0, 0.0, -1, frozenset())
        explained = hit.explained
        for vtok, places in where.items():
            if vtok in own:
                factor = 1.0
            elif vtok in rest:
                factor = CONTEXT_WEIGHT
            else:
                continue
            for qi, sim in places:
                value = sim * factor
                if value > explained.get(qi, 0.0):
                    explained[qi] = value
        weights = query.weights
        best = 0.0
        matched = where.keys()
        in_query = where.__contains__
        names = self.entity_names[e]
        for d, name, weight in zip(
            names,
            self.name_tokens[names.start : names.stop],
            self._name_weight_values[names.start : names.stop],
            strict=True,
        ):
            # Most names share no word with the question: one test in C before the list in Python.
            if matched.isdisjoint(name):
                continue
            found = tuple(filter(in_query, name))
            # Names holding the same words of the question (a name in two languages, the meetings of
            # one series) score them alike: summed once a search, in the same order.
            known = seen.get(found)
            if known is None:
                cover = 0.0
                positions: dict[int, float] = {}
                for vtok in found:
                    cover += gain[vtok]
                    for qi, sim in where[vtok]:
                        if sim > positions.get(qi, 0.0):
                            positions[qi] = sim
                explains = sum(map(mul, map(weights.__getitem__, positions), positions.values())) / total
                known = seen[found] = (cover, frozenset(positions), explains)
            cover, explaining, explains = known
            cover /= weight
            value = NAME_COVER * cover + NAME_QUERY * explains
            if value > best:
                best = value
                hit.name_cover, hit.name_query_cover, hit.name_doc = cover, explains, d
                hit.name_tokens = explaining
        hit.query_cover = sum(map(mul, map(weights.__getitem__, explained), explained.values())) / total
        hit.score = best + ANY_QUERY * hit.query_cover
        return hit

    def statements(self, entity: str) -> range:
        return self.entity_docs.get(entity, range(0))

    def statement(self, doc_id: int) -> object:
        """What a statement document points at."""
        return self.docs[doc_id][1]

    def statement_tokens(self, doc_id: int) -> frozenset[str]:
        """A statement's tokens, analysed when an answer first looks at it, not at build time:
        only the statements of the entities questions land on are ever needed."""
        toks = self._statement_tokens.get(doc_id)
        if toks is None:
            # Words folded into a synonym phrase still count alone: "drugs" finds "drug trafficking".
            raw = text_tokens(self.docs[doc_id][0])
            toks = self._statement_tokens[doc_id] = frozenset(self.fold_synonyms(raw)).union(raw)
        return toks

    def score_doc(self, doc_id: int, query: AnalysedQuery, positions: Iterable[int]) -> float:
        """Share of the weight of ``positions`` of the query that one document explains."""
        positions = list(positions)
        total = sum(query.weights[i] for i in positions)
        if not total:
            return 0.0
        doc_tokens = self.statement_tokens(doc_id)
        got = 0.0
        for qi in positions:
            best = max(
                (s for v, s in query.matches[qi] if v in doc_tokens),
                default=0.0,
            )
            got += query.weights[qi] * best
        return got / total

    def token_language(self, vocab_token: str) -> int:
        return self.token_langs.get(vocab_token, 0)
