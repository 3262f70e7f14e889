/**
 * Minimal, strict XML writing helpers. The feed documents are small and their shape is fixed,
 * so writing them directly keeps escaping exact (the `feed` package leaves `&`/`<` unescaped in
 * attributes, un-escapes literal `&amp;` in text and splits only the first `]]>` of CDATA).
 */
import { stripControl } from '../normalise/control.js';

/**
 * Items are cleaned of control characters when normalised; the writers strip them again only so
 * that items stored before that stage existed still make well-formed documents.
 */
export { stripControl };

/** Escape character data for an element body. */
export function escapeText(s: string): string {
  return stripControl(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape an attribute value for double quotes; white space is kept as references so it survives normalisation. */
export function escapeAttr(s: string): string {
  return escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** A CDATA section; every `]]>` is split across two sections so the content survives intact. */
export function cdata(s: string): string {
  return `<![CDATA[${stripControl(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export type AttrValue = string | number | null | undefined;
/** Attributes in the order they are written (order is fixed for byte-identical output). */
export type Attrs = ReadonlyArray<readonly [string, AttrValue]>;

/** A small element tree: element bodies are text, CDATA or child elements, never mixed. */
export type XmlNode =
  | { name: string; attrs?: Attrs; text: string }
  | { name: string; attrs?: Attrs; cdata: string }
  | { name: string; attrs?: Attrs; children: XmlNode[] };

/** Shorthands that keep the renderers readable. */
export const text = (name: string, value: string, a: Attrs = []): XmlNode => ({
  name,
  attrs: a,
  text: value,
});
export const cdataEl = (name: string, value: string, a: Attrs = []): XmlNode => ({
  name,
  attrs: a,
  cdata: value,
});
export const el = (name: string, a: Attrs, children: XmlNode[] = []): XmlNode => ({
  name,
  attrs: a,
  children,
});

/** Attribute list; nullish values are left out. */
function serialiseAttrs(list: Attrs | undefined): string {
  return (list ?? [])
    .filter((a): a is readonly [string, string | number] => a[1] !== null && a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

/**
 * Serialise with two-space indentation between elements only; text and CDATA bodies are written
 * verbatim so indentation never leaks into content.
 */
export function serialise(node: XmlNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  const open = `${node.name}${serialiseAttrs(node.attrs)}`;
  if ('text' in node) return `${pad}<${open}>${escapeText(node.text)}</${node.name}>`;
  if ('cdata' in node) return `${pad}<${open}>${cdata(node.cdata)}</${node.name}>`;
  if (node.children.length === 0) return `${pad}<${open}/>`;
  const body = node.children.map((c) => serialise(c, depth + 1)).join('\n');
  return `${pad}<${open}>\n${body}\n${pad}</${node.name}>`;
}

/**
 * A complete document: declaration, an `<?xml-stylesheet?>` instruction when a stylesheet is given,
 * root element, final newline.
 */
export function xmlDocument(root: XmlNode, stylesheet?: string): string {
  const pi = stylesheet ? `<?xml-stylesheet type="text/xsl" href="${escapeAttr(stylesheet)}"?>\n` : '';
  return `<?xml version="1.0" encoding="utf-8"?>\n${pi}${serialise(root)}\n`;
}
