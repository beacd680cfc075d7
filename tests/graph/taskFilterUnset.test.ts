/**
 * task.ofBodies counts a body's tasks without the filter's per-row checks when cypher/fragments/taskFilterUnset.cypher
 * says no parameter narrows them. A parameter added to taskFilter.cypher and forgotten there would make that count
 * ignore it: every parameter the filter narrows by must be tested for null (or no words) in the unset test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FRAGMENTS = path.resolve(__dirname, '../../cypher/fragments');
const parameters = (file: string): Set<string> => {
  const text = readFileSync(path.join(FRAGMENTS, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!));
};

describe("the task filter's unset test", () => {
  it('names every parameter the task filter narrows by ($asOf only dates the tracker cell $cell asks for)', () => {
    const narrowing = [...parameters('taskFilter.cypher')].filter((p) => p !== 'asOf');
    const unset = parameters('taskFilterUnset.cypher');
    expect(narrowing.length).toBeGreaterThan(0);
    expect(narrowing.filter((p) => !unset.has(p))).toEqual([]);
  });
});
