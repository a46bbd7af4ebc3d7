"""Bulk analysis for the index build gives exactly what analysing text by text gives."""

from __future__ import annotations

import random
from itertools import pairwise

import numpy as np

from bot.search import corpus
from bot.search.index import EntityText, SearchIndex
from bot.search.text import tokens
from tests.test_text import TRICKY


def decoded(texts: corpus.Texts, vocab: corpus.Vocabulary) -> list[list[str]]:
    bounds = texts.bounds().tolist()
    return [[vocab.words[i] for i in texts.ids[s:e].tolist()] for s, e in pairwise(bounds)]


def test_encoded_texts_are_their_tokens() -> None:
    vocab = corpus.Vocabulary()
    assert decoded(corpus.encode(TRICKY, vocab), vocab) == [tokens(t) for t in TRICKY]
    ordinary = [t for t in TRICKY if "\x00" not in t]
    assert decoded(corpus.encode(ordinary, vocab), vocab) == [tokens(t) for t in ordinary]
    assert corpus.encode([], vocab).count == 0
    assert decoded(corpus.encode(["", "the of"], vocab), vocab) == [[], []]


def test_encoding_random_mixtures() -> None:
    rng = random.Random(5)
    words = [w for t in TRICKY for w in t.split()] + ["13", "th", "-го", "XVIII", "Совет", "council,"]
    vocab = corpus.Vocabulary()
    for _ in range(200):
        texts = [" ".join(rng.choices(words, k=rng.randrange(0, 7))) for _ in range(rng.randrange(1, 6))]
        assert decoded(corpus.encode(texts, vocab), vocab) == [tokens(t) for t in texts], texts


def test_replacing_texts_keeps_the_others_in_place() -> None:
    vocab = corpus.Vocabulary()
    texts = corpus.encode(["alpha beta", "gamma", "delta epsilon"], vocab)
    new = texts.replaced({1: [vocab.add("zeta"), vocab.add("eta")], 2: []})
    assert decoded(new, vocab) == [tokens("alpha beta"), ["zeta", "eta"], []]


def test_postings_list_each_row_once_in_order() -> None:
    words = ["a", "b", "c"]
    ids = np.array([1, 0, 1, 1, 2])
    rows = np.array([3, 0, 0, 3, 1])
    got = corpus.postings(words, ids, rows, 4, unique=True)
    assert {k: v.tolist() for k, v in got.items()} == {"a": [0], "b": [0, 3], "c": [1]}


# --- the index's name documents against a plain one-by-one reading ------------------------------


ITEMS = [
    EntityText("e1", [("en", "Council of Ministers of Defence"), ("ru", "Совет министров обороны")], ["desc"], []),
    EntityText("e2", [("en", "the of and"), ("ru", "и в на")], ["only stop words as names"], []),
    EntityText("e3", [("en", "Council council Council"), ("en", "13 th meeting"), ("ru", "18 -го заседание")], [], []),
    EntityText("e4", [], ["no names at all"], [("a statement", "s")]),
    EntityText("e5", [("en", "Anti-Terrorism Center"), ("ru", "АТЦ"), ("en", "ATC internal affairs")], [], []),
    EntityText("e6", [("en", "x \x00 y"), ("ru", "министерство внутренних дел")], ["x"], []),
]
SYNONYMS = [("atc", ["ATC", "АТЦ", "Anti-Terrorism Center"]), ("mvd", ["internal affairs", "внутренних дел", "МВД"])]


def test_name_documents_equal_a_one_by_one_reading() -> None:
    index = SearchIndex.build(ITEMS, SYNONYMS)
    expected: list[tuple[str, ...]] = []
    ranges = []
    langs: dict[str, int] = {}
    for item in ITEMS:
        own = []
        for lang, text in item.names:
            toks = tuple(dict.fromkeys(index.fold_synonyms(tokens(text))))
            if toks:
                own.append(toks)
                for tok in toks:
                    langs[tok] = langs.get(tok, 0) | (1 if lang == "en" else 2)
        own = own or [()]
        ranges.append(range(len(expected), len(expected) + len(own)))
        expected.extend(own)
    assert index.name_tokens == expected
    assert index.entity_names == ranges
    assert index.token_langs == langs
    assert ("~atc",) in expected and any("~mvd" in toks for toks in expected)
    for tok, docs in index.name_postings.items():
        assert docs.tolist() == [d for d, toks in enumerate(expected) if tok in toks]
    for tok, entities in index.entity_name_postings.items():
        assert entities.tolist() == [e for e, r in enumerate(ranges) if any(tok in expected[d] for d in r)]
    assert index.name_entity.tolist() == [e for e, r in enumerate(ranges) for _ in r]
    assert index.entity_start.tolist() == [r.start for r in ranges]
    assert [sorted(s) for s in index.entity_name_tokens] == [
        sorted({t for d in r for t in expected[d]}) for r in ranges
    ]


def test_an_index_of_nothing_or_of_nameless_entities_answers_nothing() -> None:
    for items in ([], [EntityText("a", [], [], [])], [EntityText("a", [("en", "the of")], ["the"], [])]):
        index = SearchIndex.build(items, SYNONYMS)
        assert index.entity_names == [range(i, i + 1) for i in range(len(items))]
        assert index.search(index.analyse(tokens("council of ministers"))) == []


def test_encoding_collects_the_words_as_written() -> None:
    words: dict[str, str] = {}
    corpus.encode(["Interstate Aviation Committee", "Совет министров, 2025"], corpus.Vocabulary(), words)
    assert words == {
        "interstate": tokens("interstate")[0],
        "aviation": tokens("aviation")[0],
        "committee": tokens("committee")[0],
        "совет": tokens("совет")[0],
        "министров": tokens("министров")[0],
    }
