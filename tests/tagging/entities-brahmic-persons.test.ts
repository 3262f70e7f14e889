/**
 * Speakers in Brahmic scripts, from invented sentences: role, given and family name, then the
 * verb of saying (with its agent marker, apart or glued on); nobody where a function word or a
 * pronoun stands there, and "Dr B" folded into the full name given before.
 */
import { describe, expect, it } from 'vitest';
import { caselessEntities } from '../../src/tagging/entities/caseless.js';

describe('speakers named before the verb of saying in Brahmic scripts', () => {
  it('reads a Hindi speaker after a role, and not "local people said"', () => {
    const e = caselessEntities([
      'पंचायत सचिव कमला बघेल ने कहा कि सड़क अगले महीने बनेगी।',
      'गांव के स्थानीय लोगों ने कहा कि काम धीमा है।',
    ]);
    expect(e.people).toEqual(['कमला बघेल']);
  });

  it('leaves the glued agent ending off a Gujarati family name', () => {
    const e = caselessEntities(['શાળાના આચાર્ય હિરેન પટોળિયાએ જણાવ્યું કે વર્ગો સોમવારે શરૂ થશે.']);
    expect(e.people).toEqual(['હિરેન પટોળિયા']);
  });

  it('reads a Tamil speaker, folds the titled short form into the full name, and skips a pronoun', () => {
    const e = caselessEntities([
      'மாவட்ட அலுவலர் செல்வி குமார் ராஜன் கூறினார்.',
      'பின்னர் மருத்துவர் ராஜன் கூறினார்.',
      'பணிகள் விரைவில் முடியும் என்று அவர் கூறினார்.',
    ]);
    expect(e.people).toEqual(['செல்வி குமார் ராஜன்']);
  });
});
