"""Who holds a post: the posts' titles gathered from the knowledge base when the engine is built, and
the holder of the post a question names ("who is the Secretary-General", "пресс-секретарь
президента России"), a deputy's post kept apart from the principal's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import statement_match
from bot.answers.thresholds import TIE
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed



_WHO_FIRST = re.compile(r"\W*(?:who|кто|kto)\b", re.I)
MAX_POST_TITLES = 200
POST_SHARE = 0.6  # share of a title's words that names its holder ("пресс-секретарь президента России")
# A deputy's post is not the principal's: "the Secretary-General" is not his deputy.
DEPUTY = re.compile(r"\b(?:deputy|vice|заместител\w*|замгенсек\w*|зам|zamestitel\w*)\b", re.I)


def post_asked(engine: Engine, parsed: Parsed) -> str | None:
    """ "Кто такой пресс-секретарь президента России": who holds the post the question names,
    when no person is named but by the post's own words."""
    if parsed.intent.question != "card" or not _WHO_FIRST.match(parsed.text):
        return None
    holder = post_holder(engine, parsed)
    if holder is None or not holder[1]:
        return None
    query = parsed.query
    for hit in statement_match.named_hits(engine, parsed):
        if engine.kb.kind(hit.entity) == "person" and not {query.tokens[i] for i in hit.name_tokens} <= holder[1]:
            return None
    return holder[0]


def build_posts(engine: Engine) -> dict[str, list[tuple[str, frozenset[str], bool, frozenset[str]]]]:
    """Per title word, the titles that have it: a question looks only at the titles sharing its words."""
    posts: dict[str, list[tuple[str, frozenset[str], bool, frozenset[str]]]] = {}
    # Thousands of people hold a few titles: each distinct title is read once.
    read: dict[str, tuple[frozenset[str], bool, frozenset[str], frozenset[str]]] = {}
    for person in engine.kb.of_kind("person"):
        for role in getattr(person, "roles", []):
            for title in (role.title.en, role.title.ru):
                known = read.get(title)
                if known is None:
                    # Folded as the question is ("Генерального секретаря" -> ~secretary_general).
                    words = frozenset(engine.index.fold_synonyms(text_tokens(title))) - engine._generic
                    deputy = DEPUTY.search(title) is not None
                    # A deputy's title holds the principal's ("Deputy Secretary-General").
                    principal = frozenset(engine.index.fold_synonyms(text_tokens(DEPUTY.sub(" ", title))))
                    principal -= engine._generic
                    known = read[title] = (words, deputy, principal, words | (principal if deputy else frozenset()))
                words, deputy, principal, keys = known
                held = (person.id, words, deputy, principal)  # one tuple for all its words
                for word in keys:
                    posts.setdefault(word, []).append(held)
    return posts


def post_holder(engine: Engine, parsed: Parsed) -> tuple[str, frozenset[str]] | None:
    """The one person whose post the question names instead of their name ("what did the
    Russian President's press secretary say") and the title words found: most of one of their
    titles' words are in the question, a deputy's title only when a deputy is asked; nobody when
    two posts fit alike. A principal's post that only a deputy holds gives the deputy with no words."""
    if engine._posts is None:
        engine._posts = build_posts(engine)
    asked = set(parsed.query.tokens)
    asked |= {variant for matches in parsed.query.matches for variant, similarity in matches if similarity >= 0.9}
    deputy_asked = DEPUTY.search(parsed.text) is not None
    best: dict[str, tuple[float, frozenset[str]]] = {}
    similar: dict[str, float] = {}
    for word in asked:
        titles = engine._posts.get(word, ())
        if len(titles) > MAX_POST_TITLES:
            continue  # a word of many titles singles no one out; the rarer words of the post do
        for person_id, words, deputy, principal in titles:
            if deputy and not deputy_asked:
                # The principal's post asked, a deputy's held: a similar post, no holder.
                found = principal & asked
                if len(found) >= 2 and len(found) / len(principal) >= POST_SHARE:
                    similar[person_id] = len(found) / len(principal)
                continue
            if deputy != deputy_asked or len(words) < 2:
                continue
            found = words & asked
            share = len(found) / len(words)
            if len(found) >= 2 and share >= POST_SHARE and share > best.get(person_id, (0.0,))[0]:
                best[person_id] = (share, frozenset(found))
    ranked = sorted(best.items(), key=lambda item: -item[1][0])
    if not ranked:
        # Only a deputy's post fits: the one deputy, with no words of a name (see _said_verdict).
        return (next(iter(similar)), frozenset()) if len(similar) == 1 else None
    if len(ranked) > 1 and ranked[1][1][0] >= ranked[0][1][0] - TIE:
        return None
    return ranked[0][0], ranked[0][1][1]
