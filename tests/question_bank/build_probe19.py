"""Probe set 19: a fresh measuring set written on 2026-12-01 in session 19 (after probe18); nobody tunes on it.

Written by hand from the five documents in knowledge/seeds/ only, without reading the other sets' questions.
`python tests/question_bank/build_probe19.py` rewrites probe19.yaml.
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
    KLEMEZ,
    MOSCOW,
    NUM,
    PROSECUTORS,
    RAHMON,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SECSEC,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TKM,
    TREFILOV,
    UN,
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
DEPUTY = r"Deputy\s+Secretary|заместител\w*\s+генеральн\w*\s+секретар|замгенсек"
DIRECTOR = r"Director|директор"
HUMANIT = r"humanitarian|гуманитарн"
YEAR_2030 = r"\b2030\b"
UAV = r"unmanned|drone|UAV|беспилот|БПЛА"
DERAD = r"radicali|радикализ"
ROAD = r"road|traffic|дорожн"
ANNIV = r"80|восьмидесят|eightieth"
UNSAID = (
    r"not\s+(?:say|said|mention|state|specif|record|report|give|name|list)|n't\s+(?:say|mention|state|specif|record|give|name)"
    r"|no\s+(?:information|data|mention|record|details)|не\s+(?:сказано|указ|упомина|говорится|сообща|назван|обсужда)"
    r"|нет\s+(?:сведений|данных|информации)"
)

Q: list[dict[str, Any]] = []


def q(text: str, kind: str, expect: list[str] | None, src: list[str], note: str, absent: list[str] | None = None,
      dd: bool = False, decline: bool = False) -> None:
    Q.append(case_entry(f"p19-{len(Q) + 1:03d}", text, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


# --- yes_no -------------------------------------------------------------------------------------------
q("Did Uzbekistan send anyone to the intelligence chiefs' meeting in Moscow?", "yes_no", [YES], [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»",
  absent=[STARTS_NO])
q("Туркменистан был на июньском совещании руководителей антитеррористических подразделений?", "yes_no", [no(TKM)], [S4],
  "«competent authorities of 9 CIS member-states – the Republic of Azerbaijan, ... the Republic of Uzbekistan» (Turkmenistan not listed)",
  absent=[STARTS_YES])
q("was the ODKB / CSTO at the st petersburg interior ministers meeting?", "yes_no", [no(CSTO)], [S2],
  "the St Petersburg participants were eight states, the ATC and the Bureau; the CSTO is named only at the June CT meeting (S4)",
  absent=[STARTS_YES])
q("Правда ли, что ШОС получила статус наблюдателя при СНГ?", "yes_no", [YES, r"observer|наблюдат"], [S1],
  "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»", absent=[STARTS_NO])
q("pravda chto klemez otkryval 13 zasedanie sovbeza sekretarei?", "yes_no", [no(KLEMEZ)], [S1],
  "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech» (not Klemez)",
  absent=[STARTS_YES])
q("Did the XVIII counter-terrorism meeting approve the 2026-2028 counter-terrorism programme?", "yes_no",
  [rf"{no(r'approv|утвержд|XVIII|June|июн')}|Dushanbe|Душанбе|summit|саммит|Heads\s+of\s+State|глав\w*\s+государств"], [S1, S4],
  "the programme was approved at the October Dushanbe meetings of the supreme bodies («Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»)",
  absent=[STARTS_YES])
q("Was the Joint Statement on transnational crime already handed to the UN?", "yes_no",
  [UN, rf"plan|планир|намеч|{UNSAID}"], [S1],
  "«The text of the statement is planned to be distributed at the United Nations» (planned, not done)",
  absent=[STARTS_YES])
q("Подписали ли договор о международных контролируемых поставках?", "yes_no", [rf"plan|планир|намеч|{UNSAID}"], [S2],
  "«Plans are in place ... to sign the treaty on international controlled delivery operations» — only planned in August; no source says it was signed",
  absent=[STARTS_YES])

# --- abbreviation -------------------------------------------------------------------------------------
q("что такое БКБОП", "abbreviation", [r"организованн\w+\s+преступн|Organi[sz]ed\s+Crime"], [S0, S2],
  "«Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes»")
q("EAG stands for?", "abbreviation", [r"Eurasian\s+Group|Евразийск\w+\s+групп"], [S4],
  "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
q("РАТС ШОС расшифруй", "abbreviation", [r"Regional\s+Anti-?\s?Terror|Региональн\w+\s+антитеррор"], [S4],
  "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»")
q("whats the ATC in cis context", "abbreviation", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], [S0, S4],
  "«CIS Anti-Terrorism Center»; «to establish the CIS ATC»")
q("chto znachit SNG plus", "abbreviation", [r"platform|площадк|format|формат", r"cooperat|сотрудничеств|interact|взаимодейств"], [S1],
  "«the “Commonwealth of Independent States Plus” format as a platform for cooperation between CIS Member States and other states, their associations, and international organizations»")
q("FATF — что за стандарты упоминаются у ЕАГ?", "abbreviation", [r"FATF|ФАТФ"], [S4],
  "«assessment mechanisms based on international FATF standards» (the sources do not expand FATF)")

# --- topic --------------------------------------------------------------------------------------------
q("What was on the agenda of the November security secretaries meeting?", "topic", [rf"{HUMANIT}|education|образоват"], [S1],
  "«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»")
q("О чём говорили на четвёртой сессии антитеррористического совещания?", "topic", [DERAD], [S4],
  "«During the fourth session on counteracting radicalization of the population»")
q("which meeting talked about drones?", "topic", [r"XVIII|18|counter-?terror|антитеррор", rf"{date(10, 6, 2025)}|June|июн|{MOSCOW}"], [S4],
  "«the increase in the number of terrorist acts with use of unmanned aerial vehicles»", absent=[bare(SPB)])
q("што обсуждал совет мвд в питере кроме миграции", "topic", [rf"{ROAD}|forensic|экспертн|crime\s+prevention|профилактик|information|информацион"], [S2],
  "«cooperation in the field of road safety, expert and forensic activities ...»; «implementation of interstate crime prevention programs»")
q("what did the spy chiefs focus on in Moscow", "topic", [r"counterterror|counter-terror|антитеррор|cyber|кибер|border|границ|information|информац"], [S3],
  "«how to sharpen joint capabilities in counterterrorism, cyber defense, border security, and cross-border criminal networks»")
q("Чему была посвящена третья сессия XVIII совещания?", "topic", [EXERCISE], [S4],
  "«The third session discussed the organization of a joint anti-terrorist exercise ... \"Commonwealth-Antiterror - 2025\"»")

# --- attribute ----------------------------------------------------------------------------------------
q("Кто такой Евгений Клемез?", "attribute", [DIRECTOR, r"Security\s+Cooperation|сотрудничеств\w*\s+в\s+сфере\s+безопасност|безопасност"], [S2],
  "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»")
q("where was the summer meeting of the police chiefs", "attribute", [SPB], [S2],
  "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»", absent=[bare(MOSCOW)])
q("what post does Rahmon hold per the June document", "attribute",
  [r"Chair|председател|President|президент"], [S4],
  "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»")
q("Which press office reported the intelligence heads' meeting?", "attribute", [r"Foreign\s+Intelligence|внешней\s+разведки|СВР|\bSVR\b"], [S3],
  "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda...»")
q("где проходили октябрьские заседания высших органов СНГ", "attribute", [DUSHANBE], [S1],
  "«the outcomes of the October meetings of the Commonwealth's supreme bodies in Dushanbe»")
q("who gave the welcome speech at the 13th secretaries council", "attribute", [TREFILOV], [S1],
  "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»", absent=[bare(KLEMEZ)])
q("v kakoi strane dolzhny byli proiti ucheniya Sodruzhestvo-Antiterror-2025", "attribute", [TAJ], [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»")

# --- list ---------------------------------------------------------------------------------------------
q("Перечисли международные организации на XVIII антитеррористическом совещании", "list", [CSTO, RATS, EAG], [S4],
  "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure ..., Eurasian Group ...»")
q("list the 3 specialised bodies", "list", [ATC, BCOC, JOINT_COMMISSION], [S0],
  "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau ...; Joint Commission ...»")
q("Какие документы утвердили в Душанбе по безопасности?", "list", [r"Concept|Концепци", r"terror|террор", r"border|границ"], [S1],
  "«the Military Cooperation Concept ... until 2030 was approved, along with the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security»")
q("what threats did klemez list in august", "list", [r"narcot|drug|наркот", r"cyber|кибер", r"weapon|оружи"], [S2],
  "«marked increase in extremist movements ... Illegal migration ... narcotics production ... weapons smuggling ... cybercrime ... money laundering and corruption»")
q("какие страны были на совещании спецслужб в Москве", "list", [AZE, ARM, TKM], [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»")
q("what were the aims of the CIS security bodies' work in 2025", "list",
  [r"stabilit|стабильн", r"rule\s+of\s+law|правопоряд|законност|authority|авторитет"], [S0],
  "«ensuring stability in the Commonwealth; countering common challenges and threats; strengthening the rule of law ...; enhancing the authority of the CIS»")
q("kakie organy sng byli v pitere krome stran", "list", [ATC, BCOC], [S2],
  "«... Uzbekistan, the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime»")

# --- count --------------------------------------------------------------------------------------------
q("How many sectoral cooperation bodies work in the CIS security sphere?", "count", [NUM[16]], [S0],
  "«16 sectoral cooperation bodies operate in the security sphere»")
q("скока заседаний прошло в 2025", "count", [NUM[20]], [S0], "«In 2025, 20 meetings were held.»")
q("how many specialized sessions did the june ct meeting have", "count", [NUM[4]], [S4],
  "«The meeting included a plenary session and 4 specialized sessions.»")
q("Сколько базовых организаций было на XVIII совещании?", "count", [NUM[4]], [S4],
  "«4 basic organizations of the CIS member states»")
q("how many delegations came to the intelligence heads meeting", "count", [NUM[8]], [S3],
  "«The presence of these eight states reinforced...»")
q("Сколько органов СНГ прислали рабочие структуры на антитеррористическое совещание?", "count", [NUM[13]], [S4],
  "«working structures of 13 CIS bodies»")
q("skolko uchastnikov bylo na 13 zasedanii sekretarei sovbezov", "count", None, [S1],
  "the 13th Security Secretaries meeting's participants are not counted or listed", dd=True, absent=[r"\b(?:8|9|13)\s+(?:states|countries|стран|государств)"])

# --- quote --------------------------------------------------------------------------------------------
q("What exactly did Peskov say about CIS cooperation?", "quote", [r"potential|потенциал", r"turbulent|турбулент|непрост"], [S3],
  "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with greater confidence»")
q("Цитата Клемеза про исторической память", "quote", [r"rewrite|переписат|historical\s+memory|историческ\w+\s+памят"], [S2],
  "«unite our efforts in preserving the historical memory, countering attempts to rewrite history»")
q("what did trefilov say the annual meetings make possible", "quote", [r"assess|оцени", r"vector|вектор|direction|направлен|interaction|взаимодейств"], [S1],
  "«the annual meetings make it possible to assess the results of cooperation ... and determine the vectors for interaction in the near future»")
q("Klemez quote on the future of the Commonwealth?", "quote", [r"future|будущ", r"actions|действ"], [S2],
  "«Our actions today will inform the future of the Commonwealth of Independent States.»")
q("что Трефилов сказал про молодёжь", "quote", [r"youth|молод", r"destructive|деструктив|ideolog|идеолог"], [S1],
  "«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements»")
q("Rahmon's address - what did he say about the ATC?", "quote", [r"2000", r"contribution|вклад|validity|обоснован|правильн"], [S4],
  "«noted the validity of the decision taken in 2000 ... to establish the CIS ATC and emphasized the Center’s significant contribution»")

# --- time (today 2026-11-30) --------------------------------------------------------------------------
q("когда было последнее заседание совета секретарей советов безопасности", "time", [date(5, 11, 2025)], [S1],
  "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»", absent=[FUTURE, DATED_2026])
q("is the 2026-2028 counter-terrorism programme running now?", "time", [CT_PERIOD], [S1],
  "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»; today is 2026-11-30, inside the period",
  absent=[STARTS_NO])
q("до какого года действует концепция военного сотрудничества", "time", [YEAR_2030], [S1],
  "«the Military Cooperation Concept of the CIS Member States until 2030 was approved»")
q("which came first - the st petersburg council or the moscow counter-terror meeting?", "time",
  [rf"counter-?terror|антитеррор|XVIII|{date(10, 6, 2025)}|June|июн"], [S2, S4],
  "XVIII CT meeting: «held in Moscow on June 10, 2025»; St Petersburg: «on 12 August» 2025")
q("когда следующее заседание СМВД?", "time", None, [S2],
  "no later meeting of the Interior Ministers Council is dated in the sources", dd=True, absent=[FUTURE, DATED_2026])
q("how long ago was the XVIII meeting", "time", [rf"{date(10, 6, 2025)}|June\s+2025|июн\w*\s+2025"], [S4],
  "«held in Moscow on June 10, 2025» (about a year and a half before 2026-11-30)", absent=[DATED_2026])
q("kogda proshli ucheniya Sodruzhestvo-Antiterror", "time", [rf"{month(10, 2025)}|October|октябр"], [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan» (planned)",
  absent=[DATED_2026])

# --- lookalike ----------------------------------------------------------------------------------------
q("Where did the 14th Security Secretaries Council meeting take place?", "lookalike", None, [S1],
  "only the 13th meeting (Moscow, 5 November 2025) is recorded", dd=True, absent=[rf"^\W*(?:{MOSCOW}|{DUSHANBE})"])
q("Совет министров обороны СНГ собирался в Санкт-Петербурге в августе?", "lookalike",
  [rf"{no(r'обороны|Defen[cs]e')}|{INTERIOR}"], [S2],
  "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August» — interior, not defence ministers",
  absent=[STARTS_YES])
q("is the Council of Heads of Customs Services one of the 16 sectoral bodies?", "lookalike",
  [no(CUSTOMS)], [S0, S4],
  "the 16-body list of S0 has no customs council; it appears only among the 13 bodies at the June meeting (S4)", absent=[STARTS_YES])
q("Что обсуждали на XVII совещании антитеррористических подразделений?", "lookalike", None, [S4],
  "only the XVIII meeting is described", dd=True, absent=[STARTS_YES])
q("did the SCO's anti-terror center hold the 2025 exercise in tajikistan?", "lookalike",
  [rf"{ATC}|competent\s+authorities|компетентн|{no(r'RATS|РАТС|SCO|ШОС')}"], [S4],
  "«a joint anti-terrorist exercise of the competent authorities of the CIS member-states \"Commonwealth-Antiterror - 2025\"» — not RATS SCO",
  absent=[STARTS_YES])
q("Заместитель генсека Клемез что заявил в августе?", "lookalike", [DIRECTOR], [S1, S2],
  "Klemez is «Director of the Security Cooperation Department»; the Deputy Secretary-General is Denis Trefilov")
q("Interior ministers council in Minsk in August 2025 — who attended?", "lookalike", [SPB], [S2],
  "Minsk is BelTA's dateline; «The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»")

# --- out_of_scope -------------------------------------------------------------------------------------
q("what's the weather in Dushanbe tomorrow", "out_of_scope", None, [], "weather is not in the sources", decline=True)
q("Сколько стоит виза в Казахстан?", "out_of_scope", None, [], "visas are not in the sources", decline=True)
q("who won the NATO summit vote on Sweden", "out_of_scope", None, [], "NATO is not in the sources", decline=True)
q("напиши стих про осень", "out_of_scope", None, [], "not a question about the sources", decline=True)
q("What's the EV charging situation in Essen?", "out_of_scope", None, [S3],
  "only a 'Next Article' link title in S3; no content on it", decline=True)
q("курс рубля к доллару сегодня", "out_of_scope", None, [], "exchange rates are not in the sources", decline=True)

# --- style --------------------------------------------------------------------------------------------
q("hey so quick one, my boss asks where the cis counter-terrorism heads met last june, can u help?", "style", [MOSCOW], [S4],
  "«was held in Moscow on June 10, 2025»", absent=[bare(SPB)])
q(wrong_layout("где собирался совет секретарей советов безопасности"), "style", [MOSCOW], [S1],
  "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow»", absent=[bare(DUSHANBE)])
q("kagda sobiralsya sovet MVD v pitere", "style", [date(12, 8, 2025)], [S2],
  "«in St. Petersburg on 12 August»; article dated 13 August 2025")
q("wen was 13th sec council", "style", [date(5, 11, 2025)], [S1], "«took place in Moscow on November 5, 2025»")
q("Подскажите пожалуйста, а кто поздравлял участников антитеррористического совещания в июне, заранее спасибо!", "style",
  [RAHMON], [S4], "«The plenary session heard a congratulatory address from ... Emomali Rahmon»")
q("antiterr centr sng kogda sozdan", "style", [r"\b2000\b"], [S4],
  "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»")
q(wrong_layout("кто такой трефилов"), "style", [DEPUTY], [S1], "«CIS Deputy Secretary-General Denis Trefilov»")
q("skolko stran bylo na sovete mvd", "style", [NUM[8]], [S2],
  "«representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan» (eight)")


C: list[dict[str, Any]] = []


def conv(lang: str, src: list[str], turns: list[dict[str, Any]], note: str) -> None:
    C.append({"id": f"p19-c{len(C) + 1}", "lang": lang, "turns": turns, "source": src, "note": note})


conv("ru", [S2], [
    turn_entry("Где в августе собирались министры внутренних дел СНГ?", [SPB]),
    turn_entry("а какого числа?", [date(12, 8, 2025)]),
    turn_entry("кто об этом рассказывал прессе?", [KLEMEZ]),
    turn_entry("а какая у него должность?", [DIRECTOR]),
], "meeting -> date -> person -> person's post, pronouns")
conv("en", [S1], [
    turn_entry("When did the security secretaries council meet in 2025?", [date(5, 11, 2025)]),
    turn_entry("which meeting number was it", [r"13|thirteenth|тринадцат"]),
    turn_entry("and who chaired?", None, dd=True, absent=[rf"^\W*{TREFILOV}\s+(?:chaired|was\s+the\s+chair)"],
      note="the chair is not named; Trefilov gave the welcoming speech"),
    turn_entry("what did he say about the SCO then?", [r"observer|наблюдат"]),
], "date -> number -> unsaid chair -> person's statement")
conv("ru", [S4], [
    turn_entry("сколько государств было на XVIII совещании?", [NUM[9]]),
    turn_entry("а международных организаций?", [NUM[3]]),
    turn_entry("назови их", [CSTO, RATS, EAG]),
    turn_entry("какая из них отчиталась о работе с АТЦ?", [EAG]),
    turn_entry("on what standards is that monitored?", [r"FATF|ФАТФ"], note="switch to English"),
], "count -> ellipsis count -> list -> which one -> language switch")
conv("en", [S3], [
    turn_entry("Who reported the CIS intelligence chiefs meeting in Moscow?", [r"TASS|ТАСС|Foreign\s+Intelligence|внешней\s+разведки|\bSVR\b|\bСВР\b"]),
    turn_entry("was Russia among the listed delegations?", [rf"{no(RUS)}|host|хозя"], absent=[STARTS_YES],
      note="the list names eight states without Russia; Russia hosted"),
    turn_entry("and Azerbaijan?", [YES], absent=[STARTS_NO]),
    turn_entry("когда это было?", None, dd=True, absent=[DATED_2026], note="the article is undated"),
], "source -> yes/no no -> ellipsis yes -> unsaid date, language switch")
conv("ru", [S1], [
    turn_entry("Что утвердили главы государств в Душанбе?", [r"Concept|Концепци|programme|программ"]),
    turn_entry("а программа по терроризму на какие годы?", [CT_PERIOD]),
    turn_entry("а по границе?", [YEAR_2030]),
    turn_entry("кто это всё озвучил?", [TREFILOV]),
], "documents -> period -> ellipsis period -> who")
conv("en", [S4], [
    turn_entry("tell me about the june 2025 ct meeting", [MOSCOW]),
    turn_entry("who sent greetings", [RAHMON]),
    turn_entry("what country is he president of", [TAJ]),
    turn_entry("and what exercise happened there?", [EXERCISE]),
    turn_entry("How many meetings did the CIS security bodies hold in 2025 overall?", [NUM[20]], note="brand-new question"),
], "meeting -> person -> attribute -> exercise -> new count question")
conv("ru", [S2, S4], [
    turn_entry("obsuzhdali li v pitere bezopasnost dorozhnogo dvizheniya", [YES, ROAD], absent=[STARTS_NO]),
    turn_entry("а беспилотники?", [rf"{no(UAV)}|{UNSAID}|XVIII|июн|June"], absent=[STARTS_YES],
      note="drones appear only at the June CT meeting"),
    turn_entry("а на каком совещании про них говорили?", [rf"XVIII|18|антитеррор|counter-?terror|{date(10, 6, 2025)}"]),
    turn_entry("где оно прошло?", [MOSCOW], absent=[bare(SPB)]),
], "translit yes -> ellipsis no -> which meeting -> pronoun place")
conv("en", [S0], [
    turn_entry("how many sectoral bodies are in the security sphere", [NUM[16]]),
    turn_entry("and specialized ones?", [NUM[3]]),
    turn_entry("name them", [ATC, BCOC]),
    turn_entry("Is the Interstate Aviation Committee one of the sectoral bodies?", [no(AVIATION)], absent=[STARTS_YES],
      note="the Aviation Committee attended the June meeting (S4) but is not among the 16"),
], "count -> ellipsis count -> list -> lookalike no")
conv("ru", [S1, S2], [
    turn_entry("кто такой Денис Трефилов", [DEPUTY]),
    turn_entry("на каком заседании он выступал?", [rf"13|тринадцат|{SECSEC}"]),
    turn_entry("what was on its agenda?", [rf"{HUMANIT}|education|образоват"], note="switch to English"),
    turn_entry("Кто глава Антитеррористического центра СНГ?", None, dd=True, note="brand-new question; the head of the ATC is not named"),
], "person -> meeting -> agenda -> new unsaid question")
conv("en", [S0, S3, S4], [
    turn_entry("what did russia's prosecutor general propose for the cis?", [r"reform|реформ", PROSECUTORS]),
    turn_entry("is that council among the 16 sectoral bodies?", [YES], absent=[STARTS_NO],
      note="«CIS Coordination Council of Prosecutors General» is the first of the 16"),
    turn_entry("а на июньском антитеррористическом совещании он был представлен?", [YES], absent=[STARTS_NO],
      note="«working structures of 13 CIS bodies – ... Coordinating Council of Prosecutors General ...»; switch to Russian"),
    turn_entry("Who is Dmitry Peskov?", [r"Press\s+Secretary|пресс-секретар"], note="brand-new question about a person"),
], "person's proposal -> body yes -> same body at another meeting, language switch -> new person question")
conv("ru", [S4], [
    turn_entry(wrong_layout("сколько сессий было на антитеррористическом совещании"), [NUM[4]]),
    turn_entry("о чём первая?", [r"national|национальн"]),
    turn_entry("а вторая?", [r"international|международн"]),
    turn_entry("сколько стоило проведение?", None, dd=True, note="cost not given"),
], "wrong layout -> ordinal ellipsis -> unsaid")
conv("en", [S1, S4], [
    turn_entry("Is the SCO an observer at the CIS now?", [YES], absent=[STARTS_NO]),
    turn_entry("since when?", [rf"{month(10, 2025)}|October|октябр|{DUSHANBE}"]),
    turn_entry("and was its RATS at the june meeting", [YES, RATS], absent=[STARTS_NO]),
    turn_entry("ок, а где будет следующий саммит СНГ?", None, dd=True, absent=[FUTURE, DATED_2026],
      note="brand-new question in Russian; no future summit is recorded"),
], "yes -> time ellipsis -> related organisation -> new unsaid question")


if __name__ == "__main__":
    write_probe(HERE / "probe19.yaml", 19, Q, C)
