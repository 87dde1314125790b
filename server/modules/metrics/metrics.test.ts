import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema';
import { type TestApp, createTestApp } from '../../../test/app';
import { createMember } from '../../../test/factories';
import { sample } from '../../../test/metrics';

const TOKEN = 'metrics-token-for-tests-0123456789';

describe('GET /metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is not there: the JSON 404, even with a bearer token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  const scrape = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  };
  beforeAll(async () => {
    t = await createTestApp({ config: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => t.close());

  it('answers 401 with a bearer challenge to a missing or wrong token', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`]) {
      const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
      expect(res.statusCode, String(authorization)).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.body).not.toContain('http_requests_total');
    }
  });

  it('is scraped in the Prometheus text format, with the process metrics', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(sample(res.body, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(res.body, 'mentor_network_sse_streams_active')).toBe(0);
    expect(sample(res.body, 'mentor_network_database_up')).toBe(1);
  });

  it('counts requests and their latencies by route pattern, never by raw URL', async () => {
    const member = await createMember(t);
    const ids = [randomUUID(), randomUUID()];
    for (const id of ids) {
      const res = await t.app.inject({ method: 'GET', url: `/api/requests/${id}`, headers: { cookie: member.cookie } });
      expect(res.statusCode).toBe(404);
    }
    await t.app.inject({ method: 'GET', url: '/api/no-such-thing/1' });
    const body = await scrape();
    const labels = { method: 'GET', route: '/api/requests/:id', status_code: '404' };
    expect(sample(body, 'http_requests_total', labels)).toBe(2);
    expect(sample(body, 'http_request_duration_seconds_count', labels)).toBe(2);
    expect(sample(body, 'http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(2);
    expect(sample(body, 'http_requests_total', { method: 'GET', route: 'unmatched', status_code: '404' })).toBeGreaterThanOrEqual(1);
    for (const id of ids) expect(body).not.toContain(id);
    expect(body).not.toContain('no-such-thing');
  });

  it('shows the outbox backlog: pending rows, the oldest one\'s age, retries and rows failed for good', async () => {
    await t.database.db.delete(outbox);
    let body = await scrape();
    expect(sample(body, 'mentor_network_outbox_rows', { status: 'pending' })).toBe(0);
    expect(sample(body, 'mentor_network_outbox_oldest_pending_age_seconds')).toBe(0);

    const hourAgo = sql`now() - interval '1 hour'`;
    await t.database.db.insert(outbox).values([
      { kind: 'mail', payload: {}, createdAt: hourAgo },
      { kind: 'mail', payload: {}, attempts: 2 },
      { kind: 'mail', payload: {}, status: 'failed', attempts: 8, createdAt: sql`now() - interval '3 hours'` },
      { kind: 'mail', payload: {}, status: 'done', createdAt: sql`now() - interval '5 hours'` },
    ]);
    body = await scrape();
    expect(sample(body, 'mentor_network_outbox_rows', { status: 'pending' })).toBe(2);
    expect(sample(body, 'mentor_network_outbox_rows', { status: 'retrying' })).toBe(1);
    expect(sample(body, 'mentor_network_outbox_rows', { status: 'failed' })).toBe(1);
    const age = sample(body, 'mentor_network_outbox_oldest_pending_age_seconds')!;
    expect(age).toBeGreaterThanOrEqual(3600);
    expect(age).toBeLessThan(3 * 3600);
  });

  it('shows the database pool (PostgreSQL) or the one embedded connection (PGlite)', async () => {
    const body = await scrape();
    if (t.database.kind === 'postgres') {
      expect(sample(body, 'mentor_network_db_pool_max_connections')).toBe(10);
      const idle = sample(body, 'mentor_network_db_pool_connections', { state: 'idle' })!;
      const inUse = sample(body, 'mentor_network_db_pool_connections', { state: 'in_use' })!;
      expect(idle + inUse).toBeGreaterThanOrEqual(1);
      expect(sample(body, 'mentor_network_db_pool_waiting_requests')).toBe(0);
    } else {
      expect(sample(body, 'mentor_network_db_pool_max_connections')).toBe(1);
    }
  });

  it('stays out of the OpenAPI document', () => {
    const doc = t.app.swagger() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain('/metrics');
  });
});
