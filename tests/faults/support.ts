/**
 * Helpers for the fault tests: the shape check every stored item must pass, child processes that
 * are always reaped, and small timing utilities. Everything talks to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { StoredItem } from '../../src/model/item.js';
import { CLI, ROOT } from '../support/env.js';

/** The build the child processes run (the CLI's dist/ folder). */
export const DIST = path.dirname(path.dirname(CLI));
export const CHILD = path.join(ROOT, 'tests/faults/ingest-child.mjs');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const isIso = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

/** Problems with one stored item: missing or mistyped required fields (a half-written item). */
export function itemProblems(item: StoredItem): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string): void => {
    if (!ok) problems.push(`${item.id ?? '?'}: ${what}`);
  };
  need(typeof item.id === 'string' && item.id.length > 0, 'id');
  need(isStrOrNull(item.guid) && isStrOrNull(item.url) && isStrOrNull(item.title), 'guid/url/title');
  need(Array.isArray(item.body) && item.body.every((p) => typeof p === 'string'), 'body');
  need(typeof item.contentHtml === 'string', 'contentHtml');
  need(Array.isArray(item.keys) && item.keys.length > 0, 'keys');
  need(Array.isArray(item.origins) && item.origins.length > 0, 'origins');
  need(Array.isArray(item.tags), 'tags');
  need(typeof item.contentHash === 'string', 'contentHash'); // empty for items with too little text
  need(isIso(item.firstSeen) && isIso(item.modified), 'firstSeen/modified');
  return problems;
}

/** Live children, killed by pid when a test ends (never by name). */
const live = new Set<ChildProcess>();

export function killAll(): void {
  for (const c of live) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  live.clear();
}

export interface Child {
  proc: ChildProcess;
  /** Lines the child printed so far (stdout and stderr). */
  lines: string[];
  /** Resolves with the first line matching `re` (rejects after `ms`). */
  waitFor(re: RegExp, ms: number): Promise<string>;
  exited: Promise<void>;
}

/** Spawn `node args…` with a clean environment, collecting stdout lines. */
export function spawnNode(args: string[], env: Record<string, string> = {}, execArgv: string[] = []): Child {
  const proc = spawn(process.execPath, [...execArgv, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  live.add(proc);
  const lines: string[] = [];
  const waiters: Array<{ re: RegExp; resolve: (l: string) => void }> = [];
  let stderr = '';
  // Lines of both streams (the service logs to stderr); stderr's tail is kept for messages.
  const onLine = (line: string): void => {
    lines.push(line);
    for (const w of waiters.splice(0)) {
      if (w.re.test(line)) w.resolve(line);
      else waiters.push(w);
    }
  };
  createInterface({ input: proc.stdout! }).on('line', onLine);
  createInterface({ input: proc.stderr! }).on('line', (line) => {
    stderr = `${stderr}${line}\n`.slice(-4000);
    onLine(line);
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  void exited.then(() => live.delete(proc));
  return {
    proc,
    lines,
    exited,
    waitFor: (re, ms) => {
      const seen = lines.find((l) => re.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no line ${re} within ${ms} ms; stderr: ${stderr}`)),
          ms,
        );
        waiters.push({
          re,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
        void exited.then(() => {
          clearTimeout(timer);
          reject(
            new Error(`child exited (${proc.exitCode ?? proc.signalCode}) before ${re}; stderr: ${stderr}`),
          );
        });
      });
    },
  };
}
