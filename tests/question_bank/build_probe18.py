"""Probe set 18: a fresh measuring set written on 2026-12-01 in session 18 (after probe17); nobody tunes on it.

Written by hand from the five documents in knowledge/seeds/ only, without reading the other sets' questions.
`python tests/question_bank/build_probe18.py` rewrites probe18.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from patterns import (
    ARM,
    ATC,
    AVIATION,
    AZE,
    BCOC,
    BEL,
    CIS_PLUS,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    DATED_2026,
    DUSHANBE,
    EAG,
    EXERCISE,
    FUTURE,
    INTERIOR,
    JOINT_COMMISSION,
    KAZ,
    KLEMEZ,
    KYR,
    MIGRATION,
    MOSCOW,
    NUM,
    PUTIN,
    RAHMON,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SCO,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TKM,
    TREFILOV,
    UZB,
    YES,
    bare,
    case_entry,
    date,
    month,
    no,
    turn_entry,
    write_probe,
    wrong_layout,
)

HERE = Path(__file__).parent
UNSAID = (
    r"not\s+(?:say|said|mention|state|specif|record|report|give|name|list)|n't\s+(?:say|mention|state|specif|record|give|name)"
    r"|no\s+(?:information|data|mention|record|details)|не\s+(?:сказано|указ|упомина|говорится|сообща|назван)"
    r"|нет\s+(?:сведений|данных|информации)"
)
DEPUTY = r"Deputy\s+Secretary|заместител\w*\s+генеральн\w*\s+секретар|замгенсек"
DIRECTOR = r"Director|директор"
HUMANIT = r"humanitarian|гуманитарн"
DOCS_DUSHANBE = r"Concept|Концепци"

Q: list[dict[str, Any]] = []


def q(text: str, kind: str, expect: list[str] | None, src: list[str], note: str, absent: list[str] | None = None,
      dd: bool = False, decline: bool = False) -> None:
    Q.append(case_entry(f"p18-{len(Q) + 1:03d}", text, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


# --- yes_no -------------------------------------------------------------------------------------------
q("Was Turkmenistan represented at the June counter-terrorism meeting in Moscow?", "yes_no", [no(TKM)], [S4],
  "«competent authorities of 9 CIS member-states – the Republic of Azerbaijan, ... the Republic of Uzbekistan» (no Turkmenistan listed)",
  absent=[STARTS_YES])
q("Туркменистан участвовал в питерском совете МВД?", "yes_no", [YES], [S2],
  "«bringing together representatives of Armenia, ..., Turkmenistan, and Uzbekistan»", absent=[STARTS_NO])
q("did putin give the welcoming speech at the security secretaries meeting in november?", "yes_no",
  [rf"{STARTS_NO}|{TREFILOV}|{UNSAID}"], [S1], "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»",
  absent=[STARTS_YES])
q("Правда ли, что ШОС получила статус наблюдателя на саммите в Москве?", "yes_no", [no(MOSCOW), DUSHANBE], [S1],
  "«the October meetings of the Commonwealth's supreme bodies in Dushanbe ... the Summit decided to grant the SCO the status of an Observer»",
  absent=[STARTS_YES])
q("Has the counter-terrorism and extremism programme for 2026-2028 actually been approved yet?", "yes_no", [YES], [S1],
  "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 ... was approved»", absent=[STARTS_NO])
q("Did the interior ministers in St Petersburg cover crimes committed with ICT?", "yes_no", [YES], [S2],
  "«enhancing informational cooperation in combating crimes committed using information and communication technologies»",
  absent=[STARTS_NO])
q("Была ли Россия в списке делегаций на встрече руководителей спецслужб СНГ в Москве?", "yes_no", [no(RUS)], [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended» (Russia not listed)",
  absent=[STARTS_YES])
q("uchastvoval li Azerbaidzhan v iyunskom antiterroristicheskom soveshchanii v Moskve?", "yes_no", [YES], [S4],
  "«the Republic of Azerbaijan» among the competent authorities", absent=[STARTS_NO])
q("Was the Commonwealth-Antiterror-2025 exercise judged a success?", "yes_no", None, [S4],
  "only «discussed the organization of a joint anti-terrorist exercise ... in October 2025»; no outcome", absent=[STARTS_YES], dd=True)
q("Казахстан председательствовал на 13-м заседании Совета секретарей советов безопасности?", "yes_no", None, [S1],
  "the chair of the 13th meeting is not named", absent=[STARTS_YES], dd=True)

# --- abbreviation -------------------------------------------------------------------------------------
q("what does BCOC stand for", "abbreviation", [r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн"], [S0, S2],
  "«Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes»")
q("Что такое РАТС ШОС?", "abbreviation", [r"Regional\s+Anti-?\s?Terrorist|Региональн\w+\s+антитеррор"], [S4],
  "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»")
q("ЕАГ расшифруй", "abbreviation", [r"Eurasian\s+Group|Евразийск\w+\s+групп", r"money\s+laundering|легализаци|отмыван"], [S4],
  "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
q("CIS ATC - what is it and when was the decision to set it up?", "abbreviation",
  [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр", r"\b2000\b"], [S4],
  "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»")
q(wrong_layout("одкб это что"), "abbreviation", [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"], [S4],
  "«Collective Security Treaty Organization» (wrong layout for «одкб это что»)")
q("СНГ+ что это за формат", "abbreviation",
  [r"platform|площадк|other\s+states|други\w*\s+государств|international\s+organi[sz]ations|международн\w+\s+организаци"], [S1],
  "«the “Commonwealth of Independent States Plus” format as a platform for cooperation between CIS Member States and other states»")

# --- topic --------------------------------------------------------------------------------------------
q("What was the fourth session of the June counter-terrorism meeting about?", "topic", [r"radicali|радикализ"], [S4],
  "«During the fourth session on counteracting radicalization of the population»")
q("О чём говорили министры внутренних дел в Питере?", "topic",
  [r"migration|миграц|road|дорожн|forensic|экспертн|information\s+and\s+communication|информационн|crime\s+prevention|профилактик"],
  [S2], "«implementation of interstate crime prevention programs, ... illegal migration, ... road safety, expert and forensic activities»")
q("what was on the agenda of the 13th security secretaries meeting?", "topic", [HUMANIT, r"educat|образоват"], [S1],
  "«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»")
q("tretya sessiya antiterroristicheskogo soveshchaniya o chem byla?", "topic", [EXERCISE], [S4],
  "«The third session discussed the organization of a joint anti-terrorist exercise ... \"Commonwealth-Antiterror - 2025\"»")
q("Which threats did Klemez point to?", "topic", [r"drug|narcot|наркот|cyber|кибер|weapon|оружи|money\s+laundering|отмыван|migration|миграц|extremi|экстремизм"],
  [S2], "«illegal migration flows ... narcotics production ... weapons smuggling ... cybercrime ... money laundering and corruption»")
q("На что была направлена деятельность органов СНГ в сфере безопасности в 2025 году?", "topic",
  [r"stabilit|стабильност|challenges|вызов|угроз|rule\s+of\s+law|правопоряд|законност|authority|авторитет"], [S0],
  "«ensuring stability in the Commonwealth; countering common challenges and threats; strengthening the rule of law ...»")
q("чему была посвящена вторая сессия на июньском совещании?", "topic", [r"international|международн"], [S4],
  "«During the second session on international counter-terrorism cooperation»")

# --- attribute ----------------------------------------------------------------------------------------
q("Who is Yevgeny Klemez?", "attribute", [DIRECTOR, r"Department|департамент"], [S2],
  "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»")
q("Какая должность у Трефилова?", "attribute", [DEPUTY], [S1], "«CIS Deputy Secretary-General Denis Trefilov»")
q("Who heads the Executive Committee's security cooperation department?", "attribute", [KLEMEZ], [S2],
  "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»")
q("Кто выступил с поздравлением на пленарном заседании XVIII совещания?", "attribute", [RAHMON], [S4],
  "«The plenary session heard a congratulatory address from ... President of the Republic of Tajikistan Emomali Rahmon»")
q("v kakom gorode proshlo 13 zasedanie soveta sekretarey sovbezov?", "attribute", [MOSCOW], [S1],
  "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow»", absent=[r"^\W*(?:Dushanbe|Душанбе)"])
q("Which agency's press office described the agenda of the intelligence chiefs' meeting in Moscow?", "attribute",
  [r"Foreign\s+Intelligence|внешней\s+разведки|\bSVR\b|\bСВР\b"], [S3],
  "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda ...»")
q("Какое агентство сообщило о заседании Совета министров внутренних дел в Петербурге?", "attribute", [r"BelTA|БелТА"], [S2],
  "«MINSK, 13 August (BelTA)»")
q("Где должны были пройти учения «Содружество-Антитеррор-2025»?", "attribute", [TAJ], [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»")

# --- list ---------------------------------------------------------------------------------------------
q("Which international organisations took part in the XVIII counter-terrorism meeting?", "list", [CSTO, RATS, EAG], [S4],
  "«3 international organizations – CSTO, RATS SCO, Eurasian Group ...»")
q("Перечисли страны на совещании министров внутренних дел в Петербурге", "list", [ARM, BEL, KAZ, KYR, RUS, TAJ, TKM, UZB],
  [S2], "«Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»", absent=[bare(AZE)])
q("list the specialised CIS security bodies", "list", [ATC, BCOC, JOINT_COMMISSION], [S0],
  "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau ...; Joint Commission ...»")
q("kakie dokumenty po bezopasnosti prinyali v Dushanbe?", "list", [DOCS_DUSHANBE, r"terror|террор", r"border|границ|погранич"], [S1],
  "«the Military Cooperation Concept ... until 2030 was approved, along with the Programmes ... Terrorism and Extremism for 2026–2028 and ... Border Security»")
q("What did Klemez say was planned to be signed at the supreme bodies' meetings?", "list",
  [r"controlled\s+deliver|контролируем\w+\s+поставк", r"sentenced|осужд[её]нн"], [S2],
  "«to sign the treaty on international controlled delivery operations and the optional protocol to the convention on the transfer of sentenced persons»")
q("Кто, кроме государств, был на питерском совете МВД?", "list", [ATC, BCOC], [S2],
  "«the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime»")
q("Name the four basic organisations at the June counter-terrorism meeting", "list",
  [r"languages?\s+and\s+culture|язык\w*\s+и\s+культур", r"border|погранич", r"training|подготовк"], [S4],
  "«4 basic organizations ... countering terrorism ..., training personnel ..., ... the border sphere, and on languages and culture»")

# --- count --------------------------------------------------------------------------------------------
q("скока всего органов СНГ в сфере безопасности, отраслевых и специализированных вместе?", "count", [NUM[19]], [S0],
  "«16 sectoral cooperation bodies ... and 3 specialized bodies» (16 + 3)")
q("How many CIS bodies sent working structures to the XVIII meeting?", "count", [NUM[13]], [S4], "«working structures of 13 CIS bodies»")
q("Besides the plenary, how many specialised sessions did the June meeting have?", "count", [NUM[4]], [S4],
  "«The meeting included a plenary session and 4 specialized sessions»")
q("skolko stran prislali delegacii na vstrechu rukovoditeley specsluzhb v Moskve?", "count", [NUM[8]], [S3],
  "«The presence of these eight states»")
q("How many meetings did the CIS security cooperation bodies hold in 2025?", "count", [NUM[20]], [S0], "«In 2025, 20 meetings were held.»")
q("Сколько международных организаций участвовало в июньском антитеррористическом совещании?", "count", [NUM[3]], [S4],
  "«3 international organizations»")
q("Сколько государств было на совете министров внутренних дел 12 августа?", "count", [NUM[8]], [S2],
  "eight states listed: «Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»")

# --- quote --------------------------------------------------------------------------------------------
q("What did Trefilov say the leaders established 'first and foremost'?", "quote", [CIS_PLUS], [S1],
  "«“First and foremost”, he noted, “our countries’ leaders established the “Commonwealth of Independent States Plus” format»")
q("Как Клемез охарактеризовал угрозы криминального характера? дословно", "quote",
  [r"intertwined|interrelated|переплетен|переплетён|взаимосвяз"], [S2],
  "«challenges and threats of a criminal nature are intertwined and interrelated»")
q("What did Peskov say about cooperation in the CIS?", "quote", [r"potential|потенциал"], [S3],
  "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times»")
q("Клемез что сказал про исторIческую память?", "quote", [r"rewrite|переписа|фальсиф|memory|памят"], [S2],
  "«unite our efforts in preserving the historical memory, countering attempts to rewrite history»")
q("цитата Трефилова про ежегодные встречи", "quote", [r"assess|оцени|vector|вектор"], [S1],
  "«the annual meetings make it possible to assess the results of cooperation ... and determine the vectors for interaction»")
q("What did Rahmon say about the decision of 2000?", "quote", [r"valid|обоснован|правильн|верн|ATC|АТЦ|Anti-?\s?Terror|Антитеррор"], [S4],
  "«noted the validity of the decision taken in 2000 ... to establish the CIS ATC»")

# --- time ---------------------------------------------------------------------------------------------
q("When was the XVIII meeting of the counter-terrorism heads held?", "time", [date(10, 6, 2025)], [S4],
  "«was held in Moscow on June 10, 2025»")
q("how long ago did the interior ministers meet in St Petersburg?", "time",
  [rf"{date(12, 8, 2025)}|15\s+months|15\s+месяц|(?:over|more\s+than)\s+(?:a|one)\s+year|больше\s+года|более\s+года|год\s+(?:и|назад)|a\s+year\s+(?:and|ago)"],
  [S2], "«convened for a meeting in St. Petersburg on 12 August» (2025); today 2026-11-30")
q("Действует ли сейчас программа СНГ по противодействию терроризму и экстремизму?", "time", [CT_PERIOD], [S1],
  "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»; today 2026-11-30", absent=[STARTS_NO])
q("kogda budet sleduyushchee zasedanie soveta sekretarey sovbezov?", "time", None, [S1],
  "only «the annual meetings»; no next date", absent=[FUTURE, DATED_2026], dd=True)
q("Что было раньше: совет МВД в Питере или 13-е заседание секретарей совбезов?", "time",
  [r"^[\s\S]{0,200}?(?:Petersburg|Петербург|Interior|Internal|внутренних\s+дел|МВД)"], [S1, S2],
  "12 August 2025 (St Petersburg) before 5 November 2025 (Moscow)")
q("When was the Commonwealth-Antiterror-2025 exercise planned for?", "time", [month(10, 2025)], [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025»")
q("When did the heads of the intelligence services meet in Moscow?", "time", None, [S3],
  "the article gives no date for the meeting", absent=[DATED_2026], dd=True)

# --- lookalike ----------------------------------------------------------------------------------------
q("Klemez gave the welcoming speech to the Security Council Secretaries, right?", "lookalike", [rf"{STARTS_NO}|{TREFILOV}"], [S1, S2],
  "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»", absent=[STARTS_YES])
q("Is the Council of Heads of Customs Services one of the 16 sectoral security bodies?", "lookalike", [no(CUSTOMS)], [S0, S4],
  "not in the list of 16; it only appears among the 13 CIS bodies at the XVIII meeting", absent=[STARTS_YES])
q("Межгосударственный авиационный комитет входит в 16 отраслевых органов по безопасности?", "lookalike", [no(AVIATION)], [S0, S4],
  "not in the list of 16; «Interstate Aviation Committee» only attended the XVIII meeting", absent=[STARTS_YES])
q("What is the Joint Commission on Combating Transnational Crime?", "lookalike",
  [r"Statement|Заявлени|illegal\s+migration|незаконн\w+\s+миграц|нелегальн\w+\s+миграц"], [S0, S1],
  "there is a «Joint Statement on Cooperation in Combating Transnational Crime» and a «Joint Commission ... in Combating Illegal Migration»")
q("Сколько заседаний провёл Совет министров обороны СНГ в 2025 году?", "lookalike", None, [S0],
  "only «In 2025, 20 meetings were held» for all bodies together", dd=True)
q("Когда прошло 18-е заседание Совета секретарей советов безопасности?", "lookalike",
  [rf"\b13|тринадцат|XVIII|counter-?\s?terror|антитеррор|{UNSAID}"], [S1, S4],
  "the Security Secretaries' meeting recorded is the 13th (5 November 2025); the XVIII was the counter-terrorism heads' meeting")
q("So the Chair of the Council of Heads of CIS States who greeted the June meeting was Putin?", "lookalike", [RAHMON], [S4],
  "«Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»", absent=[STARTS_YES])

# --- out_of_scope -------------------------------------------------------------------------------------
q("What's the weather in Dushanbe tomorrow?", "out_of_scope", None, [], "weather is outside the documents", decline=True)
q("kto vyigral chempionat mira po futbolu 2022", "out_of_scope", None, [], "football is outside the documents", decline=True)
q("Who is the current Secretary General of NATO?", "out_of_scope", None, [], "NATO is outside the documents", decline=True)
q("Какой бюджет у Антитеррористического центра СНГ?", "out_of_scope", None, [S0, S4], "no budget is given", dd=True)
q("What is the name of the CIS Secretary-General?", "out_of_scope", None, [S1],
  "only the Deputy Secretary-General (Trefilov) is named", dd=True)
q(wrong_layout("как приготовить плов"), "out_of_scope", None, [], "cooking is outside the documents (wrong layout)", decline=True)

# --- style --------------------------------------------------------------------------------------------
q("wen did the police ministers meet in piter", "style", [date(12, 8, 2025)], [S2],
  "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August» (BelTA, 13 August 2025)")
q("kagda bylo 13 zasedanie sekretarey sovbezov", "style", [date(5, 11, 2025)], [S1], "«took place in Moscow on November 5, 2025»")
q(wrong_layout("кто такой трефилов"), "style", [DEPUTY], [S1], "«CIS Deputy Secretary-General Denis Trefilov» (wrong layout)")
q("hey so i was reading about that big anti terror meeting in moscow last june, remind me which international orgs came? thx",
  "style", [CSTO, RATS, EAG], [S4], "«3 international organizations – CSTO, RATS SCO, EAG»")
q("скок стран было у спецслужбистов в мск", "style", [NUM[8]], [S3], "«The presence of these eight states»")
q("ATC?", "style", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], [S0, S4], "«CIS Anti-Terrorism Center»")
q("пгнкт об учениях Содружество-антитеррор: где и кагда", "style", [TAJ, month(10, 2025)], [S4],
  "«in October 2025 on the territory of the Republic of Tajikistan»")

# --- conversations ------------------------------------------------------------------------------------


C: list[dict[str, Any]] = []


def conv(lang: str, src: list[str], turns: list[dict[str, Any]], note: str) -> None:
    C.append({"id": f"p18-c{len(C) + 1}", "lang": lang, "turns": turns, "source": src, "note": note})


conv("ru", [S4], [
    turn_entry("Где проходило антитеррористическое совещание в июне 2025?", [MOSCOW]),
    turn_entry("а какого числа?", [date(10, 6, 2025)]),
    turn_entry("кто выступил с поздравлением?", [RAHMON]),
    turn_entry("а он кем является?", [r"President|Президент|Chair|Председател"]),
    turn_entry("and which exercise was discussed there?", [EXERCISE]),
], "pronoun, ellipsis, switch to person, switch of language")
conv("en", [S0, S2], [
    turn_entry("Tell me about the St Petersburg meeting", [INTERIOR]),
    turn_entry("who spoke for the Executive Committee?", [KLEMEZ]),
    turn_entry("what's his position", [DIRECTOR]),
    turn_entry("and how many countries were there?", [NUM[8]]),
    turn_entry("new question: what is the Joint Commission about?", [MIGRATION], note="brand-new question, not a follow-up"),
], "meeting -> person -> count -> new body")
conv("ru", [S1], [
    turn_entry("kto vystupal na 13 zasedanii soveta sekretarey sovbezov", [TREFILOV]),
    turn_entry("a gde eto bylo?", [MOSCOW], absent=[r"^\W*(?:Dushanbe|Душанбе)"]),
    turn_entry("chto obsuzhdali?", [HUMANIT]),
    turn_entry("a v 2024?", None, absent=[STARTS_YES], dd=True, note="no 2024 meeting is recorded"),
], "Latin-typed Russian; year ellipsis with no answer in the sources")
conv("en", [S1], [
    turn_entry("What security documents did the Dushanbe summit adopt?", [DOCS_DUSHANBE]),
    turn_entry("until when is the border one?", [r"\b2030\b"]),
    turn_entry("and the terrorism one?", [CT_PERIOD]),
    turn_entry("Who announced them at the Moscow meeting?", [TREFILOV]),
    turn_entry("Кто председательствовал на том заседании?", None, dd=True, note="the chair is not named"),
], "programme -> person -> language switch to an unsaid attribute")
conv("ru", [S0, S2], [
    turn_entry("Сколько органов отраслевого сотрудничества в сфере безопасности?", [NUM[16]]),
    turn_entry("а специализированных?", [NUM[3]]),
    turn_entry("назови их", [ATC, BCOC, JOINT_COMMISSION]),
    turn_entry("какие из них были в Питере на совете МВД?", [ATC, BCOC], absent=[bare(JOINT_COMMISSION)]),
], "count -> ellipsis -> list -> combine with a meeting")
conv("en", [S3], [
    turn_entry("Which states sent delegations to the intelligence chiefs' meeting in Moscow?", [AZE, ARM, TKM]),
    turn_entry("who reported on it?", [r"TASS|ТАСС|Foreign\s+Intelligence|внешней\s+разведки|\bSVR\b|\bСВР\b"]),
    turn_entry("what did Peskov say?", [r"potential|потенциал"]),
    turn_entry("when did he say that", [r"October|октябр"]),
], "meeting -> source -> person -> time")
conv("ru", [S1, S4], [
    turn_entry("что за формат СНГ+?", [r"platform|площадк|cooperation|сотрудничеств"]),
    turn_entry("когда и где его учредили?", [rf"{DUSHANBE}|October|октябр"]),
    turn_entry("а кто получил статус наблюдателя?", [SCO]),
    turn_entry("Сколько дней длилось антитеррористическое совещание в Москве в июне?", None, dd=True,
      note="brand-new question; the duration is not given"),
], "format -> time -> organisation -> new unsaid question")
conv("en", [S4], [
    turn_entry("xviii ct meeting - how many cis bodies attended", [NUM[13]]),
    turn_entry("and intl orgs?", [rf"{CSTO}|\b3\b|three|три"]),
    turn_entry("which one reportd on its work with the ATC", [EAG]),
    turn_entry("based on what standards", [r"FATF|ФАТФ"]),
], "terse, typos, ellipsis")
conv("ru", [S2, S4], [
    turn_entry("Кто такой Клемез?", [DIRECTOR]),
    turn_entry("какие угрозы он назвал?", [r"drug|narcot|наркот|cyber|кибер|migration|миграц|weapon|оружи"]),
    turn_entry("а что планировалось подписать?", [r"controlled\s+deliver|контролируем\w+\s+поставк|sentenced|осужд"]),
    turn_entry("When is the Commonwealth-Antiterror exercise?", [month(10, 2025)], note="brand-new question in English"),
], "person -> topic -> list -> new question, language switch")
conv("en", [S2, S3], [
    turn_entry("Which 80th anniversary was mentioned at the St Petersburg meeting?", [r"Victory|Побед"]),
    turn_entry("what was the year declared?", [r"Peace\s+and\s+Unity|мира\s+и\s+единства"]),
    turn_entry("did Putin say something about that too?", [PUTIN], absent=[STARTS_NO]),
    turn_entry("and what about the prosecutors?", [r"reform|реформ"]),
], "anniversary -> year -> person -> another body")
conv("ru", [S2, S4], [
    turn_entry(wrong_layout("где прошло совещание министров внутренних дел"), [SPB]),
    turn_entry("а кагда?", [date(12, 8, 2025)]),
    turn_entry("скока стран?", [NUM[8]]),
    turn_entry("был ли там Азербайджан", [no(AZE)], absent=[STARTS_YES]),
    turn_entry("а на июньском антитеррористическом?", [YES], absent=[STARTS_NO]),
], "wrong layout, typos, yes/no then a switch of meeting")
conv("en", [S1, S4], [
    turn_entry("What are the 4 basic organisations at the XVIII meeting about?", [r"languages?|язык"]),
    turn_entry("and the sessions?", [r"radicali|радикал|exercise|учени|national\s+experience|национальн|international|международн"]),
    turn_entry("What was the first one about?", [r"national|национальн"]),
    turn_entry("Is the ATC's budget mentioned anywhere?", None, absent=[STARTS_YES], dd=True),
    turn_entry("Thanks. Who is Denis Trefilov?", [DEPUTY], note="brand-new question"),
], "organisations -> sessions -> unsaid -> new person")


if __name__ == "__main__":
    write_probe(HERE / "probe18.yaml", 18, Q, C)
