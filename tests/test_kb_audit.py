"""What users get after the audit of the knowledge base against the five source documents.

Each case asks the question the way a user would, through ``Engine(kb).answer``, and looks at
the visible text (HTML stripped) with loose patterns, so that rewording the answers keeps the
tests meaningful. The last part checks that ``validate`` holds every abbreviation and expansion
against the documents, with its position in the file.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.answers.engine import Engine
from bot.kb.loader import KnowledgeError, SeedText, load_knowledge
from bot.kb.schema import Fact
from bot.present.answer import ask
from tests.conftest import ROOT


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def answer_text(engine: Engine, question: str) -> str:
    answer = ask(engine, question)
    assert answer.answered, text_of(answer.html)
    return text_of(answer.html)


def with_details(engine: Engine, question: str) -> str:
    """What the More button under the answer shows (the full card), then the answer itself."""
    reply = ask(engine, question)
    assert reply.answered, text_of(reply.html)
    return text_of((reply.more or "") + "\n" + reply.html)


def cited(engine: Engine, question: str) -> list[str]:
    """The ids of the sources an answer cites (its source line names their publishers and dates)."""
    return ask(engine, question).verdict.sources


def body_and_sources(text: str) -> tuple[str, str]:
    """The answer without its source line, and the source line."""
    match = re.search(r"(Sources?|Источники?): ", text)
    return (text[: match.start()], text[match.start() :]) if match else (text, "")


BELTA_FILE = "002_3522b661196935cf.txt"
EXECUTIVE_COMMITTEE_FILE = "001_2c71cc2c076bff5a.txt"


# --- 1. Klemez told the media about the interior ministers' meeting; he did not speak at it -----


@pytest.mark.parametrize(
    "question",
    [
        "Who spoke at the interior ministers' meeting?",
        "Who spoke at the CIS Interior Ministers Council meeting in St Petersburg?",
    ],
)
def test_who_spoke_at_the_interior_ministers_meeting_en(engine: Engine, question: str) -> None:
    text = answer_text(engine, question)
    assert "Klemez" in text
    assert re.search(r"\bmedia\b", text, re.I)
    assert re.search(r"\bnot\b[^.]*\b(spoke|speaker|participants?)\b", text, re.I), text[:500]
    assert not re.search(r"Klemez[^.:;]*—\s*speaker", text), text[:300]


def test_who_spoke_at_the_interior_ministers_meeting_ru(engine: Engine) -> None:
    text = answer_text(engine, "Кто выступил на заседании СМВД СНГ в Санкт-Петербурге?")
    assert "Клемез" in text and "СМИ" in text
    assert re.search(r"\bне\b[^.]*(выступал|участник)", text), text[:500]
    assert not re.search(r"Клемез[^.:;]*—\s*выступил", text), text[:300]


def test_klemez_is_not_among_the_participants(engine: Engine) -> None:
    text = answer_text(engine, "Who attended the Interior Ministers Council meeting in St Petersburg?")
    body, _ = body_and_sources(text)
    assert "Turkmenistan" in body and "Klemez" not in body


def test_the_meeting_card_says_what_klemez_did(engine: Engine) -> None:
    card = with_details(engine, "Meeting of the CIS Interior Ministers Council in St. Petersburg")
    assert re.search(r"Klemez[^•]*media", card), card[:600]
    assert not re.search(r"Klemez\s*\((speaker|participant)\)", card)
    # The symbolic significance is Klemez's remark, not a fact of the meeting.
    assert "was chosen" not in card and re.search(r"Klemez noted the symbolic significance", card)


# --- 2. Names and expansions the documents never give -----------------------------------------


def test_fatf_expansion_is_common_usage_en(engine: Engine) -> None:
    text = answer_text(engine, "What is FATF?")
    assert "Financial Action Task Force" in text
    assert "FATF (Financial Action Task Force)" not in text
    assert re.search(r"common[^.]*Financial Action Task Force", text, re.I)
    assert re.search(r"only the abbreviation", text, re.I)


def test_fatf_expansion_is_common_usage_ru(engine: Engine) -> None:
    text = answer_text(engine, "Что такое ФАТФ?")
    assert "Группа разработки финансовых мер" in text
    assert "ФАТФ (Группа" not in text
    assert re.search(r"общепринят", text) and re.search(r"аббревиатур", text)


@pytest.mark.parametrize(
    ("question", "expansion"),
    [
        ("Who spoke at the interior ministers' meeting?", "Belarusian Telegraph Agency"),
        ("Кто выступил на заседании СМВД СНГ в Санкт-Петербурге?", "Белорусское телеграфное агентство"),
    ],
)
def test_source_line_names_belta_as_the_document_does(engine: Engine, question: str, expansion: str) -> None:
    _, sources = body_and_sources(answer_text(engine, question))
    assert re.search(r"Bel(TA|ТА)", sources) or "БелТА" in sources
    assert cited(engine, question) == ["seed002"] and expansion not in sources


@pytest.mark.parametrize(
    ("question", "short", "caveat"),
    [
        ("What is the BCOC?", "BCOC", r"common usage"),
        ("What is the CSTO?", "CSTO", r"common usage"),
        ("Что такое БКБОП?", "БКБОП", r"общепринят"),
        ("Что такое ОДКБ?", "ОДКБ", r"общепринят"),
    ],
)
def test_common_short_forms_are_said_to_be_common_usage(engine: Engine, question: str, short: str, caveat: str) -> None:
    text = answer_text(engine, question)
    assert re.search(rf"{short}[^.]*{caveat}", text), text[:400]


def test_lists_mark_common_short_forms(engine: Engine) -> None:
    text = answer_text(engine, "Which international organisations are in the knowledge base?")
    assert re.search(r"common\w*:? CSTO", text) and "(CSTO)" not in text
    assert "(EAG)" in text  # the documents use this one


# --- 3. The year of the Dushanbe meetings is inferred; only the document that says it is cited --


@pytest.mark.parametrize(
    "question",
    [
        "When was the Dushanbe summit?",
        "When was the Military Cooperation Concept approved?",
        "When was the Joint Statement on Combating Transnational Crime adopted?",
    ],
)
def test_dushanbe_dates_carry_their_caveat_and_only_their_source_en(engine: Engine, question: str) -> None:
    text = answer_text(engine, question)
    body, _sources = body_and_sources(text)
    assert re.search(r"October 2025[^.]*\binferred\b", body), body[:400]
    assert cited(engine, question) == ["seed001"]


def test_dushanbe_date_caveat_ru(engine: Engine) -> None:
    body, _sources = body_and_sources(answer_text(engine, "Когда прошёл саммит СНГ в Душанбе?"))
    assert re.search(r"(?i)октябрь 2025\b.{0,20}\bгод выведен", body), body[:400]
    assert cited(engine, "Когда прошёл саммит СНГ в Душанбе?") == ["seed001"]


def test_dushanbe_place_cites_only_the_document_that_names_it(engine: Engine) -> None:
    assert cited(engine, "Where was the Dushanbe summit?") == ["seed001"]


# --- 4. The Concept and the programmes "were approved", by no one named ------------------------


def test_no_one_is_said_to_have_approved_the_concept_en(engine: Engine) -> None:
    text = with_details(engine, "Tell me about the Dushanbe summit")
    body, _ = body_and_sources(text)
    assert re.search(r"were approved|was approved", body)
    assert not re.search(r"\b(leaders|Heads of State)\b[^.;]*(?<!were )(?<!was )\bapproved\b", body), body[:600]


def test_no_one_is_said_to_have_approved_the_concept_ru(engine: Engine) -> None:
    body, _ = body_and_sources(with_details(engine, "Расскажи о саммите СНГ в Душанбе"))
    assert re.search(r"[Оо]добрен", body)
    assert not re.search(r"([Лл]идеры|главы государств)[^.;]*одобрили", body), body[:600]


def test_approved_documents_are_not_said_to_be_adopted(engine: Engine) -> None:
    body, _ = body_and_sources(answer_text(engine, "When was the Military Cooperation Concept approved?"))
    assert re.search("approved at", body, re.I) and not re.search("adopted at", body, re.I)


# --- 5. Smaller wording ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["Tell me about the Dushanbe summit", "What is the Shanghai Cooperation Organization?"]
)
def test_sco_status_was_decided_not_granted(engine: Engine, question: str) -> None:
    body, _ = body_and_sources(with_details(engine, question))
    assert "decided to grant" in body and not re.search(r"\bgranted\b", body), body[:600]


def test_these_documents_are_the_concept_and_programmes(engine: Engine) -> None:
    # The record's own wording ("what did the leaders adopt in Dushanbe?" now answers with the summit's
    # outcomes list, not this fact's card)
    fact = engine.kb.entities["fact_dushanbe_security_documents"]
    assert isinstance(fact, Fact)
    text = fact.value.en
    assert "These documents define" not in text
    assert re.search(r"Concept and the two programmes define", text), text[:800]


def test_sessions_are_counted_as_the_source_counts_them_en(engine: Engine) -> None:
    body, _ = body_and_sources(answer_text(engine, "How many sessions did the XVIII meeting have?"))
    assert re.search(r"plenary session and 4 speciali[sz]ed sessions", body)
    assert not re.search(r"Sessions:?\s*5\b", body)


def test_sessions_are_counted_as_the_source_counts_them_ru(engine: Engine) -> None:
    body, _ = body_and_sources(answer_text(engine, "Сколько сессий было на XVIII совещании?"))
    assert re.search(r"пленарное заседание и 4 специализированные сессии", body)
    assert not re.search(r"Сессии:?\s*5\b", body)


# --- validation: abbreviations and expansions against the documents ------------------------------

SEED = """\
The Imaginary Council of Owls (ICO) met in the Hollow Tree, “Owl-Week – 2031”.
It heard the NOCTURNAL Bureau.
"""

SOURCES = """\
sources:
  - id: tale
    file: tale.txt
    publisher: {en: "OWLPRESS (Owl Press Agency)", ru: "СОВПРЕСС"}
    title: {en: A tale, ru: Сказка}
"""


def bodies(extra: str = "") -> str:
    return textwrap.dedent(
        """\
        bodies:
          - id: owls
            name: {en: Imaginary Council of Owls, ru: Воображаемый совет сов}
            short: {en: [ICO, "Owl-Week - 2031"], ru: [ВСС]}
            description: {en: A fictional council., ru: Вымышленный совет.}
            category: other
            sources: [tale]
        """
    ) + textwrap.indent(textwrap.dedent(extra), "    ")


def write_kb(tmp_path: Path, body_text: str, sources: str = SOURCES, seed: str | None = SEED) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "sources.yaml").write_text(sources, encoding="utf-8")
    (tmp_path / "bodies.yaml").write_text(body_text, encoding="utf-8")
    if seed is not None:
        (tmp_path / "seeds").mkdir()
        (tmp_path / "seeds" / "tale.txt").write_text(seed, encoding="utf-8")
    return tmp_path


def errors_of(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory)
    return [str(e) for e in info.value.errors]


def test_seed_text_matching_ignores_case_quotes_dashes_and_spacing() -> None:
    seeds = SeedText([SEED])
    assert seeds.has("owl-week — 2031") and seeds.has('"Owl-Week - 2031"') and seeds.has("hollow   TREE")
    assert seeds.has("nocturnal bureau") and not seeds.has("Ow") and not seeds.has("Owl Week 2032")


def test_undocumented_abbreviations_and_expansions_are_reported_with_their_position(tmp_path: Path) -> None:
    errors = errors_of(
        write_kb(tmp_path, bodies("aliases: {en: [OWLS]}\nexpansion: {en: Parliament of Owls, ru: Парламент сов}\n"))
    )
    # The publisher's expansion and the entry's are not in the document. ICO is; the Russian ВСС
    # passes as its translation; aliases only help search and are not checked.
    assert any(e.startswith("sources.yaml:4:") and "'Owl Press Agency'" in e for e in errors), errors
    assert any(re.match(r"bodies\.yaml:\d+:\d+: expansion 'Parliament of Owls'", e) for e in errors), errors
    assert not any("ICO" in e or "Owl-Week" in e or "ВСС" in e or "OWLS" in e for e in errors), errors
    assert len(errors) == 2, errors


def test_short_form_not_in_the_documents_needs_marking(tmp_path: Path) -> None:
    text = bodies().replace('short: {en: [ICO, "Owl-Week - 2031"], ru: [ВСС]}', "short: {en: [ICO, IMCO], ru: [ВСС]}")
    sources = SOURCES.replace(' (Owl Press Agency)"', '"')
    errors = errors_of(write_kb(tmp_path, text, sources))
    assert len(errors) == 1 and re.match(r"bodies\.yaml:4:\d+: short form 'IMCO'", errors[0]), errors
    assert "common_usage.en" in errors[0]


def test_marked_common_usage_passes_and_must_name_a_real_term(tmp_path: Path) -> None:
    sources = SOURCES.replace(' (Owl Press Agency)"', '"')
    text = bodies(
        "common_usage: {en: [IMCO, Parliament of Owls], ru: [СОВЫ]}\n"
        "expansion: {en: Parliament of Owls, ru: Парламент сов}\n"
    ).replace('short: {en: [ICO, "Owl-Week - 2031"], ru: [ВСС]}', "short: {en: [ICO, IMCO], ru: [ВСС]}")
    errors = errors_of(write_kb(tmp_path, text, sources))
    assert len(errors) == 1 and "'СОВЫ' is not a short form, alias or expansion" in errors[0], errors
    write_kb(tmp_path / "ok", text.replace(", ru: [СОВЫ]", ""), sources)
    load_knowledge(tmp_path / "ok")


def test_russian_abbreviation_without_a_documented_counterpart_needs_marking(tmp_path: Path) -> None:
    sources = SOURCES.replace(' (Owl Press Agency)"', '"')
    text = bodies().replace('short: {en: [ICO, "Owl-Week - 2031"], ru: [ВСС]}', "short: {en: [Owl Council], ru: [ВСС]}")
    errors = errors_of(write_kb(tmp_path, text, sources))
    assert len(errors) == 1 and "short form 'ВСС'" in errors[0] and "common_usage.ru" in errors[0], errors


def test_without_seeds_the_names_are_not_checked(tmp_path: Path) -> None:
    load_knowledge(write_kb(tmp_path, bodies("expansion: {en: Parliament of Owls, ru: Парламент сов}\n"), seed=None))


def test_cli_validate_reports_file_line_column(tmp_path: Path) -> None:
    write_kb(tmp_path, bodies())
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "validate", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == 1
    assert re.search(r"^sources\.yaml:4:\d+: publisher gives 'OWLPRESS' the expansion", proc.stderr, re.M), proc.stderr


def test_real_knowledge_base_passes_the_check_against_its_documents() -> None:
    from tests.conftest import KNOWLEDGE

    assert (Path(KNOWLEDGE) / "seeds").is_dir()
    load_knowledge(KNOWLEDGE)
