import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypherRegistry';

describe('statements with bounds', () => {
  it('fills each bound in, the same text on every call and a different one per bound', () => {
    const three = cypher('lineage.mandate', { maxDepth: 3 });
    expect(three).not.toMatch(/\{\{/);
    expect(cypher('lineage.mandate', { maxDepth: 3 })).toBe(three);
    const five = cypher('lineage.mandate', { maxDepth: 5 });
    expect(five).not.toBe(three);
    expect(five.replace(/\b5\b/g, '3')).toBe(three);
  });

  it('refuses a bound out of range every time it is asked, not only the first', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => cypher('lineage.mandate', { maxDepth: 101 })).toThrow(/integer bound maxDepth in 0\.\.100/);
      expect(() => cypher('lineage.mandate')).toThrow(/integer bound maxDepth/);
    }
  });
});
