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

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from bot import text as T

NAME, CONTEXT, STATEMENT = "name", "context", "statement"
# How much a query token explained by a description or a statement counts next to one
# explained by a name.
CONTEXT_WEIGHT = 0.7
# Very common tokens only re-score documents that rarer tokens already found.
COMMON_DF_SHARE = 0.05
MIN_FUZZY = 0.78
_YEAR = re.compile(r"^#(?:19|20|21)\d\d$")
# Score = how much of the best name the query covers, how much of the query that name
# explains, and how much of the query anything about the entity explains.
NAME_COVER, NAME_QUERY, ANY_QUERY = 0.35, 0.4, 0.25


@dataclass(frozen=True)
class Doc:
    entity: str
    field: str
    tokens: tuple[str, ...]
    lang: str  # "en", "ru" or "" (both)
    ref: object = None  # the statement object, for statements


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


def _trigrams(token: str) -> set[str]:
    padded = f"^{token}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def token_similarity(a: str, b: str) -> float:
    """Similarity of two analysed tokens in [0, 1]; numbers and short tokens only match exactly."""
    if a == b:
        return 1.0
    if a.startswith("#") or b.startswith("#") or min(len(a), len(b)) < 4:
        return 0.0
    sim = Levenshtein.normalized_similarity(a, b)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # A stem against a longer inflected form typed in Latin letters ("ministr" / "ministrov",
    # "komand" / "komanduyushchikh": Russian stems are short, Russian endings long).
    if len(short) >= 5 and long_.startswith(short) and len(short) / len(long_) >= 0.45:
        sim = max(sim, 0.9 if len(short) / len(long_) >= 0.6 else 0.85)
    return sim


class SearchIndex:
    """Immutable index; build with :meth:`build`."""

    def __init__(self) -> None:
        self.docs: list[Doc] = []
        self.doc_weight: list[float] = []
        self.is_name: list[bool] = []
        self.postings: dict[str, list[int]] = {}
        self.posting_sets: dict[str, frozenset[int]] = {}  # for the most common tokens
        self.idf: dict[str, float] = {}
        self.max_idf = 1.0
        self.token_langs: dict[str, int] = {}
        self.entity_docs: dict[str, list[int]] = {}
        self.trigram_index: dict[str, list[str]] = {}
        self.synonyms: list[tuple[tuple[str, ...], str]] = []
        self.known: set[str] = set()  # every token a query may be corrected to
        self._phrases_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._match_cache: dict[str, list[tuple[str, float]]] = {}

    # --- building -------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        documents: Iterable[tuple[str, str, str, str, object]],
        synonym_groups: Iterable[tuple[str, Sequence[str]]] = (),
    ) -> SearchIndex:
        """Build from ``(entity_id, field, lang, text, ref)`` tuples and synonym groups."""
        index = cls()
        phrases: list[tuple[tuple[str, ...], str]] = []
        extra_vocab: set[str] = set()
        for group_id, terms in synonym_groups:
            for term in terms:
                toks = tuple(T.tokens(term))
                if toks:
                    phrases.append((toks, f"~{group_id}"))
                    extra_vocab.update(toks)
        # Longest phrases first so "internal affairs" wins over "affairs".
        index.synonyms = sorted(set(phrases), key=lambda p: (-len(p[0]), p))
        for phrase, group in index.synonyms:
            index._phrases_by_first.setdefault(phrase[0], []).append((phrase, group))

        df: dict[str, int] = defaultdict(int)
        postings: dict[str, list[int]] = defaultdict(list)
        token_cache: dict[str, tuple[str, ...]] = {}
        lang_bits = {"en": 1, "ru": 2}
        for entity, field_name, lang, content, ref in documents:
            cached = token_cache.get(content)
            if cached is None:
                cached = token_cache[content] = tuple(dict.fromkeys(index.fold_synonyms(T.tokens(content))))
            toks = cached
            if not toks:
                continue
            doc_id = len(index.docs)
            index.docs.append(Doc(entity, field_name, toks, lang, ref))
            index.entity_docs.setdefault(entity, []).append(doc_id)
            # Only names say which language a token belongs to; descriptions hold both.
            bit = lang_bits.get(lang, 0)
            for tok in toks:
                df[tok] += 1
                postings[tok].append(doc_id)
                if bit:
                    index.token_langs[tok] = index.token_langs.get(tok, 0) | bit
        n_docs = max(1, len(index.docs))
        index.idf = {tok: math.log((n_docs + 1) / (count + 0.5)) for tok, count in df.items()}
        index.max_idf = math.log((n_docs + 1) / 0.5)
        index.postings = dict(postings)
        index.posting_sets = {t: frozenset(p) for t, p in postings.items() if len(p) > 200}
        index.doc_weight = [sum(index.idf[t] for t in d.tokens) for d in index.docs]
        index.is_name = [d.field == NAME for d in index.docs]
        trigram_index: dict[str, list[str]] = defaultdict(list)
        for tok in set(index.idf) | extra_vocab:
            if tok.startswith(("#", "~")) or len(tok) < 4:
                continue
            for tri in _trigrams(tok):
                trigram_index[tri].append(tok)
        index.trigram_index = dict(trigram_index)
        index.known = set(index.idf) | extra_vocab
        return index

    def fold_synonyms(self, toks: Sequence[str]) -> list[str]:
        """Replace every synonym phrase in a token sequence by its group token."""
        if not self.synonyms:
            return list(toks)
        out: list[str] = []
        i = 0
        while i < len(toks):
            for phrase, group in self._phrases_by_first.get(toks[i], ()):
                if tuple(toks[i : i + len(phrase)]) == phrase:
                    out.append(group)
                    i += len(phrase)
                    break
            else:
                out.append(toks[i])
                i += 1
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
            counts: dict[str, int] = defaultdict(int)
            grams = _trigrams(token)
            for tri in grams:
                for cand in self.trigram_index.get(tri, ()):
                    counts[cand] += 1
            need = max(1, int(len(grams) * 0.34))
            scored = []
            for cand, shared in counts.items():
                if shared < need or cand == token:
                    continue
                if abs(len(cand) - len(token)) > 4 and not token.startswith(cand):
                    continue
                sim = token_similarity(token, cand)
                threshold = MIN_FUZZY if len(token) >= 6 else 0.85
                if sim >= threshold:
                    scored.append((cand, sim))
            scored.sort(key=lambda x: -x[1])
            result.extend(scored[: 4 if not result else 2])
        if len(self._match_cache) > 50_000:
            self._match_cache.clear()
        self._match_cache[token] = result
        return result

    def knownness(self, toks: Sequence[str]) -> float:
        """Share of the characters of ``toks`` that the vocabulary recognises (for layout choice)."""
        total = known = 0.0
        for tok in toks:
            size = max(1, len(tok))
            total += size
            matches = self.vocabulary_matches(tok)
            if matches:
                known += size * matches[0][1]
        return known / total if total else 0.0

    def analyse(self, raw_tokens: Sequence[str]) -> AnalysedQuery:
        # Correct typos first so that synonym phrases are found in misspelt text.
        corrected = []
        for tok in raw_tokens:
            matches = self.vocabulary_matches(tok)
            corrected.append(matches[0][0] if matches and matches[0][1] >= 0.85 and tok not in self.known else tok)
        folded = self.fold_synonyms(corrected)
        tokens_, weights, matches_, unknown = [], [], [], []
        for tok in dict.fromkeys(folded):
            m = self.vocabulary_matches(tok) if not tok.startswith("~") else ([(tok, 1.0)] if tok in self.idf else [])
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
        return AnalysedQuery(tokens_, weights, matches_, unknown)

    def search(self, query: AnalysedQuery, limit: int = 10) -> list[Hit]:
        """Rank entities for an analysed query."""
        total_weight = sum(query.weights) or 1.0
        n_docs = len(self.docs)
        common_df = max(200, int(n_docs * COMMON_DF_SHARE))
        # doc -> {query position: similarity}, and doc -> {vocabulary token: similarity}
        doc_q: dict[int, dict[int, float]] = {}
        doc_v: dict[int, dict[str, float]] = {}
        order = sorted(range(len(query.tokens)), key=lambda i: -query.weights[i])
        for qi in order:
            for vtok, sim in query.matches[qi]:
                plist: Iterable[int] = self.postings.get(vtok, ())
                only_existing = len(plist) > common_df and bool(doc_q)  # type: ignore[arg-type]
                if only_existing and vtok in self.posting_sets:
                    members = self.posting_sets[vtok]
                    plist = [d for d in doc_q if d in members]
                is_name = self.is_name
                for d in plist:
                    hits = doc_q.get(d)
                    if hits is None:
                        if only_existing:
                            continue
                        hits = doc_q[d] = {}
                    if sim > hits.get(qi, 0.0):
                        hits[qi] = sim
                    # Only names need to know which of their own tokens were found.
                    if is_name[d]:
                        found = doc_v.setdefault(d, {})
                        if sim > found.get(vtok, 0.0):
                            found[vtok] = sim

        per_entity: dict[str, Hit] = {}
        for d, qhits in doc_q.items():
            doc = self.docs[d]
            hit = per_entity.get(doc.entity)
            if hit is None:
                hit = per_entity[doc.entity] = Hit(doc.entity, 0.0, 0.0, 0.0, -1, frozenset())
            factor = 1.0 if doc.field == NAME else CONTEXT_WEIGHT
            for qi, sim in qhits.items():
                value = sim * factor
                if value > hit.explained.get(qi, 0.0):
                    hit.explained[qi] = value
            if doc.field == NAME:
                cover = sum(self.idf[v] * s for v, s in doc_v[d].items()) / (self.doc_weight[d] or 1.0)
                query_part = sum(query.weights[qi] * s for qi, s in qhits.items()) / total_weight
                # Keep the name that contributes most to the score (see below).
                if NAME_COVER * cover + NAME_QUERY * query_part > (
                    NAME_COVER * hit.name_cover + NAME_QUERY * hit.name_query_cover
                ):
                    hit.name_cover, hit.name_query_cover, hit.name_doc = cover, query_part, d
                    hit.name_tokens = frozenset(qhits)

        results = []
        for hit in per_entity.values():
            hit.query_cover = sum(query.weights[qi] * s for qi, s in hit.explained.items()) / total_weight
            # A name that explains the question outranks a description that mentions its words.
            hit.score = NAME_COVER * hit.name_cover + NAME_QUERY * hit.name_query_cover + ANY_QUERY * hit.query_cover
            results.append(hit)
        results.sort(key=lambda h: (-h.score, h.entity))
        return results[:limit]

    def statements(self, entity: str) -> list[int]:
        return [d for d in self.entity_docs.get(entity, []) if self.docs[d].field == STATEMENT]

    def score_doc(self, doc_id: int, query: AnalysedQuery, positions: Iterable[int]) -> float:
        """Share of the weight of ``positions`` of the query that one document explains."""
        positions = list(positions)
        total = sum(query.weights[i] for i in positions)
        if not total:
            return 0.0
        doc_tokens = self.docs[doc_id].tokens
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
