/**
 * task.ofBodies counts a body's tasks without the filter's per-row checks when `narrowsTasks` says no parameter
 * narrows them. It reads the filter's own fields, so a field added to TaskFilter narrows there too; a parameter of
 * the filter given from elsewhere would escape it, and would make that count ignore the parameter.
 */
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/graph/cypherRegistry';
import { narrowsTasks, type TaskFilter } from '../../src/graph/taskQueries';

const NOTHING: TaskFilter = {
  role: null, dueBefore: null, dueAfter: null, documentKey: null, includeDownstream: false, words: [], status: null, cell: null, dueMonth: null, asOf: '2025-01-01', inForceOn: null,
};

/** A value of every field that narrows, alone, the tasks: a field added to TaskFilter must be named here. */
const NARROWING: { [K in Exclude<keyof TaskFilter, 'asOf' | 'includeDownstream'>]-?: TaskFilter[K] } = {
  role: 'LEAD',
  dueBefore: '2025-12-31',
  dueAfter: '2025-01-01',
  documentKey: '2898/QĐ-UBND@Quảng Ninh',
  words: ['kinh'],
  status: 'DONE',
  cell: 'OVERDUE',
  dueMonth: '2025-12',
  inForceOn: '2025-06-01',
};

describe('whether a task filter narrows the tasks', () => {
  it('says no with every field null and no word, whatever day the cells are for and whether downstream is asked', () => {
    expect(narrowsTasks(NOTHING)).toBe(false);
    expect(narrowsTasks({ ...NOTHING, asOf: '2030-01-01', includeDownstream: true })).toBe(false);
  });

  it('says yes for each field set alone', () => {
    for (const [name, value] of Object.entries(NARROWING)) expect(narrowsTasks({ ...NOTHING, [name]: value }), name).toBe(true);
  });

  it('knows every parameter task.ofBodies\' filtered count narrows a body\'s tasks by ($asOf only dates the tracker cell $cell asks for)', () => {
    // The pass that applies the filter (its fragment included), from its test to its count.
    const statement = cypher('task.ofBodies', { downstreamDepth: 0 });
    const pass = /WHERE NOT \$unnarrowed([\s\S]*?)AS matching/.exec(statement)?.[1];
    expect(pass).toBeDefined();
    const narrowing = [...new Set([...pass!.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].filter((p) => p !== 'asOf');
    expect(narrowing).toEqual(expect.arrayContaining(['role', 'documentKey', 'status', 'words', 'cell']));
    expect(narrowing.filter((p) => !(p in NARROWING))).toEqual([]);
  });
});
