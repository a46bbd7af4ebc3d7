"""The loader: valid data loads; every kind of bad input is reported with file:line:column."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.kb.loader import KnowledgeError, ParseCache, load_knowledge

# Plainly fictional data: the loader is tested on its own small knowledge base.
SOURCES = """\
sources:
  - id: src1
    file: fictional.txt
    publisher: {en: Fictional Gazette, ru: Вымышленная газета}
    date: "2031-02-03"
    title: {en: A made-up article, ru: Выдуманная статья}
"""
BODIES = """\
bodies:
  - id: council_of_owls
    name: {en: Council of Owls, ru: Совет сов}
    description: {en: A fictional council., ru: Вымышленный совет.}
    category: sectoral
    sources: [src1]
"""
MEETINGS = """\
meetings:
  - id: owl_meeting
    name: {en: First Owl Meeting, ru: Первое заседание сов}
    description: {en: A fictional meeting., ru: Вымышленное заседание.}
    body: council_of_owls
    date: "2031-02-01"
    sources: [src1]
"""


def write(directory: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        (directory / name).write_text(textwrap.dedent(content), encoding="utf-8")
    return directory


def errors_of(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory)
    return [str(e) for e in info.value.errors]


def valid(tmp_path: Path) -> Path:
    return write(tmp_path, {"sources.yaml": SOURCES, "bodies.yaml": BODIES, "meetings.yaml": MEETINGS})


def test_valid_directory_loads(tmp_path: Path) -> None:
    data = load_knowledge(valid(tmp_path))
    assert data.kinds == {"council_of_owls": "body", "owl_meeting": "meeting"}
    assert data.sources["src1"].publisher.en == "Fictional Gazette"


def test_yaml_syntax_error_has_position(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "bodies.yaml").write_text("bodies:\n  - id: x\n    name: {en: a, ru: b\n", encoding="utf-8")
    (err,) = errors_of(tmp_path)
    assert err.startswith("bodies.yaml:4:1: YAML error")


def test_wrong_type(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "meetings.yaml").write_text(MEETINGS.replace('date: "2031-02-01"', "date: [1, 2]"))
    (err,) = errors_of(tmp_path)
    assert err.startswith("meetings.yaml:6:11: meetings.0.date:")


def test_unknown_key_points_at_the_key(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "bodies.yaml").write_text(BODIES + "    colour: blue\n")
    assert errors_of(tmp_path) == ["bodies.yaml:7:5: unknown key 'colour'"]


def test_missing_field_points_at_the_entry(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "bodies.yaml").write_text(BODIES.replace("    category: sectoral\n", ""))
    assert errors_of(tmp_path) == ["bodies.yaml:2:5: missing required field 'category'"]


def test_dangling_reference(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "meetings.yaml").write_text(MEETINGS.replace("body: council_of_owls", "body: council_of_bats"))
    assert errors_of(tmp_path) == ["meetings.yaml:5:11: body: unknown id 'council_of_bats'"]


def test_reference_to_wrong_kind(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "meetings.yaml").write_text(MEETINGS.replace("body: council_of_owls", "body: owl_meeting"))
    assert errors_of(tmp_path) == ["meetings.yaml:5:11: body: 'owl_meeting' is a meeting, expected body"]


def test_unknown_source(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "bodies.yaml").write_text(BODIES.replace("[src1]", "[src1, src9]"))
    assert errors_of(tmp_path) == ["bodies.yaml:6:21: unknown source 'src9'"]


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    valid(tmp_path)
    write(tmp_path, {"more.yaml": BODIES})
    assert errors_of(tmp_path) == ["more.yaml:2:9: duplicate id 'council_of_owls' (first defined in bodies.yaml)"]


def test_duplicate_key(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "bodies.yaml").write_text(BODIES + "    category: specialised\n")
    assert errors_of(tmp_path) == ["bodies.yaml:7:5: duplicate key 'category'"]


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2031-02-30", "impossible date '2031-02-30': February 2031 has 28 days"),
        ("2031-13", "impossible date '2031-13': month 13"),
        ("31.02.2031", "date '31.02.2031' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_impossible_dates(tmp_path: Path, date: str, message: str) -> None:
    valid(tmp_path)
    (tmp_path / "meetings.yaml").write_text(MEETINGS.replace('"2031-02-01"', f'"{date}"'))
    assert errors_of(tmp_path) == [f"meetings.yaml:6:11: meetings.0.date: {message}"]


def test_python_tag_is_rejected_not_executed(tmp_path: Path) -> None:
    valid(tmp_path)
    marker = tmp_path / "pwned"
    (tmp_path / "evil.yaml").write_text(
        f"bodies: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    (err,) = errors_of(tmp_path)
    assert err.startswith("evil.yaml:1:9: YAML error: could not determine a constructor")
    assert not marker.exists()


def test_every_error_is_reported_at_once(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "bodies.yaml").write_text(BODIES + "    colour: blue\n")
    (tmp_path / "meetings.yaml").write_text(MEETINGS.replace('"2031-02-01"', '"2031-02-30"'))
    errs = errors_of(tmp_path)
    assert [e.split(":")[0] for e in errs] == ["bodies.yaml", "meetings.yaml"]


def test_binary_garbage(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "garbage.yaml").write_bytes(b"bodies:\n  \xff\xfe\x00\x01")
    (err,) = errors_of(tmp_path)
    assert err == "garbage.yaml:2:3: file is not UTF-8 text"


def test_huge_file(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "huge.yaml").write_text("# " + "x" * (10 * 1024 * 1024))
    (err,) = errors_of(tmp_path)
    assert err.startswith("huge.yaml:1:1: file is 10485762 bytes; the limit is")


def test_empty_directory(tmp_path: Path) -> None:
    assert errors_of(tmp_path) == [f"{tmp_path}:1:1: no .yaml files in the knowledge directory"]


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "list.yaml").write_text("- just\n- a list\n")
    assert errors_of(tmp_path) == ["list.yaml:1:1: top level must be a mapping of sections"]


def test_empty_file_is_fine(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "empty.yaml").write_text("")
    assert len(load_knowledge(tmp_path).entities) == 2


def test_real_knowledge_base_is_valid() -> None:
    from tests.conftest import KNOWLEDGE

    data = load_knowledge(KNOWLEDGE)
    kinds = list(data.kinds.values())
    assert kinds.count("body") >= 19
    assert all(e.sources for e in data.entities.values())


# --- the parse cache kept between reloads --------------------------------------------------------


def test_cache_reuses_unchanged_files_and_reparses_changed_ones(tmp_path: Path) -> None:
    directory = valid(tmp_path)
    cache = ParseCache()
    first = load_knowledge(directory, cache)
    again = load_knowledge(directory, cache)
    # The very same validated objects: nothing was parsed a second time.
    assert again.entities["council_of_owls"] is first.entities["council_of_owls"]
    write(directory, {"bodies.yaml": BODIES.replace("Council of Owls", "Council of Wise Owls")})
    changed = load_knowledge(directory, cache)
    assert changed.entities["council_of_owls"].name.en == "Council of Wise Owls"
    assert changed.entities["owl_meeting"] is first.entities["owl_meeting"]
    assert changed.digests["bodies.yaml"] != first.digests["bodies.yaml"]


def test_cached_file_still_gets_cross_file_errors_with_their_position(tmp_path: Path) -> None:
    directory = valid(tmp_path)
    cache = ParseCache()
    load_knowledge(directory, cache)
    # meetings.yaml is unchanged (served from the cache) but what it refers to is gone.
    write(directory, {"bodies.yaml": BODIES.replace("id: council_of_owls", "id: council_of_crows")})
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory, cache)
    assert [str(e) for e in info.value.errors] == ["meetings.yaml:5:11: body: unknown id 'council_of_owls'"]


def test_cache_forgets_removed_files_and_never_keeps_invalid_ones(tmp_path: Path) -> None:
    directory = valid(tmp_path)
    cache = ParseCache()
    load_knowledge(directory, cache)
    (directory / "meetings.yaml").unlink()
    assert set(load_knowledge(directory, cache).entities) == {"council_of_owls"}
    write(directory, {"meetings.yaml": MEETINGS.replace('"2031-02-01"', '"2031-02-30"')})
    assert errors_of(directory) == errors_of(directory)  # reported every time, not cached away
    with pytest.raises(KnowledgeError):
        load_knowledge(directory, cache)
    with pytest.raises(KnowledgeError):
        load_knowledge(directory, cache)


# --- anchors, aliases and size: a file's cost is bounded before it is built ---------------------------

# The classic "billion laughs": 342 bytes that stand for 9⁹ strings to anything walking the tree.
BILLION_LAUGHS = (
    "a: &a ["
    + ",".join(['"lol"'] * 9)
    + "]\n"
    + "".join(
        f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
        for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
)


def test_anchors_and_aliases_are_refused_where_they_are(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "alias.yaml").write_text(
        "bodies:\n"
        "  - id: owl_a\n"
        "    name: &owl_name {en: Owl, ru: Сова}\n"
        "    description: {en: d, ru: d}\n"
        "    category: other\n"
        "    sources: [src1]\n"
        "  - id: owl_b\n"
        "    name: *owl_name\n"
        "    description: {en: d, ru: d}\n"
        "    category: other\n"
        "    sources: [src1]\n"
    )
    (tmp_path / "merge.yaml").write_text("facts:\n  - <<: *base\n    id: f1\n")
    assert errors_of(tmp_path) == [
        "alias.yaml:3:11: anchors and aliases are not allowed (&owl_name)",
        "merge.yaml:2:9: anchors and aliases are not allowed (*base)",
    ]


def test_billion_laughs_is_refused_at_once(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "lol.yaml").write_text(BILLION_LAUGHS)
    assert errors_of(tmp_path) == ["lol.yaml:1:4: anchors and aliases are not allowed (&a)"]


def test_too_many_nodes(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "flat.yaml").write_text("bodies: [" + "0," * 300_000 + "0]\n")  # 600 KB, under the size limit
    (err,) = errors_of(tmp_path)
    assert err == "flat.yaml:1:400004: more than 200,000 YAML nodes in one file; split it into several files"


def test_nesting_is_limited(tmp_path: Path) -> None:
    valid(tmp_path)
    (tmp_path / "deep.yaml").write_text("bodies: " + "[" * 5000 + "]" * 5000 + "\n")
    (err,) = errors_of(tmp_path)
    assert err.startswith("deep.yaml:1:") and "nesting depth" in err
