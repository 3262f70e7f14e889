import type { Command } from 'commander';
import { buildBaseRuntime, type CommonOptions } from './runtime.js';
import { CronSchedule } from '../scheduler/index.js';
import { writeOut } from './output.js';

/** Files a folder source left alone, named (the first few) so the operator can look. */
function skippedNote(files: string[]): string {
  const shown = files.slice(0, 3).join(', ');
  return `${files.length} skipped: ${shown}${files.length > 3 ? ', …' : ''}`;
}

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('List configured sources with their last run, result and next run.')
    .option('--json', 'print JSON')
    .option('--store <dir>', 'store folder (default: $FEEDWRIGHT_STORE or store/)')
    .option('--sources <dir>', 'source definitions folder (default: $FEEDWRIGHT_SOURCES or feeds/)')
    .action(async (opts: CommonOptions & { json?: boolean }) => {
      const rt = await buildBaseRuntime(opts, { sourcesRequired: true, readOnly: true, logLevel: 'warn' });
      const states = await rt.store.sourceStates();
      const now = new Date();
      const rows = rt.sources.map((s) => {
        const st = states[s.id];
        const cron = new CronSchedule(s.schedule);
        // Disabled in its file, or by an operator (kept in the store: see the sources page).
        const enabled = s.enabled && !st?.disabledAt;
        const next = !enabled
          ? null
          : st?.retryAt && st.lastResult === 'error'
            ? st.retryAt
            : cron.nextAfter(now)?.toISOString();
        cron.dispose();
        return {
          id: s.id,
          kind: s.kind,
          location: s.location,
          schedule: s.schedule,
          enabled,
          lastRun: st?.lastRunAt ?? null,
          result: st?.lastResult ?? null,
          error: st?.lastError ?? null,
          items: st?.lastSeen ?? 0,
          skipped: st?.skipped ?? [],
          nextRun: next ?? null,
        };
      });
      if (opts.json) {
        await writeOut(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      const fmt = (iso: string | null): string => (iso ? iso.slice(0, 19).replace('T', ' ') + 'Z' : '-');
      const header = ['ID', 'KIND', 'SCHEDULE', 'LAST RUN', 'RESULT', 'NEXT RUN'];
      const table = rows.map((r) => [
        r.id,
        r.kind,
        r.enabled ? r.schedule : 'disabled',
        fmt(r.lastRun),
        r.result
          ? r.result === 'error'
            ? `error: ${r.error ?? ''}`
            : `${r.result} (${r.items} items${r.skipped.length ? `, ${skippedNote(r.skipped)}` : ''})`
          : 'never run',
        fmt(r.nextRun),
      ]);
      const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
      const line = (cells: string[]): string =>
        cells
          .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
          .join('  ')
          .trimEnd();
      await writeOut([line(header), ...table.map(line)].join('\n') + '\n');
    });
}
