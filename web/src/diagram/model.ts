/**
 * The citation diagram's content, from one `lineage(direction: BOTH)` answer: every document with its level
 * (+n: n steps upstream, what it rests on; -n: n steps downstream, what carries it out; 0: the root) and the
 * typed edges (`from` cites `to`). The API keeps the nearest MAX_DIAGRAM_NODES documents and says when it cut
 * the rest; the model carries that so the page can say it.
 */
import type { CitationRelation, ExplorerDocumentQuery } from '../generated/operations';

/** Most documents drawn: the API is asked for no more (maxNodes), so layout and drawing stay responsive. */
export const MAX_DIAGRAM_NODES = 1000;

/** Smallest zoom of the diagram's first view: labels stay readable (node text about 11 px and more). */
export const READABLE_ZOOM = 0.85;

type Lineage = ExplorerDocumentQuery['lineage'];
export type DiagramDocument = Lineage['nodes'][number]['document'];

export interface DiagramNode {
  id: string;
  document: DiagramDocument;
  /** Known only from citations: no text ingested. */
  citedOnly: boolean;
  /** 0 for the root, +n for n steps upstream (cited), -n for n steps downstream (citing). */
  level: number;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  relation: CitationRelation;
}

export interface DiagramModel {
  rootId: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The walk found more than MAX_DIAGRAM_NODES documents (or more paths than one answer holds): farther ones are left out. */
  trimmed: boolean;
}

export function buildDiagram(rootId: string, lineage: Lineage): DiagramModel {
  const nodes = new Map<string, DiagramNode>();
  for (const node of lineage.nodes) {
    if (nodes.has(node.document.id)) continue;
    const level = node.direction === 'DOWNSTREAM' ? -node.depth : node.depth;
    nodes.set(node.document.id, { id: node.document.id, document: node.document, citedOnly: node.citedOnly, level });
  }
  const edges = new Map<string, DiagramEdge>();
  for (const edge of lineage.edges) {
    if (!nodes.has(edge.from) || !nodes.has(edge.to)) continue;
    const id = `${edge.from}->${edge.to}`;
    if (!edges.has(id)) edges.set(id, { id, from: edge.from, to: edge.to, relation: edge.relation });
  }
  return { rootId, nodes: [...nodes.values()], edges: [...edges.values()], trimmed: lineage.truncated };
}
