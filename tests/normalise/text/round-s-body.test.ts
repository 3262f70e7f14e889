import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Shapes of round S's pictures, closing bylines, bodies and related lists, in invented text. */

const dump = (text: string) => normaliseTextDump(text, { url: null });

describe('a name, a role in lower case and an e-mail after a bar, under the last paragraph', () => {
  it('is the writer signing the text: the name is the byline', () => {
    const item = dump(
      [
        'Aktualności',
        '',
        'Muzeum otwiera nową salę poświęconą historii kolei wąskotorowej',
        '',
        'Nowa sala mieści dwie lokomotywy i kilkadziesiąt zabytkowych biletów oraz map z dawnych lat.',
        '',
        'Wystawę przygotowano we współpracy z miejscowym stowarzyszeniem miłośników kolei i szkołą.',
        '',
        'Zwiedzanie jest bezpłatne w każdą niedzielę, a grupy szkolne mogą rezerwować oprowadzanie.',
        '',
        'Marta Nowak, rzeczniczka muzeum | m.nowak@muzeum-przyklad.pl',
        '',
        'Udostępnij: Facebook | X | E-mail',
      ].join('\n'),
    );
    expect(item.byline).toBe('Marta Nowak');
    expect(item.body.some((p) => p.includes('@'))).toBe(false);
  });
});

describe('a "read also" header over one title, then a blank line and a subheading', () => {
  it('links that one title; the subheading over the next paragraph stays in the text', () => {
    const item = dump(
      [
        'Nachrichten',
        '',
        'Neue Fähre verbindet die Insel ab Juni mit dem Festland',
        '',
        'Die Reederei hat am Montag das neue Schiff vorgestellt, das im Juni den Dienst aufnehmen soll.',
        '',
        'Das Schiff bietet Platz für 300 Fahrgäste und vierzig Autos und fährt mit Flüssiggas.',
        '',
        'LESEN SIE AUCH',
        'Hafen bekommt einen neuen Anleger für Ausflugsboote',
        '',
        'Neuer Fahrplan für den Sommer',
        'Im Sommer soll die Fähre stündlich fahren, im Winter alle zwei Stunden, teilte die Reederei mit.',
        '',
        'Die Fahrkarten kosten so viel wie bisher, Inselbewohner zahlen weiterhin den halben Preis.',
      ].join('\n'),
    );
    expect(item.related).toEqual(['Hafen bekommt einen neuen Anleger für Ausflugsboote']);
    expect(item.body).toContain('Neuer Fahrplan für den Sommer');
  });
});
