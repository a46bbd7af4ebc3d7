"""Message text as Telegram sees it: ``parse_mode`` HTML → plain text + entities, lengths in UTF-16.

The HTML grammar follows TDLib's ``parse_html`` (what the Bot API server runs): supported tags are
``b strong i em u ins s strike del span tg-spoiler a code pre blockquote tg-emoji``; ``span`` needs
``class="tg-spoiler"``; tags must nest and close properly; errors are worded as Telegram words them
(``Unsupported start tag "foo" at byte offset 12``, ``Unmatched end tag at byte offset 9, expected
"</b>", found "</i>"``, ``Can't find end tag corresponding to start tag "b"``, ...), with byte offsets
into the UTF-8 text.

Entities: ``&lt; &gt; &amp; &quot;`` and numeric ``&#NN;`` / ``&#xHH;`` are decoded (the ``;`` is
optional, as in TDLib). Like Telegram, any other ``&name;`` is kept literally — in ``strict`` mode it is
rejected instead (``Unsupported HTML entity "&nbsp;" at byte offset N``: the fake's wording, Telegram
has none), and so is ``<a>`` without ``href``.

After parsing, leading and trailing whitespace is trimmed (entities are clipped accordingly), as Telegram
does; an empty result is "message text is empty".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from bot.fake_telegram.errors import bad_request

SUPPORTED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    }
)
_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACE = " \t\n\r\f\v"


class EntityParseError(ValueError):
    """Text invalid for its parse_mode; ``str(exc)`` is Telegram's detail after "can't parse entities: "."""


_PLAIN_RUN = re.compile(r"[^<&]*")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets and text limits."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2  # a lone surrogate is one unit too


@dataclass
class FormattedText:
    """Telegram's view of a text: what users see and the entities on it."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    argument: str
    expandable: bool
    offset: int  # UTF-16 offset in the output where the tag opened
    begin: int  # index of '<' in the source


def _decode_entity(source: str, pos: int) -> tuple[str | None, int]:
    """Decode the entity at ``source[pos] == '&'`` the TDLib way: (char, next index) or (None, pos)."""
    n = len(source)
    end = pos + 1
    if end < n and source[end] == "#":
        end += 1
        value = 0
        digits = 0
        hexadecimal = end < n and source[end] in "xX"
        if hexadecimal:
            end += 1
        while end < n and (source[end] in "0123456789abcdefABCDEF" if hexadecimal else source[end].isdigit()):
            value = value * (16 if hexadecimal else 10) + int(source[end], 16)
            digits += 1
            end += 1
            if value >= 0x10FFFF:
                return None, pos
        if digits == 0 or value == 0 or 0xD800 <= value <= 0xDFFF:
            return None, pos
        char = chr(value)
    else:
        while end < n and source[end].isascii() and source[end].isalpha():
            end += 1
        name = source[pos + 1 : end]
        if name not in _NAMED_ENTITIES:
            return None, pos
        char = _NAMED_ENTITIES[name]
    if end < n and source[end] == ";":
        end += 1
    return char, end


def _normalize_url(url: str) -> str | None:
    """A usable link target or None (Telegram then silently drops the link entity)."""
    url = url.strip()
    if not url or any(ch in url for ch in _SPACE):
        return None
    parts = urlsplit(url)
    if parts.scheme:
        if parts.scheme.lower() in ("http", "https", "ftp", "ton", "tonsite") and parts.netloc:
            return url
        if parts.scheme.lower() == "tg":
            return url
        return None
    if "." in url.split("/", 1)[0]:
        return "http://" + url
    return None


def parse_html(source: str, *, strict: bool = False) -> FormattedText:
    """Parse Telegram HTML; raise :class:`EntityParseError` worded as Telegram words its refusal."""

    def byte_offset(index: int) -> int:
        return len(source[:index].encode("utf-8", "surrogatepass"))

    n = len(source)
    out: list[str] = []
    u16 = 0
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i = 0

    def skip_spaces(k: int) -> int:
        while k < n and source[k] in _SPACE:
            k += 1
        return k

    while i < n:
        ch = source[i]
        if ch == "&":
            decoded, nxt = _decode_entity(source, i)
            if decoded is not None:
                out.append(decoded)
                u16 += utf16_len(decoded)
                i = nxt
                continue
            if strict:
                end = i + 1
                while end < n and (source[end].isalnum() or source[end] == "#"):
                    end += 1
                if end < n and source[end] == ";" and end > i + 1:
                    raise EntityParseError(
                        f'Unsupported HTML entity "{source[i : end + 1]}" at byte offset {byte_offset(i)}'
                    )
        if ch != "<":
            # A whole run of plain text at once (the character loop was the double's hot spot).
            run = _PLAIN_RUN.match(source, i + 1)
            end = run.end() if run else i + 1
            text = source[i:end]
            out.append(text)
            u16 += utf16_len(text)
            i = end
            continue

        begin = i
        i += 1
        if i < n and source[i] == "/":
            # an end tag
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {byte_offset(begin)}")
            i += 1
            name_start = i
            while i < n and source[i] not in _SPACE and source[i] != ">":
                i += 1
            end_name = source[name_start:i]
            i = skip_spaces(i)
            if i >= n or source[i] != ">":
                raise EntityParseError(f"Unclosed end tag at byte offset {byte_offset(begin)}")
            i += 1
            top = stack[-1]
            if end_name and end_name != top.tag:  # TDLib compares the end tag as written
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {byte_offset(begin)}, expected "</{top.tag}>", '
                    f'found "</{end_name}>"'
                )
            stack.pop()
            if u16 > top.offset:
                _close(top, u16, "".join(out), entities, strict, byte_offset(top.begin))
            continue

        # a start tag
        name_start = i
        while i < n and source[i] not in _SPACE and source[i] != ">":
            i += 1
        if i >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
        tag = source[name_start:i].lower()
        if tag not in SUPPORTED_TAGS:
            raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {byte_offset(begin)}')
        argument = ""
        expandable = False
        while True:
            i = skip_spaces(i)
            if i >= n:
                raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {byte_offset(begin)}')
            if source[i] == ">":
                break
            attr_start = i
            while i < n and source[i] not in _SPACE and source[i] not in "=>":
                i += 1
            attr = source[attr_start:i].lower()
            if not attr:
                raise EntityParseError(f'Empty attribute name in the tag "{tag}" at byte offset {byte_offset(begin)}')
            i = skip_spaces(i)
            if i >= n:
                raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {byte_offset(begin)}')
            if source[i] != "=":
                if tag == "blockquote" and attr == "expandable":
                    expandable = True
                    continue
                raise EntityParseError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {byte_offset(begin)}"
                )
            i = skip_spaces(i + 1)
            if i >= n:
                raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {byte_offset(begin)}')
            if source[i] in "\"'":
                quote = source[i]
                i += 1
                value_chars: list[str] = []
                while i < n and source[i] != quote:
                    if source[i] == "&":
                        decoded, nxt = _decode_entity(source, i)
                        if decoded is not None:
                            value_chars.append(decoded)
                            i = nxt
                            continue
                    value_chars.append(source[i])
                    i += 1
                if i >= n:
                    raise EntityParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
                i += 1
                value = "".join(value_chars)
            else:
                token_start = i
                while i < n and source[i].isascii() and (source[i].isalnum() or source[i] in ".-"):
                    i += 1
                value = source[token_start:i].lower()
                if i >= n or (source[i] not in _SPACE and source[i] != ">"):
                    raise EntityParseError(f"Unexpected end of name token at byte offset {byte_offset(token_start)}")
            if tag == "a" and attr == "href":
                argument = value
            elif tag == "code" and attr == "class" and value.startswith("language-"):
                argument = value.removeprefix("language-")
            elif tag == "span" and attr == "class" and value.startswith("tg-"):
                argument = value.removeprefix("tg-")
            elif tag == "tg-emoji" and attr == "emoji-id":
                argument = value
            elif tag == "blockquote" and attr == "expandable":
                expandable = True
        if tag == "span" and argument != "spoiler":
            raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset(begin)}')
        if tag == "a" and strict and not argument:
            raise EntityParseError(f'Tag "a" must have attribute "href" at byte offset {byte_offset(begin)}')
        stack.append(_Open(tag, argument, expandable, u16, begin))
        i += 1  # past '>'

    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return FormattedText("".join(out), entities)


def _close(top: _Open, u16: int, text: str, entities: list[dict[str, Any]], strict: bool, where: int) -> None:
    """Turn a closed tag into an entity (or merge pre/code, or drop an unusable link)."""
    offset, length = top.offset, u16 - top.offset
    if top.tag in _SIMPLE:
        entities.append({"type": _SIMPLE[top.tag], "offset": offset, "length": length})
    elif top.tag == "tg-emoji":
        if not top.argument.isdigit() or int(top.argument) == 0:
            raise EntityParseError("Invalid custom emoji identifier specified")
        entities.append({"type": "custom_emoji", "offset": offset, "length": length, "custom_emoji_id": top.argument})
    elif top.tag == "a":
        target = top.argument or _utf16_slice(text, offset, length)
        if target.startswith("tg://user?id="):
            user_id = target.removeprefix("tg://user?id=")
            if user_id.isdigit():
                entities.append(
                    {
                        "type": "text_mention",
                        "offset": offset,
                        "length": length,
                        "user": {"id": int(user_id), "is_bot": False, "first_name": ""},
                    }
                )
            return
        url = _normalize_url(target)
        if url is not None:
            entities.append({"type": "text_link", "offset": offset, "length": length, "url": url})
    elif top.tag == "pre":
        last = entities[-1] if entities else None
        if last and last["type"] == "code" and last["offset"] == offset and last["length"] == length:
            last["type"] = "pre"
        else:
            entities.append({"type": "pre", "offset": offset, "length": length})
    elif top.tag == "code":
        last = entities[-1] if entities else None
        if last and last["type"] == "pre" and last["offset"] == offset and last["length"] == length:
            if top.argument:
                last["language"] = top.argument
        else:
            entity: dict[str, Any] = {"type": "code", "offset": offset, "length": length}
            if top.argument:
                entity["language"] = top.argument  # kept only if a <pre> wraps it exactly
            entities.append(entity)
    elif top.tag == "blockquote":
        kind = "expandable_blockquote" if top.expandable else "blockquote"
        entities.append({"type": kind, "offset": offset, "length": length})


def _utf16_slice(text: str, offset: int, length: int) -> str:
    encoded = text.encode("utf-16-le", "surrogatepass")
    return encoded[offset * 2 : (offset + length) * 2].decode("utf-16-le", "surrogatepass")


def _trim(formatted: FormattedText) -> FormattedText:
    """Strip leading/trailing whitespace and clip the entities to what remains, as Telegram does."""
    text = formatted.text
    stripped = text.strip()
    if stripped == text:
        return formatted
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(stripped)
    entities = []
    for entity in formatted.entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return FormattedText(stripped, entities)


def _drop_stray_code_language(formatted: FormattedText) -> FormattedText:
    for entity in formatted.entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    return formatted


@lru_cache(maxsize=1024)
def _parsed_html(source: str, strict: bool) -> FormattedText:
    """A bot sends the same texts again and again (an answer, a menu): each is parsed once. A text
    Telegram refuses is not kept (the error is raised again, as Telegram would refuse it again)."""
    return _drop_stray_code_language(parse_html(source, strict=strict))


def _copy(formatted: FormattedText) -> FormattedText:
    """A kept parse, copied: messages keep their entities and tests may change them."""
    entities = [
        {key: dict(value) if isinstance(value, dict) else value for key, value in entity.items()}
        for entity in formatted.entities
    ]
    return FormattedText(formatted.text, entities)


def format_text(
    source: str,
    parse_mode: str | None,
    entities: list[dict[str, Any]] | None = None,
    *,
    strict: bool = False,
    empty_error: str | None = "message text is empty",
) -> FormattedText:
    """Telegram's processing of ``text``/``caption`` with ``parse_mode`` or explicit ``entities``.

    Raises ``ApiError`` 400 with Telegram's wording ("unsupported parse_mode", "can't parse entities: ...",
    ``empty_error``; None allows an empty result, as for captions). Markdown and MarkdownV2 are
    accepted but not parsed (the text is kept as sent).
    """
    if entities:
        formatted = FormattedText(source, [dict(e) for e in entities])
    elif parse_mode:
        mode = parse_mode.strip().lower()
        if mode == "html":
            try:
                formatted = _copy(_parsed_html(source, strict))
            except EntityParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from None
        elif mode in ("markdown", "markdownv2"):
            formatted = FormattedText(source)
        else:
            raise bad_request("unsupported parse_mode")
    else:
        formatted = FormattedText(source)
    formatted = _trim(formatted)
    if not formatted.text and empty_error is not None:
        raise bad_request(empty_error)
    return formatted


def text_length(text: str, unit: str = "utf16") -> int:
    """Length for Telegram's size limits: UTF-16 code units (default) or code points."""
    return utf16_len(text) if unit == "utf16" else len(text)
