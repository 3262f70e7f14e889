import type { z } from 'zod';

/** Plain words for what a schema wanted, per zod issue (zod's own read "expected int, received NaN"). */
const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  boolean: 'true or false',
  object: 'a mapping of keys to values',
};

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return NOUNS[issue.expected] ?? `a ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `at most ${issue.maximum} characters`
        : `a number no larger than ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `at least ${issue.minimum} characters`
        : `a number no smaller than ${issue.minimum}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'an http:// or https:// URL' : `text in ${issue.format} form`;
    default:
      return issue.message;
  }
}

/** zod's default messages; a schema's own message ("must be …") is kept as written. */
const DEFAULT_MESSAGE = /^(?:Invalid|Too (?:big|small))/;

/**
 * What is wrong with one value, for a message that already names the flag or key: what was
 * expected, in plain words, and the value given (`value` undefined: the key is missing).
 */
export function describeProblem(issue: z.core.$ZodIssue, value: unknown): string {
  const wanted = DEFAULT_MESSAGE.test(issue.message) ? `expected ${expectation(issue)}` : issue.message;
  if (value === undefined) return `is missing (${wanted})`;
  return `${wanted}, got ${JSON.stringify(value) ?? String(value)}`;
}

/** The value at a zod issue's path inside `raw` (undefined when absent). */
export function valueAt(raw: unknown, keys: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const k of keys) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
