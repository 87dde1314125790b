import { describe, expect, it } from 'vitest';
import { type SQL, sql } from 'drizzle-orm';
import { estimatePlan, matchEstimate } from './mentor-search-estimate';
import { ESTIMATE_TTL_MS, estimatedMatches } from './mentor-search.repo';
import type { Execute } from './mentor-search.types';

describe('estimatePlan', () => {
  it('estimates separate words by blending the whole query with the rarest word, a hyphenated word by its rarest part', () => {
    expect(estimatePlan('investment banking')).toEqual({ parts: ['investment', 'banking'], blend: true });
    expect(estimatePlan('start-ups')).toEqual({ parts: ['start', 'ups'], blend: false });
    expect(estimatePlan('start-ups amsterdam')).toEqual({ parts: ['start', 'ups', 'amsterdam'], blend: true });
  });

  it('estimates a single word, and anything with quotes, OR or a minus, whole', () => {
    for (const whole of ['marketing', '"data science"', 'law or policy', 'policy -law', 'one two three four five']) {
      expect(estimatePlan(whole), whole).toEqual({ parts: [], blend: false });
    }
  });
});

describe('estimatedMatches', () => {
  const plan = { 'QUERY PLAN': [{ Plan: { 'Plan Rows': 1, Plans: [1000, 50, 60].map((rows, i) => ({ 'Plan Rows': 1, 'Subplan Name': `InitPlan ${i + 1}`, Plans: [{ 'Plan Rows': rows }] })) } }] };
  const counting = () => {
    const explained: SQL[] = [];
    const execute: Execute = async <T>(statement: SQL) => {
      explained.push(statement);
      return [plan] as T[];
    };
    return { execute, explained };
  };

  it('asks the planner once per query and filters, and again after ESTIMATE_TTL_MS', async () => {
    const { execute, explained } = counting();
    const estimate = (q: string, key = q) => matchEstimate(sql`mp.is_listed`, q, key);
    const first = await estimatedMatches(execute, estimate('lawyer'), 0);
    expect(first.matches).toBe(60);
    expect(await estimatedMatches(execute, estimate('lawyer'), 1000)).toEqual(first);
    expect(explained).toHaveLength(1);
    await estimatedMatches(execute, estimate('lawyer', 'lawyer in Leiden'), 1000);
    expect(explained).toHaveLength(2);
    await estimatedMatches(execute, estimate('lawyer'), ESTIMATE_TTL_MS + 1);
    expect(explained).toHaveLength(3);
    // Another database (another Execute) asks for its own.
    const other = counting();
    await estimatedMatches(other.execute, estimate('lawyer'), 1000);
    expect(other.explained).toHaveLength(1);
  });
});
