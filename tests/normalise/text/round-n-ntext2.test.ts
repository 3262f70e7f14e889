import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round N shapes (ntext2): a row of share buttons closing the related list, and the shop's or
 * the comments' prompts under it; a page signed by its own masthead; a lower-case credit after a
 * caption's full stop; a fact check's box of labelled rows over the byline; a call to the reader
 * closing the text; a newsletter's writer who holds the rights, named alone over the date.
 * Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n\n'), { url: null });

const PARAGRAPHS_IT = [
  'La squadra di casa ha vinto sabato sera al palazzetto comunale per 31 a 28 contro la capolista, dopo essere stata sotto di quattro reti a metà del secondo tempo.',
  "L'allenatore ha cambiato la difesa a dieci minuti dalla fine e il portiere ha parato tre rigori consecutivi, trascinando il pubblico in piedi.",
  'Con questa vittoria la squadra sale al settimo posto in classifica, a due punti dalla zona dei playoff.',
];

describe('a share row closing the related list', () => {
  const page = (tail: string[]) =>
    dump([
      'Pallamano Valfiorita – sito ufficiale',
      'Vittoria in rimonta contro la capolista al palazzetto',
      'Sabato 14 marzo 2026',
      ...PARAGRAPHS_IT,
      'Articoli correlati',
      'Presentata la nuova maglia per la stagione in arrivo',
      'Il capitano rinnova il contratto fino al 2029.',
      'Condividi: Facebook | X | WhatsApp',
      ...tail,
    ]);

  it("keeps the list's last title, ending on a full stop, and drops the shop's lines under the row", () => {
    const r = page([
      'Acquista i biglietti per la finale',
      'La nuova maglia è disponibile nello store online!',
    ]);
    expect(r.related).toEqual([
      'Presentata la nuova maglia per la stagione in arrivo',
      'Il capitano rinnova il contratto fino al 2029.',
    ]);
    expect(r.body).toEqual(PARAGRAPHS_IT);
  });

  it("drops the comments' sign-in prompt under the row", () => {
    const r = page(['Commenti (5)', 'Per aggiungere un commento devi effettuare il login.']);
    expect(r.body).toEqual(PARAGRAPHS_IT);
  });
});

describe('a page signed by its own masthead', () => {
  const page = (masthead: string, byline: string) =>
    dump([
      masthead,
      'Inicio | Última hora | Economía | Deportes | Contacto',
      'Última hora',
      'El ayuntamiento aprueba el nuevo plan de transporte nocturno',
      'Los autobuses nocturnos circularán también los domingos a partir de junio',
      byline,
      'El pleno municipal aprobó este martes el nuevo plan de transporte nocturno con los votos de todos los grupos. Las líneas nocturnas circularán también los domingos.',
      'La concejala de Movilidad explicó que el coste anual del servicio ascenderá a 1,2 millones de euros, financiados en parte por la diputación.',
      `© 2026 ${masthead}. Todos los derechos reservados.`,
    ]);

  it('reads no byline where the masthead signs the copy', () => {
    expect(page('Agencia Informativa Costera', 'Por: Agencia Informativa Costera').byline).toBeNull();
  });

  it("keeps a personal site's name as its author's byline", () => {
    expect(page('Marta Villanueva', 'Por: Marta Villanueva').byline).toBe('Marta Villanueva');
  });
});

describe('a lower-case credit after the caption', () => {
  it("splits the credit from the caption's full stop, whatever its case", () => {
    const r = dump([
      'Cronaca',
      'Il sindaco presenta il bilancio del nuovo anno in consiglio',
      'Di Giulia Ferraro',
      'Il sindaco durante la seduta del consiglio comunale. Foto: archivio del Comune',
      'Il consiglio comunale ha approvato ieri sera il bilancio di previsione per il prossimo anno, con diciotto voti favorevoli e sei contrari.',
      "L'opposizione ha criticato il taglio dei fondi per le biblioteche di quartiere, che passano da 400 a 250 mila euro.",
    ]);
    expect(r.image).toMatchObject({
      caption: 'Il sindaco durante la seduta del consiglio comunale.',
      credit: 'archivio del Comune',
    });
  });
});

describe("a fact check's box of labelled rows", () => {
  it('reads the rows as a box over the byline, not as the first paragraphs', () => {
    const text = [
      'Cek Fakta',
      'Benarkah semua penerbangan dari bandara kota ditutup selamanya?',
      '',
      'Klaim dalam video yang beredar di media sosial terbukti menyesatkan',
      '',
      // The two rows, printed without a blank line between: no paragraph wrapped at a width.
      'Klaim: Semua penerbangan internasional dari bandara kota ditutup untuk selamanya.',
      'Penilaian: Menyesatkan',
      '',
      'Penulis: Rina Wulandari',
      '',
      'Sebuah video yang menyebut semua penerbangan internasional dari bandara kota ditutup selamanya dibagikan lebih dari 50 ribu kali pekan lalu.',
      '',
      'Pengelola bandara menyatakan hanya satu rute yang dihentikan sementara selama musim hujan, dan rute lainnya tetap beroperasi seperti biasa.',
      '',
      'Kesimpulan: penutupan sementara satu rute memang benar, tetapi klaim penutupan seluruh bandara menyesatkan.',
    ].join('\n');
    const r = normaliseTextDump(text, { url: null });
    expect(r.title).toBe('Benarkah semua penerbangan dari bandara kota ditutup selamanya?');
    expect(r.summary).toBe('Klaim dalam video yang beredar di media sosial terbukti menyesatkan');
    expect(r.byline).toBe('Rina Wulandari');
    expect(r.body[0]).toMatch(/^Sebuah video/u);
    expect(r.body.join(' ')).not.toContain('Penilaian');
  });
});

describe('a call to the reader closing the text', () => {
  const page = (last: string) =>
    dump([
      'Faktencheck',
      'Nein, das Hallenbad der Stadt wird nicht abgerissen',
      'Von Jonas Albrecht',
      'In sozialen Netzwerken kursiert seit Tagen ein Beitrag, wonach das städtische Hallenbad im Sommer abgerissen werden soll.',
      'Die Stadtverwaltung widerspricht: Das Hallenbad werde lediglich für sechs Wochen saniert und öffne im September wieder.',
      'Der Beitrag zeigt zudem ein Foto eines anderen Bades, das bereits vor drei Jahren geschlossen wurde.',
      last,
      'Teilen: Facebook | X | Telegram',
    ]);

  it('drops a short question and a request in words the story never uses', () => {
    const r = page(
      'Haben Sie eine verdächtige Meldung gesehen? Schicken Sie uns einen Hinweis per Messenger.',
    );
    expect(r.body).toHaveLength(3);
  });

  it("keeps a closing question in the story's own words", () => {
    const r = page('Wird das Hallenbad im September wirklich öffnen? Die Stadtverwaltung will es zusichern.');
    expect(r.body).toHaveLength(4);
  });
});

describe("a newsletter's writer who holds the rights", () => {
  it('reads the name alone over the date as the byline, and the headline over the subtitle', () => {
    const r = normaliseTextDump(
      [
        'A Maré',
        'Uma carta semanal sobre a cidade e o seu rio, escrita por Rita Fonseca',
        'Subscribe',
        'Sign in',
        'As esplanadas avançam sobre o passeio e a câmara divide-se',
        'O que foi votado na segunda-feira sobre o espaço público da marginal, quem ganha e o que fica por decidir',
        'Rita Fonseca',
        '12 mar 2026',
        'Share',
        'Bom dia a todos,',
        'na segunda-feira à noite, depois de cinco horas de debate, a assembleia municipal aprovou as novas regras para as esplanadas da marginal, com 24 votos a favor e 17 contra.',
        'As esplanadas poderão ocupar até quatro metros de passeio, em vez dos dois metros e meio actuais, mas a taxa de ocupação sobe 35 por cento.',
        'A oposição falou de privatização do espaço público e pediu uma consulta aos moradores, que foi recusada.',
        '© 2026 Rita Fonseca',
        'Privacy ∙ Terms ∙ Collection notice',
      ].join('\n'),
      { url: null },
    );
    expect(r.title).toBe('As esplanadas avançam sobre o passeio e a câmara divide-se');
    expect(r.summary).toBe(
      'O que foi votado na segunda-feira sobre o espaço público da marginal, quem ganha e o que fica por decidir',
    );
    expect(r.byline).toBe('Rita Fonseca');
  });
});
