#!/usr/bin/env node
// feedparser's test suite (tests/wellformed, tests/illformed of its public repository) run against
// our normaliser, each expectation mapped to our item fields. A development tool: the suite is
// read from a checkout named on the command line or in FEEDPARSER_CHECKOUT, never copied here.
// Usage: npm run build && node bench/feedparser/run.mjs [--suite DIR] [--only SUBSTRING]
//        [--verbose] [--json] [--min pass_rate=0.97]
// See README.md beside this file for the mapping rules.
process.env.TZ = 'UTC';

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseDocument } from '../../dist/normalise/index.js';
import { conjuncts, mentions, parse } from './expr.mjs';
import { NotApplicable, evaluate } from './mapping.mjs';

const { values: args } = parseArgs({
  options: {
    suite: { type: 'string', default: process.env.FEEDPARSER_CHECKOUT },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    min: { type: 'string', multiple: true, default: [] },
  },
});

if (!args.suite || !existsSync(join(args.suite, 'tests', 'wellformed'))) {
  console.log(
    'feedparser suite not found: pass --suite DIR or set FEEDPARSER_CHECKOUT to a checkout of ' +
      'https://github.com/kurtmckee/feedparser (a folder holding tests/wellformed); skipped.',
  );
  process.exit(0);
}
const root = args.suite;

function xmlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return xmlFiles(full);
      return name.endsWith('.xml') ? [full] : [];
    });
}

/** The test's description, expectation and HTTP headers, from its leading comment (as feedparser's helpers read them). */
function testOf(bytes) {
  const text = bytes.toString('utf8');
  const m = /Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->/.exec(text);
  if (!m) return null;
  const headers = Object.fromEntries(
    [...text.matchAll(/^Header:\s+([^:]+):(.*)$/gm)].map(([, k, v]) => [k.trim().toLowerCase(), v.trim()]),
  );
  return { description: m[1], expect: m[2].trim(), headers };
}

/** Documents whose path names http are served by feedparser's tests from this address with their headers. */
function inputOf(file, bytes, headers) {
  const rel = relative(root, file).split('\\').join('/');
  const http = rel.includes('http');
  const url = http ? `http://127.0.0.1:8097/${rel}` : null;
  return {
    bytes,
    contentType: http ? (headers['content-type'] ?? 'text/xml') : null,
    contentLocation: http ? (headers['content-location'] ?? null) : null,
    location: file,
    url,
  };
}

const categoryOf = (file) => {
  const rel = relative(join(root, 'tests'), file).split('\\').join('/');
  return rel.startsWith('illformed') ? 'illformed' : rel.split('/')[1];
};

const stats = new Map();
const stat = (cat) => {
  if (!stats.has(cat))
    stats.set(cat, { files: 0, throws: 0, tests: 0, applicable: 0, passed: 0, unreadable: 0, failures: [] });
  return stats.get(cat);
};
const illformedOutcomes = [];

for (const file of xmlFiles(join(root, 'tests'))) {
  const rel = relative(join(root, 'tests'), file);
  if (!/^(wellformed|illformed)\//.test(rel.split('\\').join('/'))) continue;
  if (args.only && !rel.includes(args.only)) continue;
  const bytes = readFileSync(file);
  const test = testOf(bytes);
  const cat = stat(categoryOf(file));
  cat.files++;
  let items = null;
  let error = null;
  try {
    items = (await normaliseDocument(inputOf(file, bytes, test?.headers ?? {}))).items;
  } catch (err) {
    error = err;
  }
  const ill = categoryOf(file) === 'illformed';
  if (error && !ill) {
    cat.throws++;
    cat.failures.push(`${rel}: threw ${error.name}: ${error.message.split('\n')[0]}`);
  }
  if (ill) {
    const clear = !error || (error.name === 'ParseError' && !error.message.includes('\n'));
    illformedOutcomes.push({
      rel,
      clear,
      outcome: error ? `${error.name}: ${error.message}` : `${items.length} item(s)`,
    });
  }
  if (!test || !/\bentries\b/.test(test.expect)) continue;
  cat.tests++;
  let clauses;
  try {
    clauses = conjuncts(parse(test.expect)).filter((c) => mentions(c, 'entries'));
  } catch (err) {
    cat.unreadable++;
    cat.failures.push(`${rel}: expectation not readable (${err.message})`);
    continue;
  }
  let applicable = true;
  let passed = true;
  for (const clause of clauses) {
    try {
      if (!evaluate(clause, items ?? [])) passed = false;
    } catch (err) {
      if (!(err instanceof NotApplicable)) throw err;
      applicable = false;
    }
  }
  if (!applicable) continue;
  cat.applicable++;
  if (passed && items) cat.passed++;
  else {
    const got = items
      ? JSON.stringify(
          items
            .slice(0, 2)
            .map(
              ({
                guid,
                url,
                title,
                summary,
                byline,
                published,
                updated,
                categories,
                enclosures,
                image,
                contentHtml,
              }) => ({
                guid,
                url,
                title,
                summary,
                byline,
                published,
                updated,
                categories,
                enclosures,
                image: image?.url,
                contentHtml: contentHtml.slice(0, 300),
              }),
            ),
        )
      : `threw ${error?.message.split('\n')[0]}`;
    cat.failures.push(`${rel}: ${test.expect}\n      got ${got}`);
  }
}

const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b));
const total = { files: 0, throws: 0, tests: 0, applicable: 0, passed: 0, unreadable: 0 };
console.log(
  `${'category'.padEnd(18)} ${'files'.padStart(5)} ${'throws'.padStart(6)} ${'entry tests'.padStart(11)} ${'applicable'.padStart(10)} ${'passed'.padStart(6)}  rate`,
);
for (const [name, s] of rows) {
  for (const k of Object.keys(total)) total[k] += s[k];
  const rate = s.applicable ? (s.passed / s.applicable).toFixed(3) : '  -  ';
  console.log(
    `${name.padEnd(18)} ${String(s.files).padStart(5)} ${String(s.throws).padStart(6)} ${String(s.tests).padStart(11)} ${String(s.applicable).padStart(10)} ${String(s.passed).padStart(6)}  ${rate}`,
  );
  if (args.verbose) for (const f of s.failures) console.log(`    ${f}`);
}
const unclear = illformedOutcomes.filter((o) => !o.clear);
if (args.verbose)
  for (const o of illformedOutcomes)
    console.log(`  illformed ${o.clear ? 'ok     ' : 'UNCLEAR'} ${o.rel}: ${o.outcome}`);
const summary = {
  applicable: total.applicable,
  passed: total.passed,
  pass_rate: total.applicable ? total.passed / total.applicable : 0,
  wellformed_throws: total.throws,
  illformed_files: illformedOutcomes.length,
  illformed_unclear: unclear.length,
  unreadable_expectations: total.unreadable,
};
if (args.json) console.log(JSON.stringify(summary));
console.log(
  'summary: ' +
    Object.entries(summary)
      .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(3)}`)
      .join(' '),
);
let code = 0;
for (const m of args.min) {
  const [k, v] = m.split('=');
  if (!(summary[k] >= Number(v))) {
    console.log(`below minimum: ${k}=${summary[k]} < ${v}`);
    code = 1;
  }
}
process.exit(code);
