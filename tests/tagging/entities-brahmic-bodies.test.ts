/**
 * Bodies in Brahmic scripts, named before their institution word, from invented sentences: back
 * to a function word where the language has a list, one word where it has none, the word's case
 * ending left off, and a body named by its level of government alone left out.
 */
import { describe, expect, it } from 'vitest';
import { caselessEntities } from '../../src/tagging/entities/caseless.js';

describe('bodies before their institution word in Brahmic scripts', () => {
  it('reads a Hindi body back to the function word before it, and leaves a level-only body out', () => {
    const e = caselessEntities([
      'सोमवार को कमलपुर जल आपूर्ति विभाग के अधिकारियों ने बैठक की।',
      'जिला परिषद ने भी प्रस्ताव भेजा है।',
    ]);
    expect(e.organisations).toContain('कमलपुर जल आपूर्ति विभाग');
    expect(e.organisations).not.toContain('जिला परिषद');
  });

  it('reads a Bengali body with its case ending left off', () => {
    const e = caselessEntities(['বন্যার পর নদীপাড় সেচ বোর্ডের প্রকৌশলীরা বাঁধ পরিদর্শন করেন।']);
    expect(e.organisations).toContain('নদীপাড় সেচ বোর্ড');
  });

  it('reads one word before a Kannada department, the script having no function-word list', () => {
    const e = caselessEntities(['ಮಳೆ ಹೆಚ್ಚಾಗಿದೆ ಎಂದು ತೋಟಗಾರಿಕೆ ಇಲಾಖೆ ತಿಳಿಸಿದೆ.']);
    expect(e.organisations).toEqual(['ತೋಟಗಾರಿಕೆ ಇಲಾಖೆ']);
  });
});
