/** The diagram's content from one lineage(direction: BOTH) answer: levels by direction, edges, trimming. */
import { describe, expect, it } from 'vitest';
import { buildDiagram } from '../../web/src/diagram/model';
import type { ExplorerDocumentQuery } from '../../web/src/generated/operations';

type Lineage = ExplorerDocumentQuery['lineage'];

const doc = (id: string) => ({ id, key: id, kind: null, symbol: id, date: null, title: null, titleRestored: null, jurisdiction: null });

function lineage(truncated = false): Lineage {
  return {
    truncated,
    nodes: [
      { depth: 0, direction: null, citedOnly: false, document: doc('root') },
      { depth: 1, direction: 'UPSTREAM', citedOnly: true, document: doc('basis') },
      { depth: 2, direction: 'UPSTREAM', citedOnly: false, document: doc('national') },
      { depth: 1, direction: 'DOWNSTREAM', citedOnly: false, document: doc('plan') },
    ],
    edges: [
      { from: 'root', to: 'basis', relation: 'BASIS', depth: 1 },
      { from: 'basis', to: 'national', relation: 'IMPLEMENTS', depth: 2 },
      { from: 'plan', to: 'root', relation: 'IMPLEMENTS', depth: 1 },
      // Its far end was cut by the node cap: no edge may point into nothing.
      { from: 'plan', to: 'cut-away', relation: 'REFERENCES', depth: 2 },
    ],
  };
}

describe('buildDiagram', () => {
  it('puts what the document rests on above it and what carries it out below it', () => {
    const model = buildDiagram('root', lineage());
    expect(Object.fromEntries(model.nodes.map((n) => [n.id, n.level]))).toEqual({ root: 0, basis: 1, national: 2, plan: -1 });
    expect(model.nodes.find((n) => n.id === 'basis')!.citedOnly).toBe(true);
  });

  it('keeps each typed edge once and drops edges to documents the answer does not hold', () => {
    const model = buildDiagram('root', lineage());
    expect(model.edges.map((e) => `${e.from}-${e.relation}->${e.to}`)).toEqual([
      'root-BASIS->basis',
      'basis-IMPLEMENTS->national',
      'plan-IMPLEMENTS->root',
    ]);
  });

  it('says the diagram was trimmed when the API cut the walk', () => {
    expect(buildDiagram('root', lineage(false)).trimmed).toBe(false);
    expect(buildDiagram('root', lineage(true)).trimmed).toBe(true);
  });
});
