/**
 * A plain clone is enough: the tests read nothing outside the repository and install nothing
 * (a missing Debian tool is one line naming its package), and .gitignore hides no tracked file.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/env.js';
import { missingToolsMessage, requireTools } from '../support/tools.js';

const THIS_FILE = path.join(ROOT, 'tests/deploy/self-contained.test.ts');

function testSources(dir = path.join(ROOT, 'tests')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return testSources(full);
    return /\.(?:ts|mts|mjs)$/.test(e.name) && full !== THIS_FILE ? [full] : [];
  });
}

describe('the test suite needs only the clone', () => {
  it('no test names a path beside the repository', () => {
    const offenders = testSources().filter((f) =>
      /['"`][^'"`\n]*\.\.\/shared\//.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('no test runs the package installer', () => {
    const offenders = testSources().filter((f) => /install-tools\.sh['"`]/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('a missing Debian tool fails with one line naming its package', () => {
    const ghost = {
      pkg: 'feedwright-ghost-tool',
      probe: ['/nonexistent/feedwright-ghost', []] as [string, string[]],
    };
    const message = missingToolsMessage([ghost]);
    expect(message).toMatch(/feedwright-ghost-tool/);
    expect(message).not.toContain('\n');
    expect(() => requireTools(ghost)).toThrow(/missing Debian package: feedwright-ghost-tool/);
  });
});

describe('.gitignore', () => {
  it('ignores no tracked file', () => {
    const ignoredButTracked = execFileSync(
      'git',
      ['ls-files', '--cached', '--ignored', '--exclude-standard'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(ignoredButTracked.trim()).toBe('');
  });
});
