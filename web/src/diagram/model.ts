/**
 * The citation diagram's content: the UPSTREAM and DOWNSTREAM lineage of a document merged into one set of
 * nodes (each with its level: + above the root, what it rests on; - below, what carries it out) and typed
 * edges (`from` cites `to`). Above MAX_DIAGRAM_NODES the farthest levels are cut, and the model says so.
 */
import type { CitationRelation, DiagramLineageFragment } from '../generated/operations';

/** Beyond this many nodes the diagram is trimmed: layout and drawing stay responsive. */
export const MAX_DIAGRAM_NODES = 1000;

export type DiagramDocument = DiagramLineageFragment['nodes'][number]['document'];

export interface DiagramNode {
  id: string;
  document: DiagramDocument;
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
  /** Nodes the walks reached, before trimming. */
  reached: number;
  /** Nodes left out to stay under MAX_DIAGRAM_NODES. */
  trimmed: number;
  /** The API cut a walk (more paths than one answer holds). */
  walkTruncated: boolean;
}

export function buildDiagram(
  rootId: string,
  upstream: DiagramLineageFragment,
  downstream: DiagramLineageFragment,
  maxNodes = MAX_DIAGRAM_NODES,
): DiagramModel {
  const nodes = new Map<string, DiagramNode>();
  const add = (lineage: DiagramLineageFragment, sign: 1 | -1) => {
    for (const node of lineage.nodes) {
      const level = sign * node.depth;
      const seen = nodes.get(node.document.id);
      // A document on both sides (a cycle of citations) stays where it is nearest to the root.
      if (!seen || Math.abs(level) < Math.abs(seen.level)) nodes.set(node.document.id, { id: node.document.id, document: node.document, level });
    }
  };
  add(upstream, 1);
  add(downstream, -1);

  const all = [...nodes.values()];
  // Nearest first (stable), so a cut drops the farthest levels of both sides.
  const kept = all.length > maxNodes ? [...all].sort((a, b) => Math.abs(a.level) - Math.abs(b.level)).slice(0, maxNodes) : all;
  const keptIds = new Set(kept.map((node) => node.id));

  const edges = new Map<string, DiagramEdge>();
  for (const edge of [...upstream.edges, ...downstream.edges]) {
    if (!keptIds.has(edge.from) || !keptIds.has(edge.to)) continue;
    const id = `${edge.from}->${edge.to}`;
    if (!edges.has(id)) edges.set(id, { id, from: edge.from, to: edge.to, relation: edge.relation });
  }
  return {
    rootId,
    nodes: kept,
    edges: [...edges.values()],
    reached: all.length,
    trimmed: all.length - kept.length,
    walkTruncated: upstream.truncated || downstream.truncated,
  };
}
