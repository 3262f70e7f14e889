import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Header shapes of round K, in invented text: a share bar printed a button a line with buttons
 * named in the page's language around its networks, a "by" word that is also a given name, and a
 * row of two relative times.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a share bar a button a line, its label and copy button in words no list knows', () => {
  const PROSE = [
    '시의회는 월요일 옛 항구에 새 해양 박물관을 열기로 결정했다. 공사는 삼 년 동안 이어졌고, 비용은 처음 계획보다 조금 늘었다. 시장은 개관식에서 주민들에게 감사를 전했다.',
    '건물에는 배 모형과 옛 지도 천여 점이 전시된다. 첫 주말에는 누구나 무료로 들어갈 수 있다.',
    '관장은 내년 봄까지 어린이 교실도 열겠다고 밝혔다. 예약은 다음 달부터 받는다.',
  ];

  it('is controls: not the headline, not the byline', () => {
    const item = dump([
      '문화',
      '옛 항구에 해양 박물관 문 연다',
      '시는 십억 원을 들여 물가의 창고를 고쳤다. 배 모형과 지도가 걸린다.',
      '2026년 3월 4일 10:15 KST',
      '기사 공유하기',
      'Facebook',
      'X',
      '링크 복사',
      '북마크',
      ...PROSE,
    ]);
    expect(item.title).toBe('옛 항구에 해양 박물관 문 연다');
    expect(item.summary).toBe('시는 십억 원을 들여 물가의 창고를 고쳤다. 배 모형과 지도가 걸린다.');
    expect(item.byline).toBeNull();
    expect(item.body).toEqual(PROSE);
  });
});

describe('a "by" word that is also a given name', () => {
  const PROSE = [
    "L'ajuntament obrirà dilluns el nou museu del port, després de tres anys d'obres per a tothom.",
    'El museu tindrà una sala per a les escoles i una altra per a les maquetes de vaixells antics.',
    'Les entrades seran gratuïtes per a tothom durant el primer cap de setmana.',
  ];

  it('is the "by" before a full name where the page prints it in lower case as its prose', () => {
    const item = dump([
      'CULTURA',
      'El museu del port obre les portes dilluns',
      'La ciutat hi ha invertit deu milions per reformar els magatzems del moll.',
      'Per Anna Puig Serra',
      '4 de març de 2026',
      ...PROSE,
    ]);
    expect(item.byline).toBe('Anna Puig Serra');
  });

  it('stays the given name before a surname alone', () => {
    const item = dump([
      'CULTURA',
      'El museu del port obre les portes dilluns',
      'La ciutat hi ha invertit deu milions per reformar els magatzems del moll.',
      'Per Olsen',
      '4 de març de 2026',
      ...PROSE,
    ]);
    expect(item.byline).not.toBe('Olsen');
  });
});

describe('a row of two relative times under the byline, a caption under it', () => {
  it('is a date line, not the first paragraph', () => {
    const PROSE = [
      'La urba konsilio decidis lundon malfermi novan muzeon en la malnova haveno, post tri jaroj da konstruado kaj multaj debatoj.',
      'La konstruaĵo kostis dek milionojn da eŭroj kaj gastigos kolekton de ŝipaj modeloj kaj mapoj.',
      'La unuaj vizitantoj povos eniri senpage dum la unua semajnfino de la nova jaro.',
    ];
    const item = dump([
      'KULTURO',
      'Nova muzeo malfermiĝas en la malnova haveno',
      'La urbo investis dek milionojn en la konstruaĵon apud la akvo.',
      'De Ana Lee',
      'Zoruk pa 4 tenu · Rinovigita pa 25 valimo',
      'La muzeo vidata de la ponto. Bildo: © A. Lee',
      ...PROSE,
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.published).toBeNull();
  });
});

describe("a menu's entry printed again over a headline that opens with it and a colon", () => {
  const PROSE = [
    'Il consiglio comunale ha approvato lunedì il nuovo piano per il porto vecchio, dopo tre anni di lavori e molte discussioni.',
    'Il cantiere è costato dieci milioni di euro e ospiterà una collezione di modelli di navi e di carte antiche.',
    'I primi visitatori potranno entrare gratis durante il primo fine settimana del nuovo anno.',
  ];
  const page = (above: string[]): string[] => [
    'Gazzetta del Golfo',
    'Sassari',
    'Cagliari',
    'Economia',
    'Sport',
    'Edizioni digitali',
    ...above,
    'Sassari: il porto vecchio riapre dopo tre anni di lavori',
    'Il comune ha investito dieci milioni nei magazzini del molo.',
    '4 marzo 2026',
    ...PROSE,
  ];

  it('is the section, not the label of a series, and not the menu’s last entry', () => {
    expect(dump(page(['Sassari'])).section).toBe('Sassari');
  });
});

describe('a photo story: a credit among the byline lines, then numbered captions', () => {
  it('takes the first caption after the counter as the lead photo’s', () => {
    const item = dump([
      'Societate',
      'Piața din centru se redeschide cu 300 de tarabe acoperite',
      'După doi ani de lucrări, vânzătorii părăsesc marginea drumului. Asociația lor contestă taxa zilnică.',
      'De Ana Lungu',
      'Fotografii: Radu Pop',
      '16 martie 2026, 10:42',
      '1 / 4',
      'Vânzătoarele își aranjează marfa pe noile tarabe, luni dimineață | Foto: Radu Pop',
      'Piața din centru s-a redeschis luni după aproape doi ani de lucrări, cu 300 de tarabe acoperite și toalete publice noi.',
      'Lucrarea a costat patru milioane de lei și a fost finanțată de primărie și de consiliul județean.',
      '2 / 4',
      'Aleea legumelor are 80 de locuri și un sistem de colectare a apei | Foto: Radu Pop',
      'Mulți vânzători au venit încă din zori ca să își găsească un loc bun lângă intrare.',
    ]);
    expect(item.image?.caption).toBe('Vânzătoarele își aranjează marfa pe noile tarabe, luni dimineață');
    expect(item.image?.credit).toBe('Radu Pop');
  });
});

describe('a role before the name in a script without capitals, the name in an author box below', () => {
  it('is the name alone', () => {
    const item = dump([
      '登入',
      '新聞',
      '評論',
      '體育',
      '評論',
      '老港口的新博物館該向誰開放',
      '市政府花了十億元整修碼頭倉庫，卻還沒想好怎麼讓附近居民使用。',
      '評論員　林美華',
      '2026年3月4日 10:15 (UTC+8)',
      '市議會週一決定在老港口開設一座新的海洋博物館，工程已經持續了三年，費用也比原先預計的多出不少。',
      '館內將展出上千件船模和古地圖，首個週末所有人都可以免費入場參觀。',
      '館長表示，明年春天以前還會開設兒童教室，預約將從下個月開始受理。',
      '作者簡介',
      '林美華（資深評論員）',
      '1975年生於基隆，曾任地方新聞中心主任。',
    ]);
    expect(item.byline).toBe('林美華');
  });
});
