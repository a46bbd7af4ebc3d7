"""Build tuning24_conv2.yaml: conversations written in session 24 (helper t24-conv2) by a fresh reader of the
five documents in knowledge/seeds/, without reading the engine or the other question sets.

    python tests/question_bank/build_tuning24_conv2.py

The chats centre on what people ask less often inside a conversation: the sources themselves (who published
them, when, from where, who told the media), documents approved, adopted or only planned, people's posts and
words, organisations and observers, programmes and their periods, counts, and two meetings compared. Turns
use pronouns, ellipsis, descriptions of meetings, a language switch, typos, Latin-typed Russian and the wrong
keyboard layout; some turns are brand-new questions that must not be read as follow-ups.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from patterns import (
    ARM,
    ATC,
    AZE,
    BEL,
    CONCEPT,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    DUSHANBE,
    EAG,
    EXEC,
    EXERCISE,
    INTERIOR,
    KLEMEZ,
    MOSCOW,
    NUM,
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
    UN,
    UZB,
    YES,
    case_entry,
    dump_set,
    no,
    turn_entry,
    wrong_layout,
)

# "the sources do not say" in either language, or a plain "No" at the start: for a yes/no whose honest answer
# is "not recorded" and where a "No, only at …" is as fair as a disclaimer
UNSAID = (
    r"(?:do|does|did)\s*(?:not|n't)\s+(?:say|mention|record|name|state|specify|list|report|indicate|show)"
    r"|(?:is|are|was|were)\s*(?:not|n't)\s+(?:recorded|mentioned|named|listed|reported|specified|stated|known)"
    r"|\bno\s+(?:information|record|mention|data)"
    r"|не\s+(?:указ|упомина|сказано|говорится|сообща|называ|приводи|перечисл|отмеч|известн|содерж|описан)"
    r"|нет\s+(?:сведений|данных|информации|упоминани)"
)
NO_OR_UNSAID = rf"{STARTS_NO}|^[\s\S]{{0,300}}?(?:{UNSAID})"

AUG12 = r"\b12\s+(?:Aug|август)|August\s+12|\b12\.08\b"
NOV5 = r"\b0?5\s+(?:Nov|ноябр)|November\s+0?5\b|\b05\.11\b"
JUNE10 = r"\b10\s+(?:Jun|июн)|June\s+10|\b10\.06\b"
OCTOBER = r"October|октябр"
OBSERVER = r"observer|наблюдател"


def chat(number: int, note: str, sources: list[str], turns: list[dict[str, Any]], lang: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": f"t24conv2-c{number}"}
    if lang:
        entry["lang"] = lang
    entry["turns"] = turns
    entry["source"] = sources
    entry["note"] = note
    return entry


T = turn_entry


def conversations() -> list[dict[str, Any]]:
    c: list[dict[str, Any]] = []
    c.append(chat(1, "the BelTA news item itself: who told the media, his post, where BelTA had it from, date, city", [S2], [
        T("Кто рассказал СМИ о заседании Совета министров внутренних дел в Петербурге?", [KLEMEZ],
          note="«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee, told the media»"),
        T("а какая у него должность?", [r"Director|директор", r"Department|Департамент"],
          note="«Director of the Security Cooperation Department at the CIS Executive Committee»"),
        T("откуда БелТА это узнала?", [r"press|пресс", EXEC],
          note="«BelTA learned from the press service of the CIS Executive Committee»"),
        T("когда вышла эта новость?", [r"\b13\s+(?:Aug|август)|August\s+13|\b13\.08\b"],
          note="«MINSK, 13 August (BelTA)»; «13 August 2025, 11:50»"),
        T("и в каком городе её опубликовали?", [r"Minsk|Минск"], note="«MINSK, 13 August (BelTA)»"),
    ]))
    c.append(chat(2, "Trefilov at the 13th meeting: the speaker, his post, where/when, what he said about youth, another person claimed there", [S1, S2], [
        T("Who gave the welcoming speech at the 13th meeting of the security secretaries?", [TREFILOV],
          note="«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»"),
        T("what's his position?", [r"Deputy\s+Secretary|заместител\w*\s+Генеральн"], note="«CIS Deputy Secretary-General»"),
        T("where and when was that?", [MOSCOW, NOV5], note="«took place in Moscow on November 5, 2025»"),
        T("what did the speaker say about young people?", [r"destructive|деструктив"],
          note="«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements»"),
        T("Was Klemez at that meeting too?", [NO_OR_UNSAID], absent=[STARTS_YES],
          note="S1 names only Trefilov; Klemez is quoted only in the BelTA item on St Petersburg"),
    ]))
    c.append(chat(3, "Dushanbe summit documents, Latin-typed Russian: what was adopted, periods, who approved, years left", [S1], [
        T("chto prinyali na sammite v Dushanbe v oktyabre?", [r"Statement|Заявлени|Concept|Концепци|Programm|Програм", r"Statement|Заявлени|Concept|Концепци|Programm|Програм|SCO|ШОС|Shanghai|Шанхай"],
          note="«the Heads of State also adopted a Joint Statement …»; «the Military Cooperation Concept … until 2030 was approved, along with the Programmes …»"),
        T("a na kakoj srok programma po bor'be s terrorizmom?", [CT_PERIOD],
          note="«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»"),
        T("kto ee utverdil?", [r"Heads\s+of\s+State|глав\w*\s+государств|Council\s+of\s+Heads|Совет\w*\s+глав|leaders|лидер|руководител|summit|саммит|supreme|высш"],
          note="approved at the October meetings of the Commonwealth's supreme bodies in Dushanbe (the Heads of State)"),
        T("a pogranichnaya do kakogo goda?", [r"2030"],
          note="«in Strengthening Border Security on the External Borders until 2030»"),
        T("skolko let ej ostalos?", [r"\b(?:3|4)\b|three|four|тр(?:и|ёх|ех)\b|четыр"],
          note="today 2026-11-30; «until 2030»: three to four years, depending on whether 2030 is included"),
    ], lang="ru"))
    c.append(chat(4, "international organisations at the XVIII meeting, then observer status (yes for the SCO, not said for the CSTO)", [S1, S4], [
        T("Which international organisations were at the June counter-terrorism meeting in Moscow?", [CSTO, RATS, EAG],
          note="«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization, Eurasian Group …»"),
        T("how many of them?", [NUM[3]], note="«3 international organizations»"),
        T("Did the SCO become an observer at the CIS?", [YES, OBSERVER], absent=[STARTS_NO],
          note="«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»"),
        T("when was that decided?", [rf"{OCTOBER}|Dushanbe|Душанбе"], note="the October meetings of the supreme bodies in Dushanbe"),
        T("and the CSTO — is it an observer too?", [NO_OR_UNSAID], absent=[STARTS_YES], note="no source gives the CSTO a status at the CIS"),
    ]))
    c.append(chat(5, "two meetings compared: interior ministers vs security secretaries: dates, which first, days between, both cities", [S1, S2], [
        T("Когда заседал Совет министров внутренних дел СНГ?", [AUG12], note="«convened for a meeting in St. Petersburg on 12 August»"),
        T("а секретари советов безопасности?", [NOV5], note="«took place in Moscow on November 5, 2025»"),
        T("какое из двух заседаний было раньше?", [rf"{INTERIOR}|МВД|August|август|Petersburg|Петербург"],
          note="12 August before 5 November"),
        T("сколько дней между ними?", [r"\b85\b"], note="12 August → 5 November 2025 = 85 days"),
        T("а где прошли оба?", [SPB, MOSCOW], note="St Petersburg; Moscow"),
    ]))
    c.append(chat(6, "XVIII meeting numbers with typos: states (9 said, 8 listed), Turkmenistan not listed, bodies, sessions, the third session, the exercise", [S4], [
        T("how many states attnded the 18th counter-terrorism meeting?", [rf"{NUM[9]}|{NUM[8]}"],
          note="«competent authorities of 9 CIS member-states» (eight are listed)"),
        T("was Turkmenistan among them?", [no(TKM)], absent=[STARTS_YES], note="Turkmenistan is not in the list"),
        T("how many CIS bodies?", [NUM[13]], note="«working structures of 13 CIS bodies»"),
        T("and the sessions?", [NUM[4]], note="«a plenary session and 4 specialized sessions»"),
        T("what was the third one about?", [EXERCISE], note="«The third session discussed the organization of a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\"»"),
        T("wen was the exercize supposed to take place?", [OCTOBER], note="«in October 2025 on the territory of the Republic of Tajikistan»"),
    ]))
    c.append(chat(7, "Rahmon: who congratulated, how he is named, the 2000 decision, claimed at St Petersburg, then who spoke there", [S2, S4], [
        T("Кто направил поздравление участникам восемнадцатой антитеррористической встречи?", [RAHMON],
          note="«The plenary session heard a congratulatory address from the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»"),
        T("Кем он там назван?", [r"Chair|Председател", TAJ], note="«Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan»"),
        T("О каком решении 2000 года он говорил?", [ATC], note="«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»"),
        T("Он выступал и на заседании МВД в Петербурге?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S2 does not mention Rahmon"),
        T("а кто там выступал?", [KLEMEZ], note="«Yevgeny Klemez … told the media»; quoted throughout S2"),
    ]))
    c.append(chat(8, "the 2 March report: publisher, date, 20 meetings, 16 + 3 bodies, the language of the full report", [S0], [
        T("Who published the report on the results of the sectoral bodies in the security sphere in 2025?", [EXEC],
          note="«The Executive Committee of the Commonwealth of Independent States»"),
        T("when?", [r"\b2\s+(?:March|марта)|March\s+2\b|\b02\.03\b"], note="«2 March»"),
        T("How many meetings does it say were held that year?", [NUM[20]], note="«In 2025, 20 meetings were held.»"),
        T("And how many sectoral bodies operate?", [NUM[16]], note="«16 sectoral cooperation bodies operate in the security sphere»"),
        T("plus the specialised ones — how many in total?", [NUM[19]], note="16 sectoral + «3 specialized bodies» = 19"),
        T("Is the full report available in English?", [r"Russian|русск"], absent=[STARTS_YES], note="«read the full report via the link (in Russian)»"),
    ]))
    c.append(chat(9, "the intelligence heads' meeting: who reported it, delegations, Azerbaijan there (wrong layout) but not at St Petersburg, states at both", [S2, S3], [
        T("Кто сообщил о встрече руководителей спецслужб СНГ в Москве?", [r"TASS|ТАСС|Foreign\s+Intelligence|СВР|внешней\s+разведки"],
          note="«The event, as reported by TASS»; «The press office of the Foreign Intelligence Service of the Russian Federation detailed …»"),
        T("Какие страны прислали делегации?", [AZE, TKM, UZB],
          note="«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»"),
        T(wrong_layout("а Азербайджан там был?"), [YES], absent=[STARTS_NO], note="Azerbaijan is listed (wrong keyboard layout)"),
        T("а на августовском заседании министров внутренних дел?", [no(AZE + r"|он\b|его\b")], absent=[STARTS_YES],
          note="S2 lists Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Uzbekistan: no Azerbaijan"),
        T("какие страны были на обеих встречах?", [ARM, BEL, TKM, UZB], note="both lists share Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan"),
    ]))
    c.append(chat(10, "documents Klemez said were planned, whether signed (not said), the Concept approved, its period, what the documents define", [S1, S2], [
        T("What did Klemez say the heads of state planned to sign?", [r"controlled\s+deliver|контролируем\w*\s+поставк", r"sentenced|осужд"],
          note="«to sign the treaty on international controlled delivery operations and the optional protocol to the convention on the transfer of sentenced persons»"),
        T("were they actually signed in Dushanbe?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S1 does not mention the treaty or the protocol"),
        T("and the concept of military cooperation — was that adopted?", [YES, rf"{CONCEPT}|2030|approved|утвержд|одобрен"], absent=[STARTS_NO],
          note="«the Military Cooperation Concept of the CIS Member States until 2030 was approved»"),
        T("until when?", [r"2030"], note="«until 2030»"),
        T("what do these documents define, according to Trefilov?", [r"special\s+services|спецслужб|law\s+enforcement|правоохранит", r"medium|среднесроч"],
          note="«These documents define the activities of our special services and law enforcement agencies for the medium term»"),
    ]))
    c.append(chat(11, "Peskov and Putin in the intelligence article, Latin-typed: what, when, who he is, Peskov claimed to speak at the meeting", [S3], [
        T("chto skazal Peskov pro SNG?", [r"potential|потенциал"], note="«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times»"),
        T("a kogda on eto skazal?", [OCTOBER], note="«in an October statement»"),
        T("kto on voobshche takoi?", [r"Press\s+Secretary|пресс-секретар"], note="«Russian Presidential Press Secretary Dmitry Peskov»"),
        T("a Putin chto govoril?", [r"\b80|восьмидесят", r"Victory|Побед|Nazism|нацизм|peace|мир"],
          note="«next year the CIS countries will jointly celebrate the 80th anniversary of the victory in the Great Patriotic War»"),
        T("Peskov vystupal na etoj vstreche v Moskve?", [NO_OR_UNSAID], absent=[STARTS_YES],
          note="his remark is «an October statement»; the article does not say he spoke at the meeting"),
    ], lang="ru"))
    c.append(chat(12, "the Prosecutor General's proposal, his name (not given), the prosecutors' council as sectoral body and at the XVIII meeting, customs", [S0, S3, S4], [
        T("What did Russia's Prosecutor General suggest about the CIS prosecutors' council?", [r"reform|реформ"],
          note="«the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»"),
        T("what's his name?", None, absent=[r"Krasnov|Краснов|Chaika|Чайк"], dd=True, note="S3 does not name him"),
        T("Is the Coordination Council of Prosecutors General one of the 16 sectoral bodies?", [YES], absent=[STARTS_NO],
          note="«CIS Coordination Council of Prosecutors General» is first in the list"),
        T("did it send anyone to the June anti-terror meeting?", [YES], absent=[STARTS_NO],
          note="«Coordinating Council of Prosecutors General» among the 13 CIS bodies"),
        T("and the customs services council — is that one of the sectoral bodies in the security sphere?", [no(CUSTOMS + r"|it\b")], absent=[STARTS_YES],
          note="not among the 16 of S0 (it attended the XVIII meeting)"),
    ]))
    c.append(chat(13, "the exercise: where, when, where it was discussed, whether it took place (not said), then a brand-new count question", [S0, S4], [
        T("Где планировалось провести учения «Содружество-Антитеррор-2025»?", [TAJ], note="«on the territory of the Republic of Tajikistan»"),
        T("А когда?", [OCTOBER], note="«in October 2025»"),
        T("Где это обсуждали?", [r"XVIII|\b18|counter-?terror|антитеррор|трет\w+\s+секци|third\s+session|Moscow|Москв"],
          note="«The third session discussed the organization of a joint anti-terrorist exercise» at the XVIII meeting"),
        T("Учения в итоге состоялись?", [NO_OR_UNSAID], absent=[STARTS_YES], note="no source reports the exercise itself"),
        T("кстати, сколько всего отраслевых органов сотрудничества в сфере безопасности?", [NUM[16]],
          note="brand-new question: «16 sectoral cooperation bodies operate in the security sphere»"),
    ]))
    c.append(chat(14, "a body as sectoral and at the XVIII meeting, then language switch with ellipsis over other bodies", [S0, S4], [
        T("Is the Border Troops Commanders Council one of the sectoral bodies?", [YES], absent=[STARTS_NO], note="«CIS Border Troops Commanders Council» listed in S0"),
        T("did it take part in the XVIII counter-terrorism meeting?", [YES], absent=[STARTS_NO], note="«Council of Border Troops Commanders» among the 13 bodies"),
        T("а Совет министров обороны?", [YES], absent=[STARTS_NO], note="«Council of Ministers of Defense» among the 13 bodies"),
        T("а Межгосударственный экологический совет там был?", [no(r"Ecolog|экологическ|он\b")], absent=[STARTS_YES],
          note="the Ecological Council is not among the 13 bodies at the XVIII meeting"),
        T("сколько органов СНГ там было всего?", [NUM[13]], note="«working structures of 13 CIS bodies»"),
    ]))
    c.append(chat(15, "CIS Plus: what it is, who set it up, who told the secretaries, their agenda, the meeting's number", [S1], [
        T("Что такое формат «СНГ плюс»?", [r"platform|площадк", r"states|государств|organi[sz]ations|организац"],
          note="«a platform for cooperation between CIS Member States and other states, their associations, and international organizations»"),
        T("Кто его учредил?", [r"leaders|лидер|руководител|Heads\s+of\s+State|глав\w*\s+государств|Dushanbe|Душанбе|summit|саммит"],
          note="«our countries’ leaders established the “Commonwealth of Independent States Plus” format»"),
        T("а кто рассказал об этом на совещании секретарей совбезов?", [TREFILOV], note="Trefilov's speech quotes it"),
        T("что ещё было в повестке того заседания?", [r"humanitarian|гуманитарн", r"education|образоват"],
          note="«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»"),
        T("и какое это было по счёту заседание?", [NUM[13]], note="«The 13th meeting»"),
    ]))
    c.append(chat(16, "the Joint Statement, terse: who adopted, where the text goes, when, signed by Trefilov (no), what it commits to", [S1], [
        T("joint statement on transnational crime - who adopted it?", [r"Heads\s+of\s+State|глав\w*\s+государств|Council\s+of\s+Heads|Совет\w*\s+глав"],
          note="«The Heads of State also adopted a Joint Statement on Cooperation in Combating Transnational Crime»"),
        T("where will the text go?", [UN], note="«The text of the statement is planned to be distributed at the United Nations and other international organizations»"),
        T("when was it adopted?", [OCTOBER], note="at the October meetings in Dushanbe"),
        T("did Trefilov sign it?", [NO_OR_UNSAID], absent=[STARTS_YES], note="adopted by the Heads of State; nothing says Trefilov signed it"),
        T("what does it commit them to?", [r"law\s+enforcement|правоохранит", r"terror|террор|extremis|экстремизм"],
          note="«expanding interaction in the law enforcement sphere and building effective mechanisms to counter terrorism and extremism»"),
    ]))
    c.append(chat(17, "Klemez's threats, where he said it, a topic at another meeting (yes), drones at XVIII (yes), drones at St Petersburg (not said)", [S2, S3, S4], [
        T("Какие угрозы назвал Клемез?", [r"migra|миграц", r"drug|narcot|наркот", r"cyber|кибер"],
          note="«extremist movements utilizing terrorist methods … Illegal migration flows … narcotics production … weapons smuggling … cybercrime … money laundering and corruption»"),
        T("В связи с каким заседанием он это сказал?", [rf"{SPB}|{INTERIOR}|МВД"], note="the Interior Ministers Council meeting in St Petersburg"),
        T("а о кибербезопасности говорили и на встрече руководителей спецслужб?", [YES, r"cyber|кибер"], absent=[STARTS_NO],
          note="«Delegates investigated how to sharpen joint capabilities in counterterrorism, cyber defense, border security»"),
        T(wrong_layout("а дроны обсуждали на XVIII встрече?"), [YES, r"unmanned|беспилот|UAV|БПЛА|drone|дрон"], absent=[STARTS_NO],
          note="wrong layout; «the increase in the number of terrorist acts with use of unmanned aerial vehicles»"),
        T("а в Петербурге беспилотники обсуждали?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S2 does not mention unmanned aerial vehicles"),
    ]))
    c.append(chat(18, "chatty: the Year of Peace and Unity, who brought it up, why the city is symbolic, historical memory", [S2], [
        T("hey, I vaguely remember a 'Year of Peace and Unity' thing — which year got that name in the CIS?", [r"2025"],
          note="«in the year of the 80th anniversary of Victory … which was declared the Year of Peace and Unity in the Fight Against Nazism in the CIS» (S2, 2025)"),
        T("who brought it up in St Petersburg?", [KLEMEZ], note="«Yevgeny Klemez noted the symbolic significance of holding the meeting in St. Petersburg …»"),
        T("why did he call the city symbolic?", [r"suffer|страдан|war\b|войн"], note="«a city that endured immense suffering during the war»"),
        T("and what did he say about history?", [r"rewrit|переписыв|переписат|memory|памят"],
          note="«preserving the historical memory, countering attempts to rewrite history»"),
    ]))
    c.append(chat(19, "EAG: what it is, what it reported, FATF, observer (not said, wrong layout), which organisation became observer", [S1, S4], [
        T("Что такое ЕАГ?", [r"Eurasian\s+Group|Евразийск", r"laundering|легализац|отмыв"],
          note="«Eurasian Group on Combating Money Laundering and Financing of Terrorism»"),
        T("о чём её секретариат докладывал на антитеррористической встрече в июне?", [ATC, r"money\s+laundering|легализац|отмыв|AML|ПОД"],
          note="«The EAG Secretariat reported on its joint work with the CIS ATC aimed at establishing and developing national anti-money laundering systems»"),
        T("по каким стандартам это оценивается?", [r"FATF|ФАТФ"], note="«assessment mechanisms based on international FATF standards»"),
        T(wrong_layout("она наблюдатель в СНГ?"), [NO_OR_UNSAID], absent=[STARTS_YES], note="wrong layout; no source gives the EAG observer status"),
        T("а какая организация получила статус наблюдателя?", [SCO], note="«grant the Shanghai Cooperation Organization the status of an Observer»"),
    ]))
    c.append(chat(20, "the police chiefs' summer meeting: topics, a topic claimed of the secretaries, a brand-new question (ATC head, not said), then ATC / BCOC there", [S1, S2], [
        T("What did the police chiefs talk about at their summer meeting?", [r"migra|миграц", r"road|дорожн|forensic|эксперт|crime\s+prevention|профилактик"],
          note="«implementation of interstate crime prevention programs … illegal migration, cooperation in the field of road safety, expert and forensic activities»"),
        T("was road safety on the security secretaries' agenda as well?", [NO_OR_UNSAID], absent=[STARTS_YES],
          note="S1's agenda: «humanitarian and educational cooperation»; road safety not mentioned"),
        T("Who is the head of the CIS Anti-Terrorism Center?", None, dd=True, note="brand-new question; no source names the ATC's head"),
        T("was it represented in St Petersburg?", [YES], absent=[STARTS_NO], note="«the CIS Anti-Terrorism Center» among the participants in St Petersburg"),
        T("и Бюро по координации борьбы с оргпреступностью тоже?", [YES], absent=[STARTS_NO],
          note="«the Bureau for Coordinating the Fight Against Organized Crime …» at St Petersburg"),
    ]))
    c.append(chat(21, "counts compared, Latin-typed with typos: states at two meetings, Russia listed at one, not at the other, an undated meeting", [S2, S3], [
        T("skolko gosudarstv bylo na zasedanii MVD v Pitere?", [NUM[8]], note="eight states listed in S2"),
        T("a skolko delegacij na vstreche specsluzhb v Moskve?", [NUM[8]], note="«The presence of these eight states»"),
        T("a Rossiya v spiske v Pitere est?", [YES], absent=[STARTS_NO], note="Russia is listed in S2"),
        T("a v spiske delegacij na vstreche specsluzhb?", [no(RUS + r"|Rossi")], absent=[STARTS_YES],
          note="S3's list: Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan (no Russia)"),
        T("kagda byla ta vstrecha specsluzhb?", None, absent=[r"^\W*(?:\d|October|октябр|November|ноябр)"], dd=True,
          note="S3 is undated and gives no date for the meeting"),
    ], lang="ru"))
    c.append(chat(22, "programmes: which approved, which ends first, what the 2 March report says of programmes, programmes at St Petersburg (switch)", [S0, S1, S2], [
        T("Which cooperation programmes were approved at the Dushanbe summit?", [CT_PERIOD, r"2030"],
          note="«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»"),
        T("which one ends first?", [r"terror|террор|2028"], absent=[r"^\W*(?:the\s+)?(?:border|погранич)"], note="2028 before 2030"),
        T("What did the 2 March report say about programmes?", [r"targeted|целев", r"interstate|межгосударств"],
          note="«facilitated by joint participation in the implementation of interstate targeted cooperation programmes in the sphere of security»"),
        T("а в Петербурге какие программы обсуждали?", [r"crime\s+prevention|профилактик|предупрежден"],
          note="«issues related to the implementation of interstate crime prevention programs»"),
    ]))
    c.append(chat(23, "two meetings compared: XVIII vs St Petersburg (which first, days), body at both, the Dushanbe thing (when, before the secretaries?)", [S1, S2, S4], [
        T("что было раньше — восемнадцатая антитеррористическая встреча или заседание МВД в Питере?", [r"XVIII|\b18|June|июн|террор"],
          note="10 June 2025 before 12 August 2025"),
        T("на сколько дней?", [r"\b63\b"], note="10 June → 12 August 2025 = 63 days"),
        T("а какой орган СНГ был на обеих?", [ATC], note="the CIS Anti-Terrorism Center is at both (S2 participants; S4's 13 bodies)"),
        T("а саммит в Душанбе когда был?", [OCTOBER], note="«the October meetings of the Commonwealth's supreme bodies in Dushanbe»"),
        T("это было до встречи секретарей совбезов или после?", [r"before|earlier|раньше|\bдо\b|прежде|предшеств|October|октябр"],
          absent=[r"^\W*(?:after|после)\b"], note="October 2025 before 5 November 2025"),
    ]))
    c.append(chat(24, "the St Petersburg one vs the secretaries: agendas, a topic at the first but not the second, a wrong city (no)", [S1, S2], [
        T("What was on the agenda of the St Petersburg one?", [r"migra|миграц", r"road|дорожн|forensic|эксперт|crime\s+prevention|профилактик|information|информацион"],
          note="«The Council discussed topical problems in the fight against illegal migration, cooperation in the field of road safety, expert and forensic activities …»"),
        T("and at the Moscow meeting of the security secretaries?", [r"humanitarian|гуманитарн", r"education|образоват"],
          note="«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»"),
        T("so what came up at the first but not at the second?", [r"migra|миграц|road|дорожн|forensic|эксперт|crime\s+prevention|профилактик"],
          note="S2's topics (illegal migration, road safety, forensics, crime prevention) are not in S1's agenda"),
        T("Was the secretaries' meeting held in Dushanbe?", [no(DUSHANBE), MOSCOW], absent=[STARTS_YES],
          note="«The 13th meeting of the CIS Security Secretaries Council took place in Moscow»; Dushanbe hosted the October summit"),
    ]))
    c.append(chat(25, "the Dushanbe thing, Latin-typed: what happened, who told of it, was he there (not said), how many states signed (not said)", [S1], [
        T("chto tam bylo v Dushanbe, korotko?", [r"SCO|ШОС|Shanghai|Шанхай|CIS\s*Plus|СНГ\s*плюс|Statement|Заявлени|Concept|Концепци|Programm|Програм"],
          note="the October summit: CIS Plus, SCO observer, the Joint Statement, the Concept and the programmes"),
        T("a kto ob etom rasskazal?", [TREFILOV], note="Trefilov «elaborated on the outcomes of the October meetings … in Dushanbe»"),
        T("a sam Trefilov byl v Dushanbe?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S1 does not say where Trefilov was in October"),
        T("skolko gosudarstv podpisalo sovmestnoe zayavlenie?", None, absent=[r"^\W*\d"], dd=True,
          note="«The Heads of State also adopted a Joint Statement …»: no count of signatories"),
    ], lang="ru"))
    # --- second batch, written during the session: the first batch's failures varied over other entries;
    # notes start with the family in brackets; scored on the start code before each fix
    c.append(chat(26, "[person-there] a person asked at the meeting of the quote just given", [S1, S4], [
        T("Что сказал Рахмон на антитеррористическом совещании?", [r"ATC|АТЦ|Антитеррор|2000"], note="Rahmon's address at the XVIII meeting"),
        T("А Трефилов был на том заседании?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S4 does not name Trefilov"),
    ]))
    c.append(chat(27, "[person-there] after Klemez's words, another person at that meeting", [S1, S2], [
        T("What did Klemez say about migration?", [r"migra|миграц"], note="«Illegal migration flows pose a direct threat to national security»"),
        T("Did Trefilov attend that meeting?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S2 does not name Trefilov"),
    ]))
    c.append(chat(28, "[person-there] Latin-typed: after Trefilov's words, Rahmon there", [S1, S4], [
        T("chto skazal Trefilov pro molodezh?", [r"destructive|деструктив"], note="«especially youth, in destructive ideological movements»"),
        T("a Rahmon tam byl?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S1 does not name Rahmon"),
    ], lang="ru"))
    c.append(chat(29, "[person-there] after who addressed a meeting, two other people there (one without a pointing word)", [S3, S4], [
        T("Who gave the congratulatory address at the XVIII meeting?", [RAHMON], note="«a congratulatory address from … Emomali Rahmon»"),
        T("Was Peskov there as well?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S4 does not name Peskov"),
        T("Did Klemez take part?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S4 does not name Klemez"),
    ]))
    c.append(chat(30, "[period-other-doc] a period asked of another document named by one word after a programme's period", [S1], [
        T("На какой срок программа по противодействию терроризму?", [CT_PERIOD], note="«for 2026–2028»"),
        T("а концепция военного сотрудничества до какого года?", [r"2030"], absent=[r"2028"], note="«the Military Cooperation Concept … until 2030»"),
    ]))
    c.append(chat(31, "[period-other-doc] the other programme by its field", [S1], [
        T("Until when does the border security programme run?", [r"2030"], note="«until 2030»"),
        T("and the counter-terrorism one, for what years?", [CT_PERIOD], note="«for 2026–2028»"),
    ]))
    c.append(chat(32, "[period-other-doc] Latin-typed: the concept then the programme", [S1], [
        T("do kakogo goda koncepciya voennogo sotrudnichestva?", [r"2030"], note="«until 2030»"),
        T("a programma po terrorizmu na kakie gody?", [CT_PERIOD], absent=[r"^\W*(?:до\s+|until\s+)?2030"], note="«for 2026–2028»"),
    ], lang="ru"))
    c.append(chat(33, "[period-other-doc] the concept by one word after the programme's years", [S1], [
        T("What period does the counter-terrorism programme cover?", [CT_PERIOD], note="«for 2026–2028»"),
        T("and the concept, until when?", [r"2030"], absent=[r"2028"], note="«until 2030»"),
    ]))
    c.append(chat(34, "[text-go] where the document's text goes, by 'go' and a pronoun", [S1], [
        T("Who adopted the joint statement?", [r"Heads\s+of\s+State|глав\w*\s+государств"], note="«The Heads of State also adopted a Joint Statement»"),
        T("куда пойдёт его текст?", [UN], note="«The text of the statement is planned to be distributed at the United Nations»"),
    ]))
    c.append(chat(35, "[text-go] after what the heads of state adopted, where the statement's text is sent", [S1], [
        T("Что приняли главы государств в Душанбе?", [r"Statement|Заявлени"], note="«The Heads of State also adopted a Joint Statement …»"),
        T("и куда отправят текст заявления?", [UN], note="«planned to be distributed at the United Nations and other international organizations»"),
    ]))
    c.append(chat(36, "[days-pair] after which came first, 'by how many days?' with no word pointing at the two", [S1, S4], [
        T("which came first, the XVIII meeting or the secretaries meeting?", [r"XVIII|counter-?terror|June|июн"], note="10 June before 5 November 2025"),
        T("by how many days?", [r"\b148\b"], note="10 June → 5 November 2025 = 148 days"),
    ]))
    c.append(chat(37, "[days-pair] Latin-typed: the interior ministers vs the secretaries, then 'na skolko dney?'", [S1, S2], [
        T("chto bylo ran'she: zasedanie MVD v Pitere ili vstrecha sekretarey sovbezov?", [rf"{INTERIOR}|МВД|August|август|Petersburg|Петербург"],
          note="12 August before 5 November 2025"),
        T("na skolko dney?", [r"\b85\b"], note="12 August → 5 November 2025 = 85 days"),
    ], lang="ru"))
    c.append(chat(38, "[days-pair] Russian: the XVIII meeting vs the secretaries, 'а на сколько дней?'", [S1, S4], [
        T("Какое заседание было раньше — XVIII антитеррористическое или секретарей совбезов?", [r"XVIII|\b18|June|июн|антитеррор"], note="10 June 2025 first"),
        T("а на сколько дней?", [r"\b148\b"], note="148 days"),
    ]))
    c.append(chat(39, "[person-there] after Putin's words in the intelligence article, Peskov 'at this meeting'", [S3], [
        T("Что говорил Путин о годе мира и единства?", [r"мир|peace|единств|unity"], note="«the current year should be a period of peace and unity»"),
        T("А Песков выступал на этой встрече?", [NO_OR_UNSAID], absent=[STARTS_YES], note="his remark is an October statement; S3 does not say he spoke at the meeting"),
    ]))
    c.append(chat(40, "[person-there] after Trefilov's words, Rahmon speaking at that meeting", [S1, S4], [
        T("What did Trefilov say about youth?", [r"destructive|деструктив"], note="«especially youth, in destructive ideological movements»"),
        T("Did Rahmon speak at that meeting?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S1 does not name Rahmon"),
    ]))
    c.append(chat(41, "[on-the-list] after the states at a meeting, a state 'on the list'", [S4], [
        T("Which states were at the XVIII meeting?", [AZE, UZB], note="eight states listed"),
        T("is Turkmenistan on the list?", [rf"{NO_OR_UNSAID}|{no(TKM)}"], absent=[STARTS_YES], note="Turkmenistan is not among the eight named"),
    ]))
    c.append(chat(42, "[on-the-list] Russian: a state 'в списке есть?' after who took part", [S2], [
        T("Кто участвовал в заседании в Петербурге?", [ARM, UZB], note="eight states, the ATC and the BCOC"),
        T("а Узбекистан в списке есть?", [YES], absent=[STARTS_NO], note="Uzbekistan is listed"),
    ]))
    c.append(chat(43, "[both-group] two meetings asked in turn, then the bodies at both", [S2, S4], [
        T("when was the XVIII meeting?", [r"10\s+(?:June|июн)|June\s+10"], note="10 June 2025"),
        T("and the St Petersburg one?", [AUG12], note="12 August"),
        T("which CIS bodies were at both?", [ATC], note="the ATC is at both"),
    ]))
    c.append(chat(44, "[both-group] Latin-typed: two meetings compared, then the states at both", [S2, S3], [
        T("chto bylo ran'she: vstrecha specsluzhb ili zasedanie MVD v Pitere?", None, dd=True,
          note="the intelligence chiefs' meeting is undated: which came first is not known"),
        T("kakie strany byli na oboih?", [ARM, TKM], note="seven states on both lists"),
    ], lang="ru"))
    c.append(chat(45, "[topic-other-meeting] a topic asked of another meeting the turn names, after one meeting's topics", [S2, S4], [
        T("What did the XVIII meeting discuss?", [r"terror|террор"], note="the four sessions"),
        T("а в Петербурге о миграции говорили?", [YES, r"migra|миграц"], absent=[STARTS_NO], note="«the fight against illegal migration»"),
        T("and did they talk about drones in St Petersburg?", [NO_OR_UNSAID], absent=[STARTS_YES], note="S2 does not mention drones"),
    ]))
    c.append(chat(46, "[topic-other-meeting] Latin-typed: after the secretaries' agenda, a topic of the XVIII meeting", [S1, S4], [
        T("chto obsuzhdali sekretari sovbezov?", [r"humanitarian|гуманитарн"], note="humanitarian and educational cooperation"),
        T("a pro deradikalizaciyu govorili na XVIII soveshchanii?", [YES], absent=[STARTS_NO], note="the fourth session: counteracting radicalization"),
    ], lang="ru"))
    return c


def question(number: int, q: str, kind: str, expect: list[str] | None, src: list[str], note: str, absent: list[str] | None = None,
             dd: bool = False) -> dict[str, Any]:
    return case_entry(f"t24conv2-{number:03d}", q, kind, expect, src, note, absent=absent, dd=dd)


def questions() -> list[dict[str, Any]]:
    """Single questions written during the session, varying the conversations' failures (notes start with
    the family in brackets)."""
    return [
        question(1, "Was the military cooperation concept approved?", "yes_no", [YES, rf"{CONCEPT}|2030"], [S1],
                 "[done-aside] «the Military Cooperation Concept of the CIS Member States until 2030 was approved»", absent=[STARTS_NO]),
        question(2, "Была ли принята концепция военного сотрудничества до 2030 года?", "yes_no", [YES], [S1],
                 "[done-aside] approved in Dushanbe; a plan to adopt it (S2) is no doubt about it", absent=[STARTS_NO]),
        question(3, "Did the SCO become an observer at the CIS?", "yes_no", [YES, OBSERVER], [S1],
                 "[become-status] «grant the Shanghai Cooperation Organization the status of an Observer»", absent=[STARTS_NO]),
        question(4, "ShOS stala nablyudatelem pri SNG?", "yes_no", [YES], [S1],
                 "[become-status] Latin-typed; the status was granted", absent=[STARTS_NO]),
        question(5, "Did the CSTO become an observer at the CIS?", "yes_no", [no(CSTO)], [S1, S4],
                 "[become-status] control: no status for the CSTO is recorded", absent=[STARTS_YES]),
        question(6, "Was the secretaries' meeting held in Moscow?", "yes_no", [YES, r"Secretar|секретар"], [S1],
                 "[secretaries] «The 13th meeting of the CIS Security Secretaries Council took place in Moscow»",
                 absent=[STARTS_NO, r"Eurasian|\bEAG\b|ЕАГ"]),
        question(7, "Where was the secretaries' meeting?", "attribute", [MOSCOW], [S1],
                 "[secretaries] Moscow, 5 November 2025", absent=[r"XVIII|counter-?terror|антитеррор"]),
        question(8, "Was the secretaries meeting held in St Petersburg?", "yes_no", [no(SPB), MOSCOW], [S1],
                 "[secretaries] held in Moscow", absent=[STARTS_YES]),
        question(9, "where will the text of the joint statement go?", "attribute", [UN], [S1],
                 "[text-go] «The text of the statement is planned to be distributed at the United Nations»"),
        question(10, "куда направят текст совместного заявления?", "attribute", [UN], [S1],
                 "[text-go] «planned to be distributed at the United Nations and other international organizations»"),
        question(11, "Is Belarus in the list of participants of the XVIII meeting?", "yes_no", [YES], [S4],
                 "[on-the-list] the Republic of Belarus is listed", absent=[STARTS_NO]),
        question(12, "Азербайджан есть в списке участников заседания МВД?", "yes_no", [no(AZE)], [S2],
                 "[on-the-list] S2 lists eight states, no Azerbaijan", absent=[STARTS_YES]),
        question(13, "Kyrgyzstan on the list for the intelligence chiefs meeting?", "yes_no", [YES], [S3],
                 "[on-the-list] «Delegations from … Kyrgyzstan …»", absent=[STARTS_NO]),
        question(14, "Which programmes were discussed at the St Petersburg meeting?", "topic", [r"crime\s+prevention|профилактик"], [S2],
                 "[programmes-discussed] «issues related to the implementation of interstate crime prevention programs»"),
        question(15, "kakie programmy obsuzhdali v Pitere?", "topic", [r"crime\s+prevention|профилактик"], [S2],
                 "[programmes-discussed] Latin-typed; the agenda's crime prevention programmes"),
        question(16, "Какие программы рассматривали на заседании СМВД в Санкт-Петербурге?", "topic", [r"crime\s+prevention|профилактик"], [S2],
                 "[programmes-discussed] none adopted there; the agenda names the crime prevention programmes"),
    ]


def main() -> None:
    out = Path(__file__).resolve().parent / "tuning24_conv2.yaml"
    header = (
        "# Tuning set tuning24_conv2: written in session 24 (helper t24-conv2) by a fresh reader of the documents, from the\n"
        "# five documents in knowledge/seeds/ only, without reading the engine or the other question sets; \"today\" is\n"
        "# 2026-11-30. Conversations centred on the sources themselves, documents approved or planned, people, observers,\n"
        "# programmes, counts and two meetings compared. Same fields and judging rules as tuning.yaml (see README.md).\n"
        "# Generated by build_tuning24_conv2.py.\n"
    )
    convs = conversations()
    out.write_text(header + dump_set({"questions": questions(), "conversations": convs}), encoding="utf-8")
    turns = [turn for conv in convs for turn in conv["turns"]]
    russian = sum(1 for conv in convs for turn in conv["turns"]
                  if conv.get("lang") == "ru" or any("а" <= ch.lower() <= "я" for ch in turn["q"]))
    print(f"{out.stem}: {len(convs)} conversations, {len(turns)} turns ({russian} Russian)")


if __name__ == "__main__":
    main()
