"""Many texts at once as arrays of token ids, for building the search index in bulk.

A knowledge base of 10,000 entities has some 70,000 names; analysing them one Python call per
text, and then walking their tokens again for every posting list, was a third of the index
build. Here the texts are split into whitespace-separated chunks in one pass, each distinct
chunk is analysed once (:func:`bot.search.text.chunk_tokens` keeps them), and every text's tokens are
gathered from its chunks' with numpy. The result is exactly what :func:`bot.search.text.tokens` gives
text by text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from bot.search.text import SEPARATOR, chunk_tokens, chunk_words, number_suffix_chunks
from bot.search.text import tokens as text_tokens


class Vocabulary:
    """Tokens and their ids, numbered in order of first appearance."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []

    def __len__(self) -> int:
        return len(self.words)

    def add(self, word: str) -> int:
        found = self.ids.get(word)
        if found is None:
            found = self.ids[word] = len(self.words)
            self.words.append(word)
        return found

    def encode(self, words: Iterable[str]) -> list[int]:
        return list(map(self.add, words))

    def array(self, words: Sequence[str]) -> np.ndarray:
        """The ids of many words, as an array (new words are added first, in bulk)."""
        for word in dict.fromkeys(words).keys() - self.ids.keys():
            self.add(word)
        return np.fromiter(map(self.ids.__getitem__, words), dtype=np.int64, count=len(words))


@dataclass(frozen=True)
class Texts:
    """The tokens of ``count`` texts: ``ids`` text after text, ``owner`` the text of each."""

    ids: np.ndarray
    owner: np.ndarray
    count: int

    def bounds(self) -> np.ndarray:
        """Where each text's tokens start, and after the last one where they end."""
        ends = np.cumsum(np.bincount(self.owner, minlength=self.count))
        return np.concatenate((np.zeros(1, dtype=np.int64), ends))

    def replaced(self, texts: Mapping[int, Sequence[int]]) -> Texts:
        """The same texts with the tokens of some (by number) replaced."""
        if not texts:
            return self
        numbers = np.fromiter(texts, dtype=np.int64, count=len(texts))
        keep = ~np.isin(self.owner, numbers)
        sizes = np.fromiter(map(len, texts.values()), dtype=np.int64, count=len(texts))
        new_ids = np.fromiter(chain.from_iterable(texts.values()), dtype=np.int64, count=int(sizes.sum()))
        ids = np.concatenate((self.ids[keep], new_ids))
        owner = np.concatenate((self.owner[keep], np.repeat(numbers, sizes)))
        order = np.argsort(owner, kind="stable")
        return Texts(ids[order], owner[order], self.count)


def from_lists(lists: Sequence[Sequence[str]], vocab: Vocabulary) -> Texts:
    """Texts already split into tokens."""
    sizes = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    ids = vocab.array(list(chain.from_iterable(lists)))
    return Texts(ids, np.repeat(np.arange(len(lists), dtype=np.int64), sizes), len(lists))


def encode(texts: Sequence[str], vocab: Vocabulary, words: dict[str, str] | None = None) -> Texts:
    """``[text_tokens(t) for t in texts]`` as token ids, in a few passes over all the texts.
    ``words``: filled with the texts' words and their tokens (see :func:`bot.search.text.chunk_words`)."""
    # A chunk never contains whitespace and a token never a control character, so a lone
    # SEPARATOR chunk marks where one text ends and the next begins.
    chunks = f" {SEPARATOR} ".join(texts).split()
    distinct = list(dict.fromkeys(chunks))
    number = dict(zip(distinct, range(len(distinct)), strict=True))
    sep = number.get(SEPARATOR, -1)
    chunk_ids = np.fromiter(map(number.__getitem__, chunks), dtype=np.int64, count=len(chunks))
    is_sep = chunk_ids == sep
    if int(is_sep.sum()) != max(len(texts) - 1, 0):  # some text holds the separator itself
        return from_lists([text_tokens(t) for t in texts], vocab)
    analysed = [chunk_tokens(chunk) if chunk != SEPARATOR else () for chunk in distinct]
    if words is not None:
        words.update(chain.from_iterable(map(chunk_words, distinct)))
    lengths = np.fromiter(map(len, analysed), dtype=np.int64, count=len(analysed))
    flat = np.fromiter(map(vocab.add, chain.from_iterable(analysed)), dtype=np.int64, count=int(lengths.sum()))
    first = np.cumsum(lengths) - lengths  # where each distinct chunk's tokens start in ``flat``
    counts = lengths[chunk_ids]
    placed = np.cumsum(counts) - counts  # where each chunk's tokens go in the result
    gather = np.repeat(first[chunk_ids] - placed, counts) + np.arange(int(counts.sum()), dtype=np.int64)
    result = Texts(flat[gather], np.repeat(np.cumsum(is_sep), counts), len(texts))
    # A number written apart from its suffix ("18 -го") shows only in the whole text.
    apart = [number[chunk] for chunk in number_suffix_chunks(number)]
    if apart:
        holding = np.unique(np.cumsum(is_sep)[np.isin(chunk_ids, apart)])
        result = result.replaced({i: vocab.encode(text_tokens(texts[i])) for i in holding.tolist()})
    return result


def postings(
    words: Sequence[str], ids: np.ndarray, rows: np.ndarray, n_rows: int, *, unique: bool = False
) -> dict[str, np.ndarray]:
    """Token -> ascending rows holding it, for tokens (``ids`` into ``words``) found in ``rows``.
    ``unique``: a row may hold a token more than once, and is listed once."""
    keys = ids * n_rows + rows
    keys.sort()
    if unique and len(keys):
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    tokens = keys // n_rows if n_rows else keys
    ordered = keys - tokens * n_rows
    counts = np.bincount(tokens, minlength=len(words))
    ends = np.cumsum(counts).tolist()
    starts = [0, *ends[:-1]]
    # The tokens present are those counted: no np.unique (a hash table and a sort of every key, and
    # on its first call the import of numpy.ma).
    return {words[t]: ordered[starts[t] : ends[t]] for t in counts.nonzero()[0].tolist()}


def invert(rows: Sequence[Collection[str]]) -> dict[str, np.ndarray]:
    """Token -> ascending indexes of the rows holding it (a row lists each token once)."""
    vocab = Vocabulary()
    ids = vocab.array(list(chain.from_iterable(rows)))
    owners = np.repeat(np.arange(len(rows), dtype=np.int64), np.fromiter(map(len, rows), np.int64, len(rows)))
    return postings(vocab.words, ids, owners, len(rows))
