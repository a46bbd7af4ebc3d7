"""The message catalog: every message the code uses is in the Russian ``.po``, translated, with
the same placeholders in both languages; plurals follow the ``.po``'s Plural-Forms."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.present.messages import placeholders, read_catalog, translate, translate_plural
from tests.telegram_env import TelegramEnv

ROOT = Path(__file__).resolve().parent.parent
# Calls whose first argument (a literal) is a message id; translate_plural's second is one too.
MESSAGE_CALLS = {"translate": 1, "to_translate": 1, "translate_plural": 2, "label": 1}


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        # render.label(...) counts; SQLAlchemy's column.label("n") does not.
        return "" if func.attr == "label" and not _is_render(func.value) else func.attr
    return getattr(func, "id", "")


def _is_render(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("render", "R")


def used_messages(paths: list[Path]) -> dict[tuple[str | None, str], str]:
    """(context, message) → where it is used, for every call of the accessors with literal text."""
    found: dict[tuple[str | None, str], str] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) not in MESSAGE_CALLS:
                continue
            context = next(
                (
                    kw.value.value
                    for kw in node.keywords
                    if kw.arg == "context" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str)
                ),
                None,
            )
            for argument in node.args[: MESSAGE_CALLS[_name(node)]]:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    where = f"{path}:{argument.lineno}:{argument.col_offset + 1}"
                    found.setdefault((context, argument.value), where)
    return found


def code_files() -> list[Path]:
    return sorted([*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/**/*.py")])


def test_every_message_has_a_russian_translation_with_the_same_placeholders() -> None:
    problems = []
    for message in read_catalog("ru"):
        if not message.id:
            continue  # the header
        english = list(message.id) if isinstance(message.id, tuple | list) else [message.id]
        russian = list(message.string) if isinstance(message.string, tuple | list) else [message.string]
        if not all(russian):
            problems.append(f"no Russian text for {message.id!r}")
            continue
        english_names = set().union(*(placeholders(text or "") for text in english))
        russian_names = set().union(*(placeholders(text or "") for text in russian))
        if english_names != russian_names:
            problems.append(f"{message.id!r}: placeholders {sorted(english_names)} vs {sorted(russian_names)}")
        if isinstance(message.id, tuple | list) and len(russian) != 3:
            problems.append(f"{message.id!r}: Russian needs 3 plural forms (one, few, many)")
    assert not problems, "\n".join(problems)


def test_every_message_in_the_code_is_in_the_catalog() -> None:
    known: set[tuple[str | None, str]] = set()
    for message in read_catalog("ru"):
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        known.update((message.context, text) for text in ids)
    missing = [
        f"{where}: {message!r}" + (f" (context {context!r})" if context else "")
        for (context, message), where in used_messages(code_files()).items()
        if (context, message) not in known
    ]
    assert not missing, (
        "messages missing from bot/present/locale/ru/LC_MESSAGES/messages.po "
        "(add msgid with the English text and msgstr with the Russian one):\n" + "\n".join(missing)
    )


def test_every_message_in_the_catalog_is_used() -> None:
    """A message the code no longer says is deleted from the .po, not left to drift."""
    used = set(used_messages(code_files()))
    unused = []
    for message in read_catalog("ru"):
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        if message.id and not any((message.context, text) in used for text in ids):
            unused.append(repr(message.id) + (f" (context {message.context!r})" if message.context else ""))
    assert not unused, "messages in the .po that no code uses:\n" + "\n".join(unused)


def test_the_extraction_sees_calls_with_literal_text(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        'translate("Hello {name}", lang, name=x)\nto_translate("Bye")\n'
        'translate_plural("{number} cat", "{number} cats", n, lang)\ntranslate("off", lang, context="switch")\n'
        "translate(variable, lang)\n"
    )
    found = set(used_messages([source]))
    assert found == {
        (None, "Hello {name}"),
        (None, "Bye"),
        (None, "{number} cat"),
        (None, "{number} cats"),
        ("switch", "off"),
    }


def test_translation_plurals_and_contexts() -> None:
    assert translate("Not allowed.", "en") == "Not allowed."
    assert translate("Not allowed.", "ru") == "Нет доступа."
    assert translate("Page {page} of {pages}", "ru", page=2, pages=5) == "Страница 2 из 5"
    # Russian plural forms from the .po's Plural-Forms: one (1, 21), few (2, 22), many (5, 11, 12).
    forms = [translate_plural("{number} day", "{number} days", number, "ru") for number in (1, 2, 5, 11, 12, 21, 22)]
    assert forms == ["1 день", "2 дня", "5 дней", "11 дней", "12 дней", "21 день", "22 дня"]
    assert [translate_plural("{number} day", "{number} days", number, "en") for number in (1, 2)] == ["1 day", "2 days"]
    # One English word, two Russian ones: told apart by the context.
    assert translate("off", "ru") == "выключена" and translate("off", "ru", context="switch") == "выкл."


@pytest.mark.parametrize(
    ("yes_no", "fact", "sentence", "language_code"),
    [
        (
            "Does the treaty on international controlled delivery operations run until 2030?",
            "What is the period of the treaty on international controlled delivery operations?",
            "The sources do not give the period of",
            "en",
        ),
        (
            "Действует ли договор о международных контролируемых поставках до 2030 года?",
            "На какой срок рассчитан договор о международных контролируемых поставках?",
            "Источники не указывают срок: ",
            "ru",
        ),
    ],
)
async def test_a_missing_period_is_one_message_in_yes_no_and_fact_answers(
    tg: TelegramEnv, yes_no: str, fact: str, sentence: str, language_code: str
) -> None:
    """The same fact missing is said in the same words, whichever way it is asked."""
    checked = await tg.say(yes_no, language_code=language_code)
    asked = await tg.say(fact, language_code=language_code)
    assert sentence in checked[0]["text"] and sentence in asked[0]["text"]
