/**
 * Countries named in a case form, in languages no function-word list covers: their spellings come
 * from every language the country-name package writes, and the letters' own stemmer confirms an
 * ending that replaced the name's last vowel. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a country in a case form of an unlisted language', () => {
  it('is found in Croatian as the nominative the package spells', () => {
    const names = namesOf('Tvornica namještaja zapošljava nove radnike', [
      'Tvornica u Gornjem Polju ove je godine dobila velike narudžbe kupaca iz Švedske i Danske.',
      'Direktor tvornice rekao je kako su narudžbe iz Švedske porasle za trećinu u odnosu na prošlu godinu.',
      'Radnici će od proljeća raditi u dvije smjene, a tvornica planira zaposliti još četrdeset ljudi.',
    ]);
    expect(names).toContain('Švedska');
    expect(names).not.toContain('Švedske');
  });

  it('is found in Greek from its genitive', () => {
    const names = namesOf('Νέα συμφωνία για τα λιμάνια', [
      'Η κυβέρνηση υπέγραψε χθες συμφωνία με εταιρεία της Σουηδίας για τον εκσυγχρονισμό δύο λιμανιών.',
      'Οι εργασίες θα ξεκινήσουν το φθινόπωρο και θα διαρκέσουν περίπου τρία χρόνια, είπε ο υπουργός.',
      'Οι ψαράδες της περιοχής ζητούν να μη διακοπεί η πρόσβαση στο λιμάνι κατά τη διάρκεια των έργων.',
    ]);
    expect(names).toContain('Σουηδία');
  });
});
