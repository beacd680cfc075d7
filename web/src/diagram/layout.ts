/**
 * Positions for the diagram's nodes, computed by ELK's layered layout in a Web Worker so a large diagram never
 * freezes the page. Direction UP: a citing document sits below what it cites, so national documents end on
 * top, the root in the middle and what carries it out below.
 */
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { DiagramModel } from './model';

export const NODE_WIDTH = 210;
export const NODE_HEIGHT = 70;

let elk: InstanceType<typeof ELK> | null = null;

export interface Positions {
  [nodeId: string]: { x: number; y: number };
}

export async function layoutDiagram(model: DiagramModel): Promise<Positions> {
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  const graph = await elk.layout({
    id: 'diagram',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.spacing.nodeNode': '24',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: model.nodes.map((node) => ({ id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: model.edges.map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] })),
  });
  const positions: Positions = {};
  for (const child of graph.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  return positions;
}
