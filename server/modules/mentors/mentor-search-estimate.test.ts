import { describe, expect, it } from 'vitest';
import { estimatePlan } from './mentor-search-estimate';

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
