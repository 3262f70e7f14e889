import { html as honoHtml, raw } from 'hono/html';

/**
 * HTML built with Hono's tagged template: every interpolated value is escaped unless it is itself
 * `Html`; arrays are joined, and null, undefined and booleans print nothing. No promise is ever
 * interpolated here, so the result is always synchronous.
 */
export type Html = Exclude<ReturnType<typeof honoHtml>, Promise<unknown>>;

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const out = honoHtml(strings, ...values);
  if (out instanceof Promise) throw new TypeError('a page template was given a promise');
  return out;
}

/** Markup that is already safe: sanitised article HTML, or JSON escaped for a script element. */
export const trusted = (markup: string): Html => raw(markup);

/** JSON for `<script type="application/ld+json">`: `<` escaped so no `</script>` can close it. */
export const jsonScript = (value: unknown): Html =>
  raw(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
