"""Writes tuning23_p22.yaml (session 23, helper q23-p22): hand-written variants of probe22's failures
over other meetings, people and documents; notes start with the family. 22/48 (the first batch) and 37/72 (all) on the session's start code."""
from pathlib import Path

import yaml

YES = r"^[\s\S]{0,400}?\b(?:yes|да)\b"
STARTS_YES = r"^\W*(?:yes|да)\b"
STARTS_NO = r"^\W*(?:no|нет)\b(?!\s+(?:information|data|details|records?|results?|matching|match|such|сведений|данных|информации|записей|подходящ))"
S0, S1, S2, S3, S4 = (
    "000_d102ea4f84d1b773.txt",
    "001_2c71cc2c076bff5a.txt",
    "002_3522b661196935cf.txt",
    "003_d1a6280cedd08524.txt",
    "004_fdda80b81dab3adc.txt",
)
qs: list[dict[str, object]] = []
n = [0]


def q(
    text: str,
    kind: str,
    expect: list[str] | None = None,
    absent: list[str] | None = None,
    src: tuple[str, ...] = (S4,),
    note: str = "",
    lang: str | None = None,  # the language the question is typed in, for the reader (the bank reads it itself)
    ddis: bool = False,
) -> None:
    n[0] += 1
    c: dict[str, object] = {"id": f"t23p22-{n[0]:03d}", "q": text, "kind": kind}
    if expect:
        c["expect"] = expect
    if absent:
        c["absent"] = absent
    if ddis:
        c["decline_or_disclaim"] = True
    c["source"] = list(src)
    c["note"] = note
    qs.append(c)
convs: list[dict[str, object]] = []


def conv(turns: list[tuple[object, ...]], src: tuple[str, ...], note: str, lang: str = "en") -> None:
    n[0] += 1
    done: list[dict[str, object]] = []
    c: dict[str, object] = {"id": f"t23p22-c{n[0]:03d}", "lang": lang, "turns": done}
    for t in turns:
        tt: dict[str, object] = {"q": t[0]}
        if t[1]:
            tt["expect"] = t[1]
        if len(t) > 2 and t[2]:
            tt["absent"] = t[2]
        if len(t) > 3 and t[3]:
            tt["decline_or_disclaim"] = True
        done.append(tt)
    c["source"] = list(src)
    c["note"] = note
    convs.append(c)
# --- latin-indef: Latin-typed yes/no with "chto-nibud" (p22-008)
q("Klemez govoril chto-nibud pro migraciyu?", "yes_no", [YES, "миграц|migra"], [STARTS_NO], (S2,), "latin-indef: «Illegal migration flows pose a direct threat»", "ru")
q("ATC dokladyval chto-nibud na vstreche v Moskve v iyune?", "yes_no", [YES], [STARTS_NO], (S4,), "latin-indef: the CIS ATC took part in and reported at the XVIII meeting", "ru")
q("obsuzhdali chto-nibud pro dorozhnuyu bezopasnost na vstreche v Peterburge?", "yes_no", [YES, "дорожн|road"], [STARTS_NO], (S2,), "latin-indef: «cooperation in the field of road safety»", "ru")
q("Trefilov govoril chto-nibud pro format SNG plyus?", "yes_no", [YES], [STARTS_NO], (S1,), "latin-indef: Trefilov on the CIS Plus format", "ru")
q("a Klemez govoril chto-nibud pro kiberprestupnost?", "yes_no", [YES], [STARTS_NO], (S2,), "latin-indef: «the escalating scale of cybercrime»", "ru")
q("obsuzhdali chto-nibud pro migraciyu na vstreche v Peterburge?", "yes_no", [YES], [STARTS_NO], (S2,), "latin-indef: «the fight against illegal migration»", "ru")
# --- topic-verb: which meeting looked at X (p22-017)
q("which meeting looked at road safety?", "topic", ["Petersburg|Петербург|interior|внутренних"], None, (S2,), "topic-verb: road safety on the St Petersburg agenda")
q("what meeting went over radicalisation of the population?", "topic", ["XVIII|counter-terror|антитеррор|June|июн"], None, (S4,), "topic-verb: the fourth session")
q("на какой встрече касались дерадикализации?", "topic", ["XVIII|антитеррор|июн"], None, (S4,), "topic-verb: the fourth session on deradicalization", "ru")
q("na kakom soveshchanii razbirali deradikalizaciyu?", "topic", ["XVIII|антитеррор|июн|counter-terror"], None, (S4,), "topic-verb: Latin-typed", "ru")
q("which meeting took up illegal migraton?", "topic", ["Petersburg|Петербург|interior|внутренних|August|август"], None, (S2,), "topic-verb: typo; «topical problems in the fight against illegal migration»")
q("what meeting looked into youth involvement in destructive movements?", "topic", ["13|Security Secretaries|секретар|November|ноябр"], None, (S1,), "topic-verb: the 13th Security Secretaries meeting")
# --- called-as: what X is called in the sources (p22-025)
q("Клемез — кем он назван в источниках?", "attribute", ["Director|Директор|Департамент|Department"], None, (S2,), "called-as: «Director of the Security Cooperation Department»", "ru")
q("kem nazvan Trefilov v istochnikah?", "attribute", ["Deputy Secretary|Заместител"], None, (S1,), "called-as: Latin-typed; CIS Deputy Secretary-General", "ru")
q("how do the sources describe Peskov?", "attribute", ["Press Secretary|пресс-секретар"], None, (S3,), "called-as: Russian Presidential Press Secretary")
q("what is Klemez called in the sources?", "attribute", ["Director|Директор"], None, (S2,), "called-as: his post")
q("а Трефилов, кем он значится в документах?", "attribute", ["Deputy Secretary|Заместител"], None, (S1,), "called-as: chatty, comma", "ru")
q("Путин — кем он является по источникам?", "attribute", ["President|Президент"], None, (S3,), "called-as: President of Russia", "ru")
# --- count-guess: how many, A or B (p22-041)
N8 = r"\b8\b|\beight\b|\bвос(?:емь|ьми)\b"
q("how many states were at the St Petersburg meeting, eight or nine?", "count", [N8], [r"^\W*(?:9|nine|девять)\b"], (S2,), "count-guess: eight named")
q("skolko stran bylo na vstreche MVD v Pitere, 8 ili 9?", "count", [N8], [r"^\W*(?:9|nine|девять)\b"], (S2,), "count-guess: Latin-typed", "ru")
q("сколько сессий было на XVIII совещании, четыре или пять?", "count", [r"\b5\b|пят"], None, (S4,), "count-guess: a plenary and four specialised sessions", "ru")
q("how many specialised sessions did the XVIII meeting have — 3 or 4?", "count", [r"\b4\b|four"], [r"^\W*(?:3|three)\b"], (S4,), "count-guess: four specialised sessions")
q("короче сколько органов СНГ было на XVIII совещании, 12 или 13?", "count", [r"\b13\b"], None, (S4,), "count-guess: 13 CIS bodies", "ru")
q("how many meetings did the CIS security bodies hold in 2025, 20 or 25?", "count", [r"\b20\b|twenty"], [r"^\W*(?:25)\b"], (S0,), "count-guess: «20 meetings were held»")
# --- sign-followup: signing asked of documents in context (p22-c9#2)
conv([("What documents did the Dushanbe summit adopt?", ["Joint Statement|Concept|Programme"]), ("were they signed?", None, [STARTS_YES], True)], (S1,S2), "sign-followup: adopted and approved, signing not reported")
conv([("Какие документы собирались подписать?", ["контролируем|controlled"]), ("их подписали?", None, [STARTS_YES], True)], (S2,), "sign-followup: the planned treaty and protocol", "ru")
conv([("kakie dogovory planirovali podpisat?", ["контролируем|controlled"]), ("a ih podpisali v itoge?", None, [STARTS_YES], True)], (S2,), "sign-followup: Latin-typed", "ru")
conv([("which treaty was planned for signing?", ["controlled|контролируем"]), ("was it signed in the end?", None, [STARTS_YES], True)], (S2,), "sign-followup: one treaty")
conv([("Что решили на саммите в Душанбе?", ["плюс|Plus|наблюдател|Концепц"]), ("а документы подписали?", None, [STARTS_YES], True)], (S1,), "sign-followup: decisions, signing not reported", "ru")
# --- sessions-count follow-up (p22-c3#2)
conv([("When was the XVIII meeting?", ["10 June 2025|10 июня 2025"]), ("how many specialised sessions were there?", [r"\b4\b|four"])], (S4,), "sessions-followup: not the specialised bodies")
conv([("Когда было XVIII совещание?", ["10 June 2025|10 июня 2025"]), ("skolko tam bylo specializirovannyh sessiy?", [r"\b4\b|четыр"])], (S4,), "sessions-followup: Latin-typed", "ru")
conv([("Где прошло XVIII совещание?", ["Moscow|Москв"]), ("а сколько у него было специализированных сессий?", [r"\b4\b|четыр"])], (S4,), "sessions-followup: chatty", "ru")
# --- topic-followup: did they talk about X stuff (p22-c10#2)
conv([("what was discussed at the interior ministers meeting", ["migra|миграц|road|дорож|forensic|криминалист"]), ("did they talk about forensic activities?", [YES, "forensic|криминалист"], [STARTS_NO])], (S2,), "topic-followup: not the Forensic Expert Council's attendance")
conv([("What was on the agenda of the St Petersburg meeting?", ["migra|миграц|road|дорож|forensic|криминалист"]), ("did they discuss road safety stuff?", [YES], [STARTS_NO])], (S2,), "topic-followup: 'stuff'")
conv([("What was on the agenda of the St Petersburg meeting?", ["migra|миграц|road|дорож|forensic|криминалист"]), ("did they discuss cybercrime stuff?", [YES], [STARTS_NO])], (S2,), "topic-followup: cybercrime")
conv([("What was on the agenda of the St Petersburg meeting?", ["migra|миграц|road|дорож|forensic|криминалист"]), ("was Turkmenistan there?", [YES], [STARTS_NO])], (S2,), "topic-followup: control, attendance stays")
# --- planned-where: where the exercise a session prepared was to be held (p22-c3#4), and back to the meeting
conv([("Когда было XVIII совещание?", ["10 June 2025|10 июня 2025"]), ("о чём была третья сессия?", ["учени|exercise"]), ("a gde ego sobiralis provodit?", ["Таджик|Tajik"])], (S4,), "planned-where: Latin-typed", "ru")
conv([("When was the XVIII meeting?", ["10 June 2025|10 июня 2025"]), ("what was the third session about?", ["exercise|учени"]), ("and where were they going to hold it?", ["Tajik|Таджик"]), ("who greeted it?", ["Rahmon|Рахмон"])], (S4,), "planned-where: then the meeting's greeting")
conv([("Когда было XVIII совещание?", ["10 June 2025|10 июня 2025"]), ("о чём была третья сессия?", ["учени|exercise"]), ("а когда собирались провести учения?", ["октябр|October"])], (S4,), "planned-where: when", "ru")
# --- slang-mvd
q("когда собирались эмвэдэшники?", "style", ["12 августа|12 August"], None, (S2,), "slang-mvd: the interior ministers' meeting", "ru")
q("skolko stran bylo u emvedeshnikov v Pitere?", "style", [N8], None, (S2,), "slang-mvd: Latin-typed", "ru")
# --- pair-days: days between the two meetings compared (p22-c12#2)
conv([("Что было раньше: XVIII совещание или 13-е заседание секретарей совбезов?", ["XVIII|антитеррор"]), ("сколько дней между ними?", [r"\b148\b"])], (S1, S4), "pair-days: Russian", "ru")
conv([("which came first, the interior ministers meeting or the security secretaries one?", ["interior|внутренних"]), ("skolko dney mezhdu nimi?", [r"\b85\b"])], (S1, S2), "pair-days: Latin-typed", "ru")
# --- pair-which: which of the two a record describes (p22-c12#3)
conv([("which came first, the interior ministers meeting or the XVIII one?", ["XVIII|counter-terror"]), ("which of them was held in a city that suffered in the war?", ["Petersburg|Петербург"])], (S2, S4), "pair-which: English")
conv([("Что было раньше: встреча МВД в Питере или 13-е заседание секретарей совбезов?", ["Петербург|interior|внутренних"]), ("а какое из них обсуждало безопасность дорожного движения?", ["Петербург|внутренних|interior"])], (S1, S2), "pair-which: a topic of one", "ru")
# --- year-claim: a topic claimed of another year (found on the way)
conv([("What was on the agenda of the St Petersburg meeting?", ["road|дорож"]), ("did they discuss road safety?", [YES]), ("and in 2024?", None, [STARTS_YES], True)], (S2,), "year-claim: the meeting was in 2025")
q("was road safety discussed in 2024?", "yes_no", None, [STARTS_YES], (S2,), "year-claim: the meeting was in 2025", ddis=True)
with Path(__file__).with_name("tuning23_p22.yaml").open("w") as out:
    yaml.safe_dump({"questions": qs, "conversations": convs}, out, allow_unicode=True, sort_keys=False, width=200)
print(len(qs), len(convs))
