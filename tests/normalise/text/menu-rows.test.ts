import { describe, expect, it } from 'vitest';
import { BARRED_MENU, CRUMBS_MENU, SECTIONS_MENU, menuRow } from '../../../src/normalise/text/lines.js';

// One reading of a menu row, three shapes: each reader asks the question it needs.
describe('menu rows', () => {
  it("reads a site's sections as every shape", () => {
    const row = 'Hafan | Newyddion | Chwaraeon · Celfyddydau | Cysylltu';
    for (const shape of [SECTIONS_MENU, CRUMBS_MENU])
      expect(menuRow(row, shape)).toEqual(['Hafan', 'Newyddion', 'Chwaraeon', 'Celfyddydau', 'Cysylltu']);
    // Bars alone part a barred menu: the dot stays inside an entry.
    expect(menuRow(row, BARRED_MENU)).toEqual(['Hafan', 'Newyddion', 'Chwaraeon · Celfyddydau', 'Cysylltu']);
  });

  it('asks the sections menu for five entries with no figure; a trail takes four, figures too', () => {
    const four = 'Etusivu | Uutiset | Urheilu | Festivaali 2026';
    expect(menuRow(four, SECTIONS_MENU)).toBeNull();
    expect(menuRow(four, CRUMBS_MENU)).toHaveLength(4);
    expect(menuRow(`${four} | Yhteystiedot`, SECTIONS_MENU)).toBeNull();
  });

  it('takes two bars before a credit, but not a sentence', () => {
    expect(menuRow('Inicio | Noticias', BARRED_MENU)).toHaveLength(2);
    expect(menuRow('Llegó la lluvia. | Noticias', BARRED_MENU)).toBeNull();
    expect(menuRow('Inicio | Noticias', CRUMBS_MENU)).toBeNull();
  });

  it('counts the words of an entry against the shape', () => {
    const row = 'Accueil | Vie locale et régionale | Sport | Culture | Contact';
    expect(menuRow(row, CRUMBS_MENU)).toHaveLength(5);
    expect(menuRow(row, SECTIONS_MENU)).toBeNull();
  });
});
