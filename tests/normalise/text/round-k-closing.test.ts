import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Shapes round K showed under (and inside) the text, in invented pages: a share row's label in
 * words no list knows; a newsletter's sign-up box inside the text.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const HEADER = [
  'MIESTAS',
  'Naujas tiltas per upę atidarytas po trejų metų statybų',
  'Miesto taryba tikisi, kad spūstys centre sumažės jau šią vasarą.',
  'Autorė: Ona Petraitė',
  '2026-05-04 10:15',
];

const PROSE = [
  'Naujas tiltas per upę pirmadienį atidarytas eismui, praėjus trejiems metams nuo statybų pradžios.',
  'Statybos kainavo dvylika milijonų eurų, iš kurių pusę skyrė Europos Sąjunga.',
  'Meras sakė, kad senasis tiltas bus skirtas tik pėstiesiems ir dviratininkams.',
];

describe('a label of a word or two and a colon over a row of share controls', () => {
  it('is the row’s label, not the text’s last line', () => {
    const box = ['Apie autorę', 'Ona Petraitė rašo apie miestą ir transportą.'];
    const share = ['Pasidalink:', 'Facebook', 'X', 'Telegram'];
    const item = dump([...HEADER, ...PROSE, ...share, ...box, '© 2026 Miesto žinios']);
    expect(item.body).toEqual(PROSE);
  });

  it('a line ending in a colon over the story’s own list stays', () => {
    const list = ['Tiltą naudos:', 'Autobusai', 'Dviratininkai'];
    const item = dump([...HEADER, PROSE[0]!, ...list, ...PROSE.slice(1)]);
    expect(item.body).toEqual([PROSE[0], ...list, ...PROSE.slice(1)]);
  });
});

describe('a newsletter sign-up box between two paragraphs', () => {
  const TEXT = [
    'A városi tanács hétfőn elfogadta az új kerékpárút tervét, amely a vasútállomást köti össze a belvárossal.',
    'Az építkezés tavasszal kezdődik, és a tervek szerint az év végére készül el.',
    'A polgármester szerint a beruházás a helyi kereskedőknek is jót tesz majd.',
  ];
  it('a pitch, a field asking for what it names, and a button: the box leaves the text', () => {
    const box = [
      'HÍRLEVÉL',
      'Kapja meg reggelente a megye híreit a postafiókjába.',
      'Az Ön postafiókja',
      'Feliratkozom',
    ];
    const item = dump([
      'VÁROS',
      'Új kerékpárút épül a vasútállomásig',
      'A munkák tavasszal kezdődnek.',
      ...TEXT.slice(0, 2),
      ...box,
      TEXT[2]!,
    ]);
    expect(item.body).toEqual(TEXT);
  });

  it('a heading that names a newsletter, its name, a pitch and a button: the box leaves the text', () => {
    const box = [
      'Newsletter',
      '«Buongiorno Valle»',
      'Ricevi ogni mattina le notizie della valle.',
      'Iscriviti',
    ];
    const prose = [
      'Il consiglio comunale ha approvato lunedì il progetto della nuova pista ciclabile verso la stazione.',
      'I lavori inizieranno in primavera e dovrebbero concludersi entro la fine dell’anno.',
      'Secondo il sindaco, l’opera porterà benefici anche ai negozi del centro storico.',
    ];
    const item = dump([
      'CITTÀ',
      'Una nuova pista ciclabile fino alla stazione',
      'I lavori partono in primavera.',
      ...prose.slice(0, 2),
      ...box,
      prose[2]!,
    ]);
    expect(item.body).toEqual(prose);
  });
});

describe('a place label over a headline that opens with it before a colon', () => {
  const prose = [
    'La piscina comunale di Borgoverde resterà chiusa per tutta l’estate per lavori di risanamento delle vasche.',
    'Durante lo svuotamento invernale sono state scoperte crepe profonde nel fondo di cemento.',
    'Gli abbonati potranno usare gratuitamente la piscina del comune vicino grazie a un accordo.',
  ];
  const page = (above: string[]) => [
    'Il Corriere della Valle',
    'Cronaca',
    'Sport',
    'Cultura',
    'Login',
    ...above,
    'Borgoverde',
    'Borgoverde: la piscina resterà chiusa tutta l’estate',
    'Le crepe nelle vasche sono state scoperte durante lo svuotamento.',
    'Di Anna Lega',
    ...prose,
  ];

  it('is the section when nothing above it is one (a local page’s place)', () => {
    expect(dump(page([])).section).toBe('Borgoverde');
  });

  it('a series label under a section: the section stays the one above', () => {
    const item = dump(page(['Cronaca']));
    expect(item.section).toBe('Cronaca');
  });
});

describe('an author box with a link and an errata prompt under it, closing the text', () => {
  const prose = [
    'Mestské zastupiteľstvo v pondelok schválilo výstavbu novej lávky pre peších cez rieku pri starom mlyne.',
    'Stavba bude stáť 2,4 milióna eur a práce sa začnú na jeseň, oznámil primátor po rokovaní.',
    'Obyvatelia sídliska na druhom brehu čakali na priame spojenie s centrom viac ako desať rokov.',
  ];
  const header = [
    'MESTO',
    'Cez rieku povedie nová lávka pre peších',
    'Práce sa začnú na jeseň.',
    'Autor: Jana Kováčová',
  ];

  it('leaves with its notes', () => {
    const box = [
      'Jana Kováčová je redaktorkou regionálnej rubriky od roku 2018. Píše o doprave a bývaní.',
      'Viac od autorky',
      'Našli ste chybu? Dajte nám vedieť.',
    ];
    const item = dump([...header, ...prose, ...box, '© 2026 Mestské noviny']);
    expect(item.byline).toBe('Jana Kováčová');
    expect(item.body).toEqual(prose);
  });
});

describe('a byline in words no list knows, whose name the author’s note under the text opens with', () => {
  const prose = [
    'Abahlali baseKhayelitsha sebeneenyanga ezimbini bengenawo amanzi ompompo emakhaya abo.',
    'Abafazi nabantwana bama emgceni ukusukela ngentsasa ukuze bafumane amanzi acocekileyo.',
    'Umasipala uthi ingxaki ibangelwe kukuqhekeka kwemibhobho emidala kwisithili.',
  ];
  const page = [
    'IZIMVO',
    'Amanzi aseKhayelitsha: umasipala makamamele abahlali',
    'Abahlali sebeneenyanga ezimbini bengenawo amanzi.',
    'Ibhalwe nguLwazi Ndlovu',
    ...prose,
    'Lwazi Ndlovu ngumfundisi-ntsapho eKhayelitsha kwaye ubhala ngemicimbi yoluntu.',
    'Izimvo ezikweli nqaku zezombhali.',
    '© 2026 Iphephandaba Lethu',
  ];

  it('is the byline, and the note and its disclaimer leave the text', () => {
    const item = dump(page);
    expect(item.byline).toBe('Lwazi Ndlovu');
    expect(item.body).toEqual(prose);
  });
});

describe('a story printed over two pages', () => {
  const title = 'Městské divadlo slaví sto let novou výstavou loutek';
  const first = [
    'Městské divadlo v Lipově slaví letos sto let a při té příležitosti opravilo šedesát starých loutek.',
    'Loutky vyřezané z lipového dřeva vznikly mezi lety 1926 a 1960 a mnohé měly zlámané ruce.',
  ];
  const second = [
    'Město na opravy přispělo 45 tisíci eury, další peníze poslal krajský fond pro kulturu.',
    'Výstava se otevře dvanáctého prosince a potrvá až do konce února příštího roku.',
  ];
  const page = [
    'KULTURA',
    title,
    'Divadlo opravilo šedesát loutek za devět měsíců.',
    'Autor: Jan Novák',
    ...first,
    'Strana 1 z 2',
    '« Předchozí | 1 | 2 | Další »',
    title,
    ...second,
    'Strana 2 z 2',
    '« Předchozí | 1 | 2',
    '© 2026 Lipovské listy',
  ];

  it('is one text: the pager rows and page counters leave it', () => {
    expect(dump(page).body).toEqual([...first, ...second]);
  });
});
