/**
 * A person named with a given name and two surnames, then by the first surname or by both:
 * one entity. Invented text and people.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

/** A story that names the person in full, then again as `later` ("Ortega"). */
const story = (later: string): string[] =>
  namesOf('La cooperativa abre un nuevo mercado', [
    'La presidenta de la cooperativa, Lucía Ortega Ibarra, anunció el lunes la apertura de un mercado cubierto en el barrio.',
    `Según ${later}, el mercado tendrá cuarenta puestos y abrirá todos los días de la semana.`,
    'Los vecinos llevaban años pidiendo un espacio así, explicó la dirigente a los periodistas.',
  ]);

describe('a person with two surnames', () => {
  it.each(['Ortega', 'Ortega Ibarra'])('is one entity when called "%s"', (later) => {
    const names = story(later);
    expect(names).toContain('Lucía Ortega Ibarra');
    expect(names).not.toContain(later);
  });
});
