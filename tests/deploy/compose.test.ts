/**
 * docker-compose.yml as docker-compose itself reads it (`docker-compose config`, Debian's package,
 * which .ci/install-tools.sh installs before the tests): the default single node, and the `postgres` profile with
 * PostgreSQL 16 (volume, health check), a one-shot migration and two nodes on the database.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/env.js';
import { TOOLS, requireTools } from '../support/tools.js';

interface Service {
  image?: string;
  environment?: Record<string, string>;
  volumes?: unknown[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
  profiles?: string[];
}

const COMPOSE = '/usr/bin/docker-compose';
// A missing docker-compose fails here with one line naming the package; tests never install it.
beforeAll(() => requireTools(TOOLS.dockerCompose));

const config = (
  ...args: string[]
): { services: Record<string, Service>; volumes?: Record<string, unknown> } =>
  parse(
    execFileSync(COMPOSE, [...args, 'config'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
    }).toString(),
  );

describe('docker-compose.yml', () => {
  it('runs one node on the embedded store by default', () => {
    // docker-compose 1.x prints profiled services too; only the unprofiled ones start by default.
    const { services } = config();
    expect(Object.keys(services).filter((name) => !services[name]?.profiles?.length)).toEqual(['feedwright']);
    expect(services.feedwright?.environment?.FEEDWRIGHT_DATABASE_URL).toBeUndefined();
  });

  it('has a postgres profile: PostgreSQL 16 with a volume and health check, migrated, two nodes on it', () => {
    const { services, volumes } = config('--profile', 'postgres');
    for (const name of ['postgres', 'migrate', 'node-1', 'node-2'])
      expect(services[name]?.profiles).toEqual(['postgres']);
    const db = services.postgres!;
    expect(db.image).toBe('postgres:16');
    expect(db.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(JSON.stringify(db.volumes)).toContain('/var/lib/postgresql/data');
    expect(Object.keys(volumes ?? {})).toContain('postgres-data');
    expect(services.migrate?.command).toEqual(['node', 'dist/cli/main.js', 'migrate']);
    expect(services.migrate?.depends_on?.postgres?.condition).toBe('service_healthy');
    for (const name of ['node-1', 'node-2']) {
      const node = services[name]!;
      expect(node.environment?.FEEDWRIGHT_DATABASE_URL).toMatch(
        /^postgres:\/\/feedwright:.*@postgres:5432\/feedwright$/,
      );
      expect(node.depends_on?.migrate?.condition).toBe('service_completed_successfully');
      expect(node.healthcheck?.test.join(' ')).toContain('/healthz');
    }
    expect(services['node-1']?.environment?.BASE_URL).toBe(services['node-2']?.environment?.BASE_URL);
  });
});
