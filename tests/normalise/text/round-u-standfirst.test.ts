import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Round U's standfirst and caption shapes, in invented text of other languages. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('one sentence under the share row, over a caption that reads as prose and its credit line', () => {
  const header = [
    'Gemeinde Musterbach',
    'Aktuelles',
    'Neue Buslinie verbindet das Oberdorf mit dem Bahnhof',
    'Veröffentlicht am 14. März 2026, 09:30 Uhr',
    'Teilen',
    'Facebook',
    'Drucken',
  ];
  const text = [
    'Musterbach, 14. März 2026 – Der Gemeinderat hat am Montagabend beschlossen, die neue Buslinie zwischen dem Oberdorf und dem Bahnhof ab dem ersten April im Halbstundentakt fahren zu lassen.',
    'Die Kosten von rund 90 000 Euro im Jahr teilen sich die Gemeinde und der Landkreis, wie der Bürgermeister mitteilte.',
  ];

  it('is the standfirst, the sentence under it the caption', () => {
    const item = dump([
      ...header,
      'Ab April fährt der Bus alle dreißig Minuten vom Oberdorf zum Bahnhof, teilte die Gemeinde mit.',
      'Ein Bus der neuen Linie wartet an der Haltestelle am Marktplatz.',
      'Bild: Gemeinde Musterbach',
      ...text,
    ]);
    expect(item.summary).toBe(
      'Ab April fährt der Bus alle dreißig Minuten vom Oberdorf zum Bahnhof, teilte die Gemeinde mit.',
    );
    expect(item.body).toEqual(text);
  });

  it('is no standfirst when the line holds two sentences (a notice to the reader stands there too)', () => {
    const item = dump([
      ...header,
      'Dieser Beitrag enthält Werbelinks. Beim Kauf erhalten wir eine kleine Provision.',
      'Ein Bus der neuen Linie wartet an der Haltestelle am Marktplatz.',
      'Bild: Gemeinde Musterbach',
      ...text,
    ]);
    expect(item.summary).toBeNull();
  });
});

describe('a caption whose credit follows a spaced dash as "Name / Outlet"', () => {
  it('is the lead picture, and the sentence over it the standfirst', () => {
    const text = [
      'Il consiglio comunale ha approvato martedì il nuovo tariffario degli autobus urbani, che interessa le linee tra il centro di Valmora e i quartieri della periferia nord e sud della città.',
      'Secondo l’assessore ai trasporti, l’aumento serve a coprire il costo del gasolio e la manutenzione dei mezzi più vecchi della flotta comunale.',
    ];
    const item = dump([
      'Gazzetta Valmorese',
      'Cronaca',
      'Bus urbani, da giugno il biglietto costa di più',
      'di Marco Bellini',
      '22.05.2026 | 09:14',
      'Condividi su Facebook',
      'Condividi su WhatsApp',
      'Il nuovo biglietto costerà due euro dal primo giugno; i pendolari temono altri rincari.',
      'Passeggeri in attesa alla fermata di piazza del Duomo, a Valmora – Lucia Ferretti / Gazzetta Valmorese',
      ...text,
    ]);
    expect(item.image).toEqual({
      url: null,
      caption: 'Passeggeri in attesa alla fermata di piazza del Duomo, a Valmora',
      credit: 'Lucia Ferretti / Gazzetta Valmorese',
    });
    expect(item.summary).toBe(
      'Il nuovo biglietto costerà due euro dal primo giugno; i pendolari temono altri rincari.',
    );
    expect(item.body).toEqual(text);
  });
});
