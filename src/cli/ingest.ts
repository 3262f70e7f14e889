import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { buildRuntime, type CommonOptions } from './runtime.js';
import type { ApplyCounts } from '../pipeline/ingest.js';
import { FeedwrightError, UsageError, errorMessage } from '../errors/index.js';
import { writeOut } from './output.js';
import { isHttpUrl } from '../url/location.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Ingest sources now (by id, or --all), or ad-hoc files and URLs, into the store.')
    .argument('[targets...]', 'source ids from the sources folder, files, or http(s) URLs')
    .option('--all', 'every enabled source')
    .option('--offline', 're-normalise the kept raw copies of URL sources instead of fetching')
    .option('--store <dir>', 'store folder (default: $FEEDWRIGHT_STORE or store/)')
    .option('--sources <dir>', 'source definitions folder (default: $FEEDWRIGHT_SOURCES or feeds/)')
    .action(async (targets: string[], opts: CommonOptions & { all?: boolean; offline?: boolean }) => {
      if (!targets.length && !opts.all)
        throw new UsageError('name source ids, files or URLs to ingest, or use --all');
      const { ingestLocation, runSource } = await import('../pipeline/ingest.js');
      const rt = await buildRuntime(opts, { logLevel: 'warn' });
      const byId = new Map(rt.sources.map((s) => [s.id, s]));
      type Job = { label: string; run: () => Promise<ApplyCounts> };
      const jobs: Job[] = [];
      if (opts.all) {
        // Not those an operator disabled on the sources page (kept in the store); by id they still run.
        const states = await rt.store.sourceStates();
        for (const s of rt.sources.filter((x) => x.enabled && !states[x.id]?.disabledAt)) {
          jobs.push({ label: s.id, run: () => runSource(rt.ingest, s, { offline: opts.offline }) });
        }
      }
      for (const t of targets) {
        const source = byId.get(t);
        if (source)
          jobs.push({ label: t, run: () => runSource(rt.ingest, source, { offline: opts.offline }) });
        else if (isHttpUrl(t) || existsSync(t))
          jobs.push({ label: t, run: () => ingestLocation(rt.ingest, t) });
        else throw new UsageError(`"${t}" is neither a configured source id nor an existing file or URL`);
      }
      const tty = process.stderr.isTTY;
      const total = { documents: 0, seen: 0, created: 0, updated: 0 };
      const failures: string[] = [];
      for (const [i, job] of jobs.entries()) {
        if (tty) process.stderr.write(`[${i + 1}/${jobs.length}] ${job.label} …`);
        try {
          const c = await job.run();
          total.documents++;
          total.seen += c.seen;
          total.created += c.created;
          total.updated += c.updated;
          if (tty) process.stderr.write(` ${c.seen} items, ${c.created} new, ${c.updated} updated\n`);
        } catch (err) {
          if (tty) process.stderr.write(' failed\n');
          if (!(err instanceof FeedwrightError)) throw err;
          const message = errorMessage(err);
          failures.push(message.includes(job.label) ? message : `${job.label}: ${message}`);
        }
      }
      await rt.store.close();
      await writeOut(
        `ingested ${total.documents} of ${jobs.length}: ${total.seen} items, ${total.created} new, ${total.updated} updated\n`,
      );
      if (failures.length) {
        for (const f of failures) process.stderr.write(`feedwright: ${f}\n`);
        process.exitCode = 1;
      }
    });
}
