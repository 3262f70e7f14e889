import { ParseError } from '../../errors/index.js';

/**
 * Entities a document declares in its DOCTYPE. Feeds sometimes define a short name for a repeated
 * string (`<!ENTITY site "tag:example.org,2026:">`), and such literal entities are read. What
 * entity attacks need is refused before any parser sees the document: an external general entity
 * (XXE: a file or URL read into the text), an entity built from other entities (billion laughs),
 * or entities that expand past EXPANSION_CAP (quadratic blowup). Parameter entities are ignored,
 * never fetched: they only matter to a validating parser, and the common one, the XHTML entity set,
 * is known anyway.
 */

/** XML's own entities, which a declaration cannot change. */
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Characters entity references may add to a document. */
const EXPANSION_CAP = 1_000_000;

const refusal = (why: string): ParseError =>
  new ParseError(`refused: the document declares XML entities ${why}`);

/** The DOCTYPE's internal subset, or null when there is none. */
function internalSubset(text: string): string | null {
  const doctype = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE[^>[]*\[/i.exec(
    text.slice(0, 4096),
  );
  if (!doctype) return null;
  const end = text.indexOf(']>', doctype[0].length);
  return text.slice(doctype[0].length, end === -1 ? undefined : end);
}

/**
 * The literal general entities a document declares, by name (none: an empty map). Throws
 * ParseError for the declarations above. `allowed` false refuses every declaration (documents
 * that are not feeds have no use for them).
 */
export function declaredEntities(text: string, allowed = true): Map<string, string> {
  const entities = new Map<string, string>();
  const subset = internalSubset(text);
  if (subset === null || !/<!ENTITY/i.test(subset)) return entities;
  if (!allowed) throw refusal('(entity expansion or XXE)');
  const declaration = /<!ENTITY\s+(%\s+)?([\w.:-]+)\s+([\s\S]*?)>/gi;
  for (const [, parameter, name, rest] of subset.matchAll(declaration)) {
    if (parameter || !name || rest === undefined) continue;
    const literal = /^\s*(["'])([\s\S]*?)\1\s*$/.exec(rest);
    if (!literal) throw refusal('read from elsewhere (external entities, XXE)');
    const value = literal[2] ?? '';
    if (/[&%<]/.test(value)) throw refusal('built from other entities or markup (entity expansion)');
    if (!PREDEFINED.has(name)) entities.set(name, value);
  }
  let expansion = 0;
  for (const [, name] of text.matchAll(/&([\w.:-]+);/g)) {
    const value = name ? entities.get(name) : undefined;
    if (value !== undefined && (expansion += value.length) > EXPANSION_CAP) {
      throw refusal(`that expand past ${EXPANSION_CAP.toLocaleString('en')} characters (entity expansion)`);
    }
  }
  return entities;
}
