import { watch, type FSWatcher } from 'node:fs';
import { loadSources, type SourceDef } from '../config/index.js';
import type { Logger } from '../log/index.js';
import { ClaimScheduler, Scheduler, type ClaimObserver } from '../scheduler/index.js';
import type { SourceClaims } from '../store/index.js';
import { NotFoundError, errorMessage } from '../errors/index.js';
import type { AdminActions } from '../http/admin.js';
import { purgeSource, removeItems, type Store } from '../store/index.js';

export interface SourceRunnerDeps {
  sourcesDir: string;
  /** The live list of sources, shared with the HTTP layer; reload replaces its contents in place. */
  sources: SourceDef[];
  logger: Logger;
  /** Run one source (fetch, normalise, store); rejects on failure. */
  run: (source: SourceDef) => Promise<void>;
  /** A store shared by several nodes: its remote sources are claimed, not scheduled here alone. */
  claims?: { claims: SourceClaims; leaseSeconds: number; observer?: ClaimObserver };
  /** Where an operator's "disable" is kept (SourceState `disabledAt`). */
  store: Store;
  now?: () => Date;
}

/**
 * The server's sources at work: a scheduler over the enabled ones, folder watchers, and the
 * admin actions (run one now, reload the definitions).
 */
export class SourceRunner implements AdminActions {
  #scheduler: Scheduler;
  #claimed: ClaimScheduler | null;
  #watchers: FSWatcher[] = [];
  /** Sources an operator disabled (from the store); they do not run until enabled again. */
  #disabled = new Set<string>();

  constructor(private readonly deps: SourceRunnerDeps) {
    [this.#scheduler, this.#claimed] = this.#build();
  }

  #enabled(): SourceDef[] {
    return this.deps.sources.filter((s) => s.enabled && !this.#disabled.has(s.id));
  }

  async #readDisabled(): Promise<void> {
    const states = await this.deps.store.sourceStates();
    this.#disabled = new Set(Object.keys(states).filter((id) => states[id]?.disabledAt));
  }

  /**
   * On a shared store, remote sources go through claims (one node per slot); local ones (files,
   * folders) stay with this node, which has them. Otherwise this node schedules everything.
   */
  #build(): [Scheduler, ClaimScheduler | null] {
    const byId = new Map(this.#enabled().map((s) => [s.id, s]));
    const run = async (id: string): Promise<void> => {
      const source = byId.get(id);
      if (source) await this.deps.run(source);
    };
    const shared = this.deps.claims;
    const claimed = shared ? [...byId.values()].filter((s) => s.isUrl) : [];
    const local = [...byId.values()].filter((s) => !claimed.includes(s));
    const scheduler = new Scheduler({ sources: local, logger: this.deps.logger, run });
    if (!shared) return [scheduler, null];
    return [
      scheduler,
      new ClaimScheduler({
        sources: claimed,
        claims: shared.claims,
        leaseSeconds: shared.leaseSeconds,
        observer: shared.observer,
        logger: this.deps.logger,
        run,
      }),
    ];
  }

  #claimedHas(id: string): boolean {
    return !!this.#claimed && this.#enabled().some((s) => s.id === id && s.isUrl);
  }

  /**
   * Start: with `ingestNow`, local sources are run before this resolves (so the first request
   * already sees them) and remote ones in the background, so a slow upstream never delays start-up.
   */
  async start(ingestNow: boolean): Promise<void> {
    await this.#readDisabled();
    await Promise.all([this.#scheduler.stop(), this.#claimed?.stop()]);
    [this.#scheduler, this.#claimed] = this.#build();
    const enabled = this.#enabled();
    if (ingestNow) {
      await Promise.all(enabled.filter((s) => !s.isUrl).map((s) => this.#scheduler.trigger(s.id)));
      for (const s of enabled.filter((x) => x.isUrl && !this.#claimedHas(x.id)))
        void this.#scheduler.trigger(s.id);
    }
    this.#scheduler.start();
    await this.#claimed?.start({ runNow: ingestNow });
    this.#watchFolders();
  }

  // Folder sources ingest new files as they appear, not only on schedule.
  #watchFolders(): void {
    for (const s of this.#enabled().filter((x) => x.kind === 'folder')) {
      let timer: NodeJS.Timeout | null = null;
      try {
        this.#watchers.push(
          watch(s.location, () => {
            if (timer) clearTimeout(timer);
            timer = setTimeout(() => void this.#scheduler.trigger(s.id), 500);
          }),
        );
      } catch (err) {
        this.deps.logger.warn(
          { source: s.id, err: errorMessage(err) },
          'cannot watch folder; relying on the schedule',
        );
      }
    }
  }

  async ingest(sourceId: string): Promise<void> {
    if (!this.#enabled().some((s) => s.id === sourceId))
      throw new NotFoundError(`no enabled source "${sourceId}"`);
    if (this.#claimedHas(sourceId)) await this.#claimed?.trigger(sourceId);
    else void this.#scheduler.trigger(sourceId);
  }

  /** Disable a source or enable it again: recorded in the store, then the schedule is rebuilt. */
  async setEnabled(sourceId: string, enabled: boolean): Promise<void> {
    if (!this.deps.sources.some((s) => s.id === sourceId)) throw new NotFoundError(`no source "${sourceId}"`);
    const at = (this.deps.now ?? (() => new Date()))().toISOString();
    await this.deps.store.transaction(async (tx) => {
      const state = await tx.getSourceState(sourceId);
      await tx.setSourceState(sourceId, { ...state, disabledAt: enabled ? null : (state.disabledAt ?? at) });
    });
    await this.stop();
    await this.start(false);
    this.deps.logger.info({ source: sourceId, enabled }, enabled ? 'source enabled' : 'source disabled');
  }

  async removeItem(itemId: string): Promise<void> {
    await removeItems(this.deps.store, [itemId]);
    this.deps.logger.info({ item: itemId }, 'item removed');
  }

  async purgeSource(sourceId: string): Promise<{ removed: number }> {
    const defined = this.deps.sources.some((s) => s.id === sourceId);
    const removed = (await purgeSource(this.deps.store, sourceId, defined)).length;
    this.deps.logger.info({ source: sourceId, removed }, 'source purged');
    return { removed };
  }

  /** Re-read the definitions (an invalid file leaves everything as it was) and reschedule. */
  async reload(): Promise<{ sources: number }> {
    const fresh = await loadSources(this.deps.sourcesDir);
    await this.stop();
    this.deps.sources.splice(0, this.deps.sources.length, ...fresh);
    [this.#scheduler, this.#claimed] = this.#build();
    await this.start(true);
    this.deps.logger.info({ sources: this.#enabled().length }, 'sources reloaded');
    return { sources: this.#enabled().length };
  }

  async stop(): Promise<void> {
    for (const w of this.#watchers) w.close();
    this.#watchers = [];
    await Promise.all([this.#scheduler.stop(), this.#claimed?.stop()]);
  }
}
