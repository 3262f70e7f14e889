import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round O shapes (otext1): a long headline that reads as prose, printed over its standfirst and
 * the who-and-when block; the site's masthead (its name, perhaps with a slogan) that the
 * copyright line prints again is not the headline. Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a long headline over its standfirst and byline block', () => {
  it('takes a headline closing in quotes over an account line above it (Polish)', () => {
    const r = dump([
      'Przejdź do treści',
      'Klub Żeglarski Zatoka — oficjalna strona',
      'Klub | Załoga | Regaty | Bilety | Sklep | Kontakt',
      'Zaloguj | Konto kibica',
      'Strona główna / Aktualności / Regaty',
      'Regaty',
      'Załoga „Mewy” odrobiła straty na ostatnim etapie i pokonała „Albatrosa”',
      'Trzy zwroty w ostatnich dziesięciu minutach dały załodze piąte zwycięstwo z rzędu w tym sezonie.',
      '12 października 2026, 18:40',
      'Tekst: Marta Kowal',
      'Jesienne regaty rozpoczęły się dla „Mewy” fatalnie, bo już na pierwszej boi łódź straciła dwie pozycje.',
      'Na drugim etapie załoga odrobiła jedną pozycję, a po trzecim była już tuż za prowadzącymi jachtami.',
      'Decydujące okazały się ostatnie minuty, gdy sternik wybrał krótszy kurs wzdłuż falochronu.',
      '© 2026 Klub Żeglarski Zatoka',
    ]);
    expect(r.title).toBe('Załoga „Mewy” odrobiła straty na ostatnim etapie i pokonała „Albatrosa”');
    expect(r.summary).toBe(
      'Trzy zwroty w ostatnich dziesięciu minutach dały załodze piąte zwycięstwo z rzędu w tym sezonie.',
    );
    expect(r.section).toBe('Regaty');
    expect(r.body[0]).toMatch(/^Jesienne regaty/u);
  });

  it('takes a question printed twice over its standfirst and byline (Spanish)', () => {
    const r = dump([
      'Saltar al contenido',
      'Verifica | plataforma independiente de verificación',
      'Inicio | Verificaciones | Imágenes | Explicadores | Método | Contacto',
      'Verificaciones',
      '¿Cerraron las autoridades el puerto de Villamar por una grieta en el muelle?',
      '¿Cerraron las autoridades el puerto de Villamar por una grieta en el muelle?',
      'Un vídeo difundido en redes sociales asegura que el muelle está a punto de hundirse, pero las imágenes son de otro puerto.',
      'Por Lucía Ferrán',
      'Un vídeo de 40 segundos circula desde el lunes con un mensaje que asegura que el puerto de Villamar fue cerrado.',
      'La búsqueda inversa de sus fotogramas llevó a la grabación original, publicada hace tres años en otro país.',
      'La autoridad portuaria confirmó por escrito que el muelle funciona con normalidad y que no hay ninguna grieta.',
      '© 2026 Verifica. Todos los derechos reservados.',
    ]);
    expect(r.title).toBe('¿Cerraron las autoridades el puerto de Villamar por una grieta en el muelle?');
    expect(r.byline).toBe('Lucía Ferrán');
    expect(r.body[0]).toMatch(/^Un vídeo de 40 segundos/u);
  });
});

describe("the site's masthead", () => {
  it('passes over the name and slogan the copyright line prints again (Swedish)', () => {
    const r = dump([
      'Hoppa till innehållet',
      'Skärgårdsköket — husmanskost och bakning från kusten, året runt',
      'Inlagd strömming: mormors recept, steg för steg',
      'Publicerad 3 maj 2026',
      'Mormor lade in strömming varje midsommar, och ingen annan i familjen fick röra lagen.',
      'Receptet skrevs aldrig ner, så jag satt bredvid henne en hel eftermiddag och mätte allt.',
      'Det viktigaste är att fisken får stå i lagen minst ett dygn innan den serveras.',
      '© 2026 Skärgårdsköket. Alla rättigheter förbehållna.',
    ]);
    expect(r.title).toBe('Inlagd strömming: mormors recept, steg för steg');
  });
});

describe('year-first dates in figures', () => {
  it('reads "2026/05/02 09:00（UTC+9）", the zone in full-width brackets (Japanese)', () => {
    const r = dump([
      '港町タイムズ',
      'くらし',
      '港町の朝市、来春で閉鎖へ',
      '公開日時：2026/05/02 09:00（UTC+9）　更新：2026/05/03 10:00（UTC+9）',
      '港町市は1日、港の朝市を来年3月で閉鎖すると発表した。建物の老朽化が理由で、跡地は公園として整備する。',
      '市によると、朝市には毎週末およそ2千人が訪れていた。出店者の多くは近くの商店街に移る見通しだという。',
    ]);
    expect(r.published).toBe('2026-05-02T09:00:00+09:00');
  });

  it('reads a dotted year-first date with its zone, not a version number', () => {
    const at = dump([
      'Harbour Weekly',
      'Ferry timetable changes from June',
      '2026.5.2 09:00 UTC+2',
      'The harbour board said on Friday that the morning ferry will leave half an hour earlier from June.',
      'Version 2026.05.02.1 of the timetable app shows the new times, the board added in its statement.',
    ]);
    expect(at.published).toBe('2026-05-02T09:00:00+02:00');
  });
});

describe('a box drawn with box-drawing characters', () => {
  it('keeps a claim box with a side border out of the body (German)', () => {
    const r = dump([
      'Faktencheck',
      'Wurde der Hafen von Seestadt wegen eines Risses in der Mole gesperrt?',
      'Von Jana Berg',
      '┌──────────────────────────',
      '│ Behauptung: „Die Mole ist gerissen, der Hafen ist gesperrt“',
      '│ Bewertung: Falsch',
      '└──────────────────────────',
      'Ein Video, das seit Montag in sozialen Netzwerken geteilt wird, soll einen Riss in der Mole zeigen.',
      'Die Aufnahmen stammen jedoch aus einem anderen Hafen und wurden bereits vor drei Jahren veröffentlicht.',
      'Die Hafenbehörde bestätigte schriftlich, dass der Betrieb ganz normal weiterläuft.',
    ]);
    expect(r.title).toBe('Wurde der Hafen von Seestadt wegen eines Risses in der Mole gesperrt?');
    expect([r.summary, ...r.body].join('\n')).not.toMatch(/[│┌└]|Behauptung/u);
    expect(r.body.at(-1)).toMatch(/^Die Hafenbehörde/u);
  });

  it('keeps a card between two rules out of the body (Czech)', () => {
    const r = dump([
      'Recepty',
      'Švestkový koláč podle babičky, krok za krokem',
      'Napsala Eva Malá · 3. září 2026',
      'Babička pekla tenhle koláč každou neděli na konci léta, když švestky na zahradě dozrály.',
      'Těsto je kynuté, ale nemusíte se ho bát: stačí mu teplo a trocha trpělivosti.',
      '━━━━━━━━━━━━━━━━━━━━',
      'Karta receptu: švestkový koláč',
      'Příprava: 30 minut | Pečení: 40 minut',
      '★★★★★ 4,9 (54 hlasů)',
      '━━━━━━━━━━━━━━━━━━━━',
      'Koláč vydrží dva dny pod utěrkou, ale u nás se ho tolik nikdy nezachová.',
    ]);
    expect(r.body.join('\n')).not.toMatch(/━|Karta receptu|Příprava|★/u);
    expect(r.body.at(-1)).toMatch(/^Koláč vydrží/u);
  });
});

describe("a picture's placeholder", () => {
  it('leaves "[Foto]" out of the caption it opens (Portuguese)', () => {
    const r = dump([
      'Receitas',
      'Bolo de laranja da avó, passo a passo',
      'Por Ana Lima · 3 de setembro de 2026',
      '[Foto] O bolo de laranja servido num prato de barro.',
      'Foto: Ana Lima',
      'A minha avó fazia este bolo todos os domingos, com as laranjas do quintal.',
      'A receita nunca foi escrita, por isso passei uma tarde inteira a medir tudo com ela.',
    ]);
    expect(r.image?.caption).toBe('O bolo de laranja servido num prato de barro.');
    expect(r.image?.credit).toBe('Ana Lima');
  });
});
