/**
 * Positions for the diagram's nodes, computed by ELK's layered layout in a Web Worker so a large diagram never
 * freezes the page. Direction UP: a citing document sits below what it cites, so national documents end on
 * top, the root in the middle and what carries it out below.
 */
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { DiagramModel } from './model';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 84;

let elk: InstanceType<typeof ELK> | null = null;

export interface Positions {
  [nodeId: string]: { x: number; y: number };
}

/** Documents side by side in one row before a level is split over several rows (five fill a 1280 px pane at a readable zoom). */
const ROW_WIDTH = 5;

export async function layoutDiagram(model: DiagramModel): Promise<Positions> {
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  // A document often rests on twenty others at one level: "layer unzipping" spreads a wide level over
  // several rows (alternating), so the drawing stays readable instead of one very long line.
  const perLevel = new Map<number, number>();
  for (const node of model.nodes) perLevel.set(node.level, (perLevel.get(node.level) ?? 0) + 1);
  const rows = Math.min(8, Math.max(1, Math.ceil(Math.max(...perLevel.values()) / ROW_WIDTH)));
  const graph = await elk.layout({
    id: 'diagram',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.spacing.nodeNode': '24',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      // Balanced alignment puts a document under the middle of what it cites, not at the end of that row.
      'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
      ...(rows > 1 ? { 'elk.layered.layerUnzipping.strategy': 'ALTERNATING', 'elk.layered.layerUnzipping.layerSplit': String(rows) } : {}),
    },
    children: model.nodes.map((node) => ({ id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: model.edges.map((edge) => ({ id: edge.id, sources: [edge.from], targets: [edge.to] })),
  });
  const positions: Positions = {};
  for (const child of graph.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  return positions;
}
