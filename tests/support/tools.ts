/**
 * The Debian programs some tests drive (feed checkers, a browser, docker-compose). Tests never
 * install anything: a missing program fails the test with one line naming the package, and
 * .ci/install-tools.sh (which .ci/run calls first) installs them all.
 */
import { spawnSync } from 'node:child_process';

export interface DebianTool {
  /** The Debian package that provides it. */
  pkg: string;
  /** A command that succeeds only when the program is usable. */
  probe: [string, string[]];
}

/** Debian's own Python, which has python3-feedparser (the `python3` on PATH may not). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

const onPath = (cmd: string): [string, string[]] => ['sh', ['-c', `command -v ${cmd}`]];

export const TOOLS = {
  jing: { pkg: 'jing', probe: onPath('jing') },
  feedparser: { pkg: 'python3-feedparser', probe: [DEBIAN_PYTHON, ['-c', 'import feedparser']] },
  newsboat: { pkg: 'newsboat', probe: onPath('newsboat') },
  sqlite3: { pkg: 'sqlite3', probe: onPath('sqlite3') },
  chromium: { pkg: 'chromium', probe: ['/usr/bin/chromium', ['--version']] },
  dockerCompose: { pkg: 'docker-compose', probe: ['/usr/bin/docker-compose', ['version']] },
} satisfies Record<string, DebianTool>;

const usable = (t: DebianTool): boolean =>
  spawnSync(t.probe[0], t.probe[1], { stdio: 'ignore', timeout: 30_000 }).status === 0;

/** The one-line message for the missing packages, or null when every tool is usable. */
export function missingToolsMessage(tools: readonly DebianTool[]): string | null {
  const missing = tools.filter((t) => !usable(t)).map((t) => t.pkg);
  if (missing.length === 0) return null;
  return `missing Debian package${missing.length > 1 ? 's' : ''}: ${missing.join(' ')} (install with apt-get install ${missing.join(' ')}, or run .ci/install-tools.sh as root)`;
}

/** Throw the one-line message when any tool is missing; never installs anything. */
export function requireTools(...tools: DebianTool[]): void {
  const message = missingToolsMessage(tools);
  if (message) throw new Error(message);
}
