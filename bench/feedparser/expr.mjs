// A reader for the small subset of Python that feedparser's test files write in their `Expect:`
// lines (`not bozo and entries[0]['title'] == u'Example'`): literals, subscripts, attributes,
// calls, comparisons, `and`/`or`/`not`, `+` on strings. It builds a tree; run.mjs evaluates it
// against our items. Anything outside the subset throws, and the test is reported as unreadable.

const PUNCT = ['==', '!=', '<=', '>=', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', '+', '-'];

function readString(src, at) {
  const prefix = /^[uUbBrR]{0,2}/.exec(src.slice(at))[0];
  const raw = /r/i.test(prefix);
  let i = at + prefix.length;
  const quote = src[i];
  const triple = src.startsWith(quote.repeat(3), i);
  const close = triple ? quote.repeat(3) : quote;
  i += close.length;
  let out = '';
  while (i < src.length && !src.startsWith(close, i)) {
    const c = src[i];
    if (c !== '\\' || raw) {
      out += c;
      i++;
      continue;
    }
    const n = src[i + 1];
    const simple = {
      n: '\n',
      t: '\t',
      r: '\r',
      '\\': '\\',
      "'": "'",
      '"': '"',
      0: '\0',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
    };
    const hex = { x: 2, u: 4, U: 8 }[n];
    if (hex) {
      out += String.fromCodePoint(parseInt(src.slice(i + 2, i + 2 + hex), 16));
      i += 2 + hex;
    } else if (n in simple) {
      out += simple[n];
      i += 2;
    } else {
      out += c + n;
      i += 2;
    }
  }
  if (i >= src.length) throw new Error('unterminated string');
  return { value: out, end: i + close.length };
}

export function tokenize(src) {
  const tokens = [];
  for (let i = 0; i < src.length;) {
    const rest = src.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (/^[uUbBrR]{0,2}['"]/.test(rest)) {
      const s = readString(src, i);
      tokens.push({ t: 'str', v: s.value });
      i = s.end;
      continue;
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(rest);
    if (num) {
      tokens.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(rest);
    if (name) {
      tokens.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const p = PUNCT.find((op) => rest.startsWith(op));
    if (!p) throw new Error(`unexpected ${JSON.stringify(rest.slice(0, 10))}`);
    tokens.push({ t: 'op', v: p });
    i += p.length;
  }
  return tokens;
}

/** Parse an expression into nodes: {k: 'name'|'lit'|'sub'|'attr'|'call'|'tuple'|'list'|'dict'|'not'|'and'|'or'|'cmp'|'add'|'neg', …}. */
export function parse(src) {
  const toks = tokenize(src);
  let p = 0;
  const peek = (v) => toks[p] && toks[p].v === v && toks[p].t !== 'str';
  const eat = (v) => {
    if (!peek(v)) throw new Error(`expected ${v} at token ${p}`);
    p++;
  };
  const KEYWORDS = { None: null, True: true, False: false };

  function atom() {
    const tok = toks[p++];
    if (!tok) throw new Error('unexpected end');
    if (tok.t === 'str') {
      let v = tok.v;
      // Adjacent string literals concatenate.
      while (toks[p] && toks[p].t === 'str') v += toks[p++].v;
      return { k: 'lit', v };
    }
    if (tok.t === 'num') return { k: 'lit', v: tok.v };
    if (tok.t === 'name')
      return tok.v in KEYWORDS ? { k: 'lit', v: KEYWORDS[tok.v] } : { k: 'name', v: tok.v };
    if (tok.v === '(' || tok.v === '[') {
      const close = tok.v === '(' ? ')' : ']';
      const items = [];
      let comma = false;
      while (!peek(close)) {
        items.push(expr());
        if (peek(',')) {
          comma = true;
          p++;
        } else break;
      }
      eat(close);
      if (tok.v === '(' && items.length === 1 && !comma) return items[0];
      return { k: tok.v === '(' ? 'tuple' : 'list', items };
    }
    if (tok.v === '{') {
      const pairs = [];
      while (!peek('}')) {
        const key = expr();
        eat(':');
        pairs.push([key, expr()]);
        if (peek(',')) p++;
        else break;
      }
      eat('}');
      return { k: 'dict', pairs };
    }
    throw new Error(`unexpected ${tok.v}`);
  }

  function postfix() {
    let node = atom();
    for (;;) {
      if (peek('[')) {
        p++;
        const index = expr();
        eat(']');
        node = { k: 'sub', of: node, index };
      } else if (peek('.')) {
        p++;
        node = { k: 'attr', of: node, name: toks[p++].v };
      } else if (peek('(')) {
        p++;
        const args = [];
        while (!peek(')')) {
          args.push(expr());
          if (peek(',')) p++;
          else break;
        }
        eat(')');
        node = { k: 'call', fn: node, args };
      } else return node;
    }
  }

  function unary() {
    if (peek('-')) {
      p++;
      return { k: 'neg', of: unary() };
    }
    return postfix();
  }

  function sum() {
    let node = unary();
    while (peek('+')) {
      p++;
      node = { k: 'add', a: node, b: unary() };
    }
    return node;
  }

  function compOp() {
    const tok = toks[p];
    if (!tok || tok.t === 'str') return null;
    if (['==', '!=', '<', '>', '<=', '>='].includes(tok.v)) return (p++, tok.v);
    if (tok.v === 'in') return (p++, 'in');
    if (tok.v === 'is') {
      p++;
      if (peek('not')) return (p++, 'is not');
      return 'is';
    }
    if (tok.v === 'not' && toks[p + 1]?.v === 'in') return ((p += 2), 'not in');
    return null;
  }

  function comparison() {
    const first = sum();
    const ops = [];
    const operands = [first];
    for (let op = compOp(); op; op = compOp()) {
      ops.push(op);
      operands.push(sum());
    }
    return ops.length ? { k: 'cmp', ops, operands } : first;
  }

  function not() {
    if (peek('not')) {
      p++;
      return { k: 'not', of: not() };
    }
    return comparison();
  }

  function and() {
    const parts = [not()];
    while (peek('and')) {
      p++;
      parts.push(not());
    }
    return parts.length > 1 ? { k: 'and', parts } : parts[0];
  }

  function expr() {
    const parts = [and()];
    while (peek('or')) {
      p++;
      parts.push(and());
    }
    return parts.length > 1 ? { k: 'or', parts } : parts[0];
  }

  const tree = expr();
  if (p !== toks.length) throw new Error(`trailing input at token ${p}`);
  return tree;
}

/** The top-level conjuncts of an expression (`a and (b and c)` → a, b, c). */
export function conjuncts(node) {
  return node.k === 'and' ? node.parts.flatMap(conjuncts) : [node];
}

/** Whether a node mentions the name (`entries`, `bozo`, `feed`…) anywhere. */
export function mentions(node, name) {
  if (!node || typeof node !== 'object') return false;
  if (node.k === 'name') return node.v === name;
  return Object.values(node).some((v) =>
    Array.isArray(v)
      ? v.some((x) => (Array.isArray(x) ? x.some((y) => mentions(y, name)) : mentions(x, name)))
      : mentions(v, name),
  );
}
