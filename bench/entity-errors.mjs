// Entity errors of the normaliser on a case folder, by kind (boundary, wrong class, missed,
// spurious, alias not merged) and by language (the case name's second field). Run from a built checkout.
// Usage: node analyse.mjs run <dir> <out.json>   (runs CLI from cwd)
//        node analyse.mjs report <dir> <out.json> [--list kind] [--lang xx]
//        node analyse.mjs diff <dir> <before.json> <after.json>
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
const slug = (s) =>
  String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
const [cmd, dir, a, b, ...rest] = process.argv.slice(2);
const cases = readdirSync(dir)
  .filter((d) => existsSync(join(dir, d, 'expected.json')))
  .sort()
  .map((id) => {
    const input = ['input.txt', 'input.html', 'input.htm'].map((f) => join(dir, id, f)).find(existsSync);
    return { id, input, e: JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) };
  })
  .filter((c) => c.input);
const lang = (id) => id.replace(/^\d+-/, '').split('-')[0];
if (cmd === 'run') {
  const out = execFileSync(
    'node',
    ['dist/cli/main.js', 'normalise', '--json', ...cases.map((c) => c.input)],
    { maxBuffer: 1 << 30 },
  ).toString();
  const res = JSON.parse(out);
  writeFileSync(a, JSON.stringify(Object.fromEntries(cases.map((c, i) => [c.id, res[i].entities ?? {}]))));
  process.exit(0);
}
const KINDS = ['people', 'places', 'organisations'];
function analyse(c, pred) {
  const exp = KINDS.flatMap((k) =>
    (c.e.entities?.[k] ?? []).map((al) => ({ k, al, s: new Set(al.map(slug)) })),
  );
  const seen = new Set();
  const preds = [];
  for (const k of KINDS)
    for (const n of pred?.[k] ?? pred?.organizations ?? []) {
      const s = slug(n);
      if (!seen.has(s)) {
        seen.add(s);
        preds.push({ k, n, s });
      }
    }
  const used = new Set();
  const out = { tp: [], fp: [], fn: [] };
  for (const p of preds) {
    const j = exp.findIndex((x, i) => !used.has(i) && x.s.has(p.s));
    if (j >= 0) {
      used.add(j);
      out.tp.push({ ...p, ek: exp[j].k, al: exp[j].al });
    } else out.fp.push(p);
  }
  const words = (s) => new Set(s.split('-').filter((w) => w.length > 1));
  const overlap = (s1, s2) => {
    const w = words(s2);
    return (
      [...words(s1)].some((x) => w.has(x)) ||
      (s1.length > 1 && s2.length > 1 && (s1.includes(s2) || s2.includes(s1)))
    );
  };
  exp.forEach((x, i) => {
    if (!used.has(i)) out.fn.push(x);
  });
  for (const p of out.fp) {
    if (exp.some((x) => x.s.has(p.s))) p.why = 'dup-alias';
    else if (out.fn.some((x) => [...x.s].some((s) => overlap(p.s, s)))) p.why = 'boundary';
    else if (out.tp.some((x) => [...x.al.map(slug)].some((s) => overlap(p.s, s))))
      p.why = 'boundary-of-found';
    else p.why = 'spurious';
  }
  for (const x of out.fn)
    x.why = out.fp.some((p) => [...x.s].some((s) => overlap(p.s, s))) ? 'boundary' : 'missed';
  for (const t of out.tp) t.why = t.k === t.ek ? 'ok' : 'wrong-class';
  return out;
}
const load = (f) => JSON.parse(readFileSync(f, 'utf8'));
if (cmd === 'report') {
  const pred = load(a);
  const opts = [b, ...rest];
  const list = opts.includes('--list') ? opts[opts.indexOf('--list') + 1] : null;
  const onlyLang = opts.includes('--lang') ? opts[opts.indexOf('--lang') + 1] : null;
  const tally = {};
  const byLang = {};
  let TP = 0,
    NP = 0,
    NE = 0;
  for (const c of cases) {
    const L = lang(c.id);
    if (onlyLang && L !== onlyLang) continue;
    const r = analyse(c, pred[c.id]);
    TP += r.tp.length;
    NP += r.tp.length + r.fp.length;
    NE += r.tp.length + r.fn.length;
    const bl = (byLang[L] ??= { tp: 0, fp: 0, fn: 0 });
    bl.tp += r.tp.length;
    bl.fp += r.fp.length;
    bl.fn += r.fn.length;
    for (const [side, arr] of [
      ['FP', r.fp],
      ['FN', r.fn],
      ['TP', r.tp],
    ])
      for (const x of arr) {
        const key = `${side} ${x.why} ${x.k}${x.ek && x.ek !== x.k ? '<-' + x.ek : ''}`;
        tally[key] = (tally[key] ?? 0) + 1;
        if (list && key.includes(list))
          console.log(
            `${c.id}\t${key}\t${x.n ?? JSON.stringify(x.al)}${x.al && x.n ? '\t' + JSON.stringify(x.al) : ''}`,
          );
      }
    if (list === 'case')
      console.log(
        `${c.id}\tFP ${r.fp.map((x) => `${x.n}[${x.k[0]}:${x.why}]`).join('; ')}\n\tFN ${r.fn.map((x) => `${x.al[0]}[${x.k[0]}:${x.why}]`).join('; ')}`,
      );
  }
  const p = TP / NP,
    rr = TP / NE;
  console.log(
    `tp=${TP} np=${NP} ne=${NE} p=${p.toFixed(3)} r=${rr.toFixed(3)} f=${((2 * p * rr) / (p + rr)).toFixed(3)}`,
  );
  if (!list) {
    for (const [k, v] of Object.entries(tally).sort((x, y) => y[1] - x[1])) console.log(v, k);
    console.log('--- by language (fp+fn)');
    console.log(
      Object.entries(byLang)
        .sort((x, y) => y[1].fp + y[1].fn - (x[1].fp + x[1].fn))
        .map(([l, v]) => `${l}:${v.tp}/${v.fp}/${v.fn}`)
        .join('  '),
    );
  }
}
if (cmd === 'diff') {
  const A = load(a),
    B = load(b);
  let rw = 0,
    wr = 0;
  for (const c of cases) {
    const ra = analyse(c, A[c.id]),
      rb = analyse(c, B[c.id]);
    const okA = new Set(ra.tp.map((x) => x.s)),
      okB = new Set(rb.tp.map((x) => x.s));
    const fpA = new Set(ra.fp.map((x) => x.s)),
      fpB = new Set(rb.fp.map((x) => x.s));
    const lost = [...okA].filter((s) => !okB.has(s)),
      gained = [...okB].filter((s) => !okA.has(s));
    const newFp = [...fpB].filter((s) => !fpA.has(s)),
      goneFp = [...fpA].filter((s) => !fpB.has(s));
    const fA = (2 * ra.tp.length) / (2 * ra.tp.length + ra.fp.length + ra.fn.length || 1),
      fB = (2 * rb.tp.length) / (2 * rb.tp.length + rb.fp.length + rb.fn.length || 1);
    if (lost.length || gained.length || newFp.length || goneFp.length)
      console.log(
        `${c.id} f ${fA.toFixed(2)}->${fB.toFixed(2)} ${fB < fA ? 'WORSE' : fB > fA ? 'better' : 'same'} lostTP=${lost} gainedTP=${gained} newFP=${newFp} goneFP=${goneFp}`,
      );
    if (fB < fA - 1e-9) rw++;
    if (fB > fA + 1e-9) wr++;
  }
  console.log(`cases worse=${rw} better=${wr}`);
}
