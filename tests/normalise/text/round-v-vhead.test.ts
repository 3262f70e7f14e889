import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Shapes of round V's header, related lists and closing calls, in invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a headline holding a year and a count larger than any day of a month', () => {
  it('is the headline, not a date line in words no list knows', () => {
    const item = dump([
      'Gazeta Nadmorska',
      'Wiadomości',
      'Gospodarka',
      'Sport',
      'Kultura',
      'Start > Wiadomości > Gospodarka',
      'Gospodarka',
      'Targ rybny po 52 latach przebudowany do 2029',
      'Miasto wyda 40 milionów złotych na nową halę z chłodnią i parkingiem dla klientów',
      'Anna Wiśniewska',
      '12.03.2026, 09:40',
      'Radni przyjęli we wtorek plan przebudowy targu rybnego przy porcie. Prace ruszą jesienią.',
      'Kupcy przeniosą się na czas budowy na plac przy dworcu, gdzie stanie tymczasowy pawilon.',
      '© 2026 Gazeta Nadmorska',
    ]);
    expect(item.title).toBe('Targ rybny po 52 latach przebudowany do 2029');
    expect(item.section).toBe('Gospodarka');
    expect(item.summary).toBe(
      'Miasto wyda 40 milionów złotych na nową halę z chłodnią i parkingiem dla klientów',
    );
  });
});

describe('a Korean related list whose titles are short in characters', () => {
  it('keeps every title: a syllable block is printed wide, so a title of few words is no list header', () => {
    const item = dump([
      '서해신문',
      '정치',
      '사회',
      '교육',
      'HOME > 뉴스 > 교육',
      '교육',
      '군산 초등학교 통학버스 노선 다음 달부터 확대 운영',
      '외곽 마을 학생 120명 통학 시간 절반으로 줄어',
      '이하준 기자',
      '입력 2026.03.02 10:15',
      '군산시교육지원청은 다음 달부터 외곽 마을을 잇는 통학버스 노선을 네 개 늘린다고 2일 밝혔다.',
      '새 노선은 아침 두 차례, 오후 세 차례 운행하며 학부모 신청을 받아 정류장을 정했다.',
      '관련기사',
      '군산 학교 급식 지역 농산물 비중 늘린다',
      '익산 돌봄교실 대기 학생 최다',
      '전북 고교 신입생 수 처음으로 1만명 아래로',
      '저작권자 © 서해신문 무단전재 및 재배포 금지',
    ]);
    expect(item.related).toEqual([
      '군산 학교 급식 지역 농산물 비중 늘린다',
      '익산 돌봄교실 대기 학생 최다',
      '전북 고교 신입생 수 처음으로 1만명 아래로',
    ]);
  });
});

describe("a police notice's lead over a picture, retold at length under it", () => {
  const lead =
    'Op de Havenweg in Vlissingen is maandagochtend een fietser aangereden door een bestelbus. De vrouw raakte zwaargewond. De politie zoekt getuigen.';
  const text = [
    'Maandag 7 december 2026, omstreeks 07.50 uur, reed een 52-jarige bestuurder met zijn bestelbus over de Havenweg in Vlissingen in de richting van het centrum. Bij de kruising met de Sluisweg kwam hij in aanrijding met een fietser, een 34-jarige vrouw uit Middelburg.',
    'De vrouw viel op het wegdek en raakte zwaargewond. Een ambulance bracht haar naar het ziekenhuis in Vlissingen. Haar toestand is volgens de politie stabiel.',
    'De bestuurder van de bestelbus bleef ongedeerd. De Havenweg was ruim twee uur afgesloten voor het onderzoek door de verkeersongevallenanalyse.',
    'Getuigen van de aanrijding worden gevraagd contact op te nemen met de politie via het algemene nummer.',
  ];
  const page = (first: string) => [
    'Politie Zeeland',
    'Nieuws',
    'Verkeer',
    'Contact',
    'Home > Nieuws > Verkeer',
    'Bericht 2026/1183',
    '8 december 2026, 09:15',
    'Verkeer',
    'Vlissingen: fietser aangereden op de Havenweg en zwaargewond',
    first,
    'De kruising van de Havenweg en de Sluisweg na de aanrijding.',
    'Foto: Politie Zeeland',
    ...text,
    '© 2026 Politie Zeeland',
  ];

  it('is the standfirst: the text under the picture takes most of its words up again', () => {
    const item = dump(page(lead));
    expect(item.summary).toBe(lead);
    expect(item.body).toEqual(text);
  });

  it('is no standfirst when it is a notice to the reader in words the story does not use', () => {
    const notice = 'Deze pagina wordt automatisch bijgewerkt. Vernieuw het scherm voor nieuwe berichten.';
    const item = dump(page(notice));
    expect(item.summary).toBeNull();
  });
});

describe('a contact box under the text, headed by the name the story speaks of', () => {
  it('keeps the last paragraph: a name the story uses throughout is no button of a sign-up box', () => {
    const text = [
      'La Protezione civile ha chiuso ieri sera via dei Mulini dopo il cedimento di un tratto di marciapiede davanti alla scuola elementare.',
      'Secondo la Protezione civile la strada resterà chiusa almeno fino a venerdì, quando i tecnici del Comune avranno verificato le condizioni del sottosuolo.',
      'La Protezione civile raccomanda ai genitori di accompagnare i bambini a scuola passando da via del Forno.',
    ];
    const item = dump([
      'Comune di Valmora',
      'Notizie',
      'Viabilità',
      'Viabilità',
      'Via dei Mulini chiusa per il cedimento del marciapiede',
      '3 marzo 2026, 18:20',
      ...text,
      'Contatti per la stampa',
      'Protezione civile',
      'Ufficio stampa',
      'Telefono 0123 456 789',
      '© 2026 Comune di Valmora',
    ]);
    expect(item.body).toEqual(text);
  });
});

describe('a call to the reader closing the text, in words the story uses only as function words', () => {
  it('is dropped: function words shared with the story say nothing of its matter', () => {
    const text = [
      'Il consiglio comunale di Valmora ha approvato questo lunedì il restauro della fontana di piazza Garibaldi, chiusa da due anni per una perdita nella vasca.',
      'I lavori costeranno circa centoventimila euro e dureranno fino a maggio; anche la pavimentazione intorno alla vasca sarà rifatta con la pietra originale.',
      'Il sindaco ha detto che la fontana tornerà a funzionare per la festa del patrono, come chiedevano da tempo i residenti del centro storico.',
    ];
    const item = dump([
      'Corriere di Valmora',
      'Cronaca',
      'Politica',
      'Cronaca',
      'Fontana di piazza Garibaldi, via libera al restauro',
      'di Giulia Ferraris',
      '9 marzo 2026, 17:45',
      ...text,
      'Ti è piaciuto questo articolo? Abbonati anche tu e sostieni il giornalismo di quartiere.',
      '© 2026 Corriere di Valmora',
    ]);
    expect(item.body).toEqual(text);
  });
});

describe("a control's pitch under it, repeating its words, with a button under both", () => {
  it('is the box’s, not the last paragraph', () => {
    const text = [
      'Die Gemeinde Seewalden hat am Dienstag mit dem Bau des neuen Radwegs zwischen dem Bahnhof und dem Strandbad begonnen. Die Strecke ist gut drei Kilometer lang.',
      'Bis zum Sommer soll der Weg fertig sein; während der Arbeiten wird der Verkehr an der Seestraße einspurig an der Baustelle vorbeigeführt.',
      'Die Kosten von rund 1,2 Millionen Euro trägt zur Hälfte das Land, wie der Bürgermeister mitteilte.',
    ];
    const item = dump([
      'Seewalder Anzeiger',
      'Lokales',
      'Sport',
      'Lokales',
      'Seewalden baut Radweg zum Strandbad',
      'Von Petra Lindner',
      '10.03.2026, 08:15 Uhr',
      ...text,
      'Folgen Sie uns auf Google News',
      'Die wichtigsten Nachrichten aus Seewalden direkt aufs Handy. Folgen Sie uns auf Google News und aktivieren Sie die Mitteilungen.',
      'Jetzt dabei',
      '© 2026 Seewalder Anzeiger',
    ]);
    expect(item.body).toEqual(text);
  });
});

describe('share buttons printed a line each under a related list', () => {
  it('close the list: the ranked titles under them are another list', () => {
    const item = dump([
      'Dagblad Noord',
      'Nieuws',
      'Regio',
      'Regio',
      'Veerpont over het kanaal vaart weer na storing',
      'Door Sanne de Vries',
      '4 maart 2026, 11:20',
      'De veerpont tussen Oosterzij en Westerzij vaart sinds woensdagochtend weer, nadat een storing aan de motor hem twee dagen had stilgelegd.',
      'Fietsers en voetgangers moesten in die tijd een omweg van bijna acht kilometer maken via de brug bij de sluis.',
      'Gerelateerd',
      'Nieuwe veerpont voor het kanaal pas in 2028',
      'Sluisbrug weekend dicht voor onderhoud',
      'Deel dit bericht',
      'X',
      'Facebook',
      'WhatsApp',
      'Top 5',
      '1',
      'Brand in boerderij bij Westerzij onder controle',
      '2',
      'Marktplein krijgt twintig nieuwe bomen',
      '© 2026 Dagblad Noord',
    ]);
    expect(item.related).toEqual([
      'Nieuwe veerpont voor het kanaal pas in 2028',
      'Sluisbrug weekend dicht voor onderhoud',
    ]);
  });
});
