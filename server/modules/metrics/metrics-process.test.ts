import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { pgliteExtensions, wrapPglite } from '../../db/client';
import { outbox } from '../../db/schema';
import type { DirectMailPayload } from '../outbox/outbox.service';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp';
import { freePort, type ServerProcess, startServerProcess } from '../../../test/server-process';
import { sample } from '../../../test/metrics';

const TOKEN = 'metrics-token-for-the-process-test-0123';

/**
 * The real server process (server.ts), so the wiring is what is tested: its mail worker's
 * and retention job's outcomes reach the /metrics of the same process. On the embedded database, in a folder of its
 * own loaded from the run's migrated template.
 */
describe('the metrics of a running server', { timeout: 120_000 }, () => {
  let dir: string;
  let smtp: TestSmtpServer;
  let server: ServerProcess;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mn-metrics-'));
    const client = await PGlite.create({
      dataDir: path.join(dir, 'pglite'),
      loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]),
      extensions: pgliteExtensions,
    });
    const database = wrapPglite(client);
    const mail: DirectMailPayload = { to: 'someone@test.example', language: 'en', template: 'email_changed_old_address', data: { newEmail: 'new@test.example' } };
    await database.db.insert(outbox).values({ kind: 'mail', payload: mail });
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    await database.db.insert(outbox).values({ kind: 'mail', payload: mail, status: 'done', createdAt: longAgo, doneAt: longAgo });
    await database.close();

    smtp = await startSmtpServer();
    server = await startServerProcess(await freePort(), {
      DATABASE_URL: '',
      DATA_DIR: dir,
      DEMO_DATA: 'false',
      AUTH_SECRET: 'test-secret-that-is-long-enough-for-better-auth',
      SMTP_URL: smtp.url,
      METRICS_TOKEN: TOKEN,
      LOG_LEVEL: 'silent',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Scrapes until `ready` holds for the body (the worker runs beside the requests). */
  async function scrapeUntil(ready: (body: string) => boolean): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      const body = await res.text();
      if (ready(body) || attempt === 300) return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('counts the mails its worker delivered, and the outbox is empty after', async () => {
    const body = await scrapeUntil((text) => sample(text, 'mentor_network_outbox_deliveries_total', { outcome: 'sent' }) === 1);
    expect(sample(body, 'mentor_network_outbox_deliveries_total', { outcome: 'sent' })).toBe(1);
    expect(sample(body, 'mentor_network_outbox_rows', { status: 'pending' })).toBe(0);
    expect(smtp.received.map((mail) => mail.to)).toEqual([['someone@test.example']]);
  });

  it('shows the retention job\'s last run and what it deleted', async () => {
    const body = await scrapeUntil((text) => (sample(text, 'mentor_network_retention_last_run_timestamp_seconds') ?? 0) > 0);
    const lastRun = sample(body, 'mentor_network_retention_last_run_timestamp_seconds')!;
    expect(Math.abs(lastRun - Date.now() / 1000)).toBeLessThan(600);
    expect(sample(body, 'mentor_network_retention_last_run_rows', { table: 'outbox' })).toBe(1);
    expect(sample(body, 'mentor_network_retention_rows_total', { table: 'outbox' })).toBe(1);
    expect(sample(body, 'mentor_network_retention_last_run_rows', { table: 'sessions' })).toBe(0);
    expect(body).not.toContain('mentor_network_retention_failures_total 1');
  });

  it('answers /metrics over HTTP only with the token', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  });
});
