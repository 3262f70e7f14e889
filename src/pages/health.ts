import type { SourceDef } from '../config/index.js';
import type { SourceState } from '../store/index.js';
import { parseDate } from '../publish/common.js';
import { html, type Html } from './html.js';
import type { Site } from './layout.js';

export type Health = 'ok' | 'error' | 'none' | 'off';

/** Whether a source runs: its definition says so and no operator disabled it from the sources page. */
export const isRunning = (source: SourceDef, state: SourceState | undefined): boolean =>
  source.enabled && !state?.disabledAt;

/** A source's state in one word, for a coloured dot. */
export function health(source: SourceDef, state: SourceState | undefined): Health {
  if (!isRunning(source, state)) return 'off';
  if (state?.lastResult === 'error') return 'error';
  return state?.lastResult ? 'ok' : 'none';
}

const HEALTH_LABEL: Record<Health, string> = {
  ok: 'OK',
  error: 'Failing',
  none: 'Not run yet',
  off: 'Disabled',
};

/** "OK · 3 minutes ago" with the exact instant in `<time>`. */
export function healthLine(site: Site, source: SourceDef, state: SourceState | undefined, now: Date): Html {
  const h = health(source, state);
  const last = parseDate(state?.lastRunAt);
  return html`<span class="status dot ${h}">${HEALTH_LABEL[h]}</span>${
    last
      ? html`<span
            >last run
            <time datetime="${last.toISOString()}" title="${site.fmt.dateTime(last)}"
              >${site.fmt.relative(last, now)}</time
            ></span
          >`
      : ''
  }`;
}
