import type { SourceDef } from '../config/index.js';
import type { SourceState } from '../store/index.js';
import { parseDate } from '../publish/common.js';
import { health, healthLine, isRunning } from './health.js';
import { html, type Html } from './html.js';
import { feedSet, layout, type Site } from './layout.js';
import { sourcePath } from './list.js';

export interface SourceRow {
  source: SourceDef;
  state: SourceState | undefined;
  /** The next scheduled run when the source runs on schedule (not failing), else null. */
  nextRun: Date | null;
}

export interface SourcesData {
  rows: SourceRow[];
  now: Date;
  /** Operator controls: off when no admin token is configured. */
  admin: { available: boolean; signedIn: boolean };
  /** The outcome of the last action, shown once. */
  notice: { text: string; problem: boolean } | null;
}

const KIND_LABEL: Record<SourceDef['kind'], string> = {
  feed: 'Feed',
  article: 'Article page',
  folder: 'Folder of articles',
};

/** An instant as "in 5 minutes" with the exact time beside it. */
function when(site: Site, d: Date, now: Date): Html {
  return html`<time datetime="${d.toISOString()}">${site.fmt.relative(d, now)}</time>
    <span class="meta">(${site.fmt.dateTime(d)})</span>`;
}

function actions(row: SourceRow): Html {
  const id = row.source.id;
  const running = isRunning(row.source, row.state);
  const path = `${sourcePath(id)}`;
  return html`<div class="actions">
    ${
      running
        ? html`<form method="post" action="${path}run">
            <button type="submit">Run now<span class="visually-hidden"> ${row.source.title}</span></button>
          </form>`
        : ''
    }
    ${
      row.state?.disabledAt
        ? html`<form method="post" action="${path}enable">
            <button type="submit" class="secondary">
              Enable<span class="visually-hidden"> ${row.source.title}</span>
            </button>
          </form>`
        : row.source.enabled
          ? html`<form method="post" action="${path}disable">
              <button type="submit" class="secondary">
                Disable<span class="visually-hidden"> ${row.source.title}</span>
              </button>
            </form>`
          : ''
    }
  </div>`;
}

function card(site: Site, row: SourceRow, now: Date, controls: boolean): Html {
  const { source, state } = row;
  const h = health(source, state);
  const retryAt = state?.lastResult === 'error' ? parseDate(state.retryAt) : null;
  const disabledAt = parseDate(state?.disabledAt);
  const next = h === 'off' ? null : (retryAt ?? row.nextRun);
  return html`<article class="card" id="source-${source.id}" aria-labelledby="source-${source.id}-h">
    <h2 id="source-${source.id}-h"><a href="${sourcePath(source.id)}">${source.title}</a></h2>
    <p class="meta">${healthLine(site, source, state, now)}</p>
    <dl class="facts">
      <dt>Kind</dt>
      <dd>${KIND_LABEL[source.kind]}</dd>
      <dt>Schedule</dt>
      <dd><code>${source.schedule}</code>${source.enabled ? '' : ' (disabled in its definition file)'}</dd>
      ${
        disabledAt
          ? html`<dt>Disabled</dt>
              <dd>${when(site, disabledAt, now)} by an operator</dd>`
          : ''
      }
      <dt>Last run</dt>
      <dd>${parseDate(state?.lastRunAt) ? when(site, parseDate(state?.lastRunAt) as Date, now) : 'never'}</dd>
      <dt>Result</dt>
      <dd>
        ${state?.lastResult === 'not-modified' ? 'unchanged upstream (not modified)' : (state?.lastResult ?? '—')}
      </dd>
      <dt>Items</dt>
      <dd>
        ${state?.lastResult ? `${site.fmt.count(state.lastSeen)} seen, ${site.fmt.count(state.lastNew)} new` : '—'}
      </dd>
      <dt>Failures in a row</dt>
      <dd>${site.fmt.count(state?.consecutiveFailures ?? 0)}</dd>
      <dt>${retryAt ? 'Retry' : 'Next run'}</dt>
      <dd>${next ? when(site, next, now) : h === 'off' ? 'not scheduled' : '—'}</dd>
    </dl>
    ${
      state?.lastError
        ? html`<p><strong>Last error</strong></p>
            <p class="error-text">${state.lastError}</p>`
        : ''
    }
    ${controls ? actions(row) : ''}
  </article>`;
}

/** `/sources/`: every source's state and, for a signed-in operator, run now / disable / enable. */
export function sourcesPage(site: Site, d: SourcesData): string {
  const failing = d.rows.filter((r) => health(r.source, r.state) === 'error').length;
  const controls = d.admin.available && d.admin.signedIn;
  const main = html`<h1>Sources</h1>
    <p class="lede-page">
      ${site.fmt.count(d.rows.length)}
      ${d.rows.length === 1 ? 'source' : 'sources'}${failing ? html`, <strong>${site.fmt.count(failing)} failing</strong>` : ''}.
      Times are shown relative to ${site.fmt.dateTime(d.now)}.
    </p>
    ${d.notice ? html`<p class="notice${d.notice.problem ? ' problem' : ''}" role="status">${d.notice.text}</p>` : ''}
    ${d.rows.length ? html`<div class="cards">${d.rows.map((r) => card(site, r, d.now, controls))}</div>` : html`<p>No sources configured.</p>`}
    ${d.admin.available ? operatorBox(d.admin.signedIn) : ''}`;
  return layout(
    site,
    {
      title: 'Sources',
      description: `The sources ${site.title} collects news from, and how their last runs went.`,
      feeds: feedSet(site, site.title, ''),
      current: 'sources',
      noindex: true,
    },
    main,
  );
}

function operatorBox(signedIn: boolean): Html {
  return html`<section class="box" aria-labelledby="operator-h" style="margin-top:1.5rem">
    <h2 id="operator-h">Operator</h2>
    ${
      signedIn
        ? html`<p>You are signed in: each source has its controls.</p>
            <form method="post" action="/sources/sign-out">
              <button type="submit" class="secondary">Sign out</button>
            </form>`
        : html`<p class="meta">
              Sign in with the admin token (<code>FEEDWRIGHT_ADMIN_TOKEN</code>) to run or disable sources.
            </p>
            <form method="post" action="/sources/sign-in" class="feed-url">
              <label for="admin-token">Admin token</label>
              <input id="admin-token" type="password" name="token" autocomplete="current-password" required />
              <button type="submit">Sign in</button>
            </form>`
    }
  </section>`;
}
