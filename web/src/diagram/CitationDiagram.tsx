/**
 * The multi-level citation diagram of a document (React Flow drawing, ELK layout): every node is a link to its
 * document page (Tab reaches it, Enter follows it), edges are coloured and dashed by relation with a legend,
 * documents known only from citations are drawn dashed and say so. Below the drawing, the same documents as a
 * list by level, for small screens and screen readers.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, Handle, MarkerType, Position, ReactFlow, useReactFlow, useStore, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { formatDate, jurisdictionLabel, kindLabel, RELATIONS, relationLabel } from '../labels';
import { documentPath, Link } from '../router';
import { layoutDiagram, NODE_HEIGHT, NODE_WIDTH, type Positions } from './layout';
import { MAX_DIAGRAM_NODES, READABLE_ZOOM, type DiagramModel, type DiagramNode } from './model';
import relationStyle from './relationStyle.json';

type DocumentNodeData = { node: DiagramNode; isRoot: boolean };

const DocumentNode = memo(function DocumentNode({ data }: NodeProps<Node<DocumentNodeData>>) {
  const { node, isRoot } = data;
  const doc = node.document;
  const className = ['dg-node', isRoot ? 'dg-node-root' : '', node.citedOnly ? 'dg-node-cited' : ''].filter(Boolean).join(' ');
  const symbol = doc.symbol ?? kindLabel(doc.kind);
  const meta = `${kindLabel(doc.kind)} · ${formatDate(doc.date)}${doc.jurisdiction ? ` · ${jurisdictionLabel(doc.jurisdiction)}` : ''}`;
  // A scanned title is shown restored, as on the document's own page (the original is one click away there).
  const title = node.citedOnly ? 'Chỉ biết qua trích dẫn' : (doc.titleRestored ?? doc.title ?? '');
  // Labels are cut to fit the box; the full text shows on hover (title) and, for keyboard users, on focus.
  const full = [symbol, meta, title].filter(Boolean).join('\n');
  return (
    <div className={className} style={{ width: NODE_WIDTH, height: NODE_HEIGHT }} data-symbol={doc.symbol ?? ''} data-level={node.level}>
      <Handle type="source" position={Position.Top} isConnectable={false} />
      <Link href={documentPath(doc.id)} className="dg-node-link" title={full}>
        <span className="dg-node-symbol">{symbol}</span>
        <span className="dg-node-meta">{meta}</span>
        <span className="dg-node-title">{title}</span>
      </Link>
      <span className="dg-node-full" aria-hidden="true">
        <strong>{symbol}</strong> · {meta}
        {title ? <span>{title}</span> : null}
      </span>
      <Handle type="target" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});

const NODE_TYPES = { document: DocumentNode };

type RelationName = keyof typeof relationStyle;

function Legend() {
  return (
    <ul className="dg-legend" aria-label="Chú giải quan hệ">
      {RELATIONS.map((relation) => {
        const style = relationStyle[relation as RelationName];
        return (
          <li key={relation}>
            <svg width="34" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="34" y2="5" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash} />
            </svg>
            {relationLabel(relation)}
          </li>
        );
      })}
      <li>
        <span className="dg-legend-cited" aria-hidden="true" /> Văn bản chỉ biết qua trích dẫn (chưa có toàn văn)
      </li>
    </ul>
  );
}

function levelName(level: number): string {
  if (level === 0) return 'Văn bản đang xem';
  return level > 0 ? `Văn bản làm căn cứ, cấp ${level}` : `Văn bản triển khai, cấp ${-level}`;
}

function LevelList({ model }: { model: DiagramModel }) {
  const levels = useMemo(() => {
    const byLevel = new Map<number, DiagramNode[]>();
    for (const node of model.nodes) byLevel.set(node.level, [...(byLevel.get(node.level) ?? []), node]);
    return [...byLevel.entries()].sort((a, b) => b[0] - a[0]);
  }, [model]);
  return (
    <details className="dg-level-list">
      <summary>Danh sách văn bản trong lược đồ ({model.nodes.length})</summary>
      {levels.map(([level, nodes]) => (
        <section key={level}>
          <h4>{levelName(level)}</h4>
          <ul>
            {nodes.map((node) => (
              <li key={node.id}>
                <Link href={documentPath(node.document.id)}>{node.document.symbol ?? kindLabel(node.document.kind)}</Link>{' '}
                {node.document.titleRestored ?? node.document.title ?? ''} {node.citedOnly ? <em>(chỉ biết qua trích dẫn)</em> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}


/**
 * The first view: the document and what it directly rests on and carries it out, at a readable zoom. When
 * that neighbourhood is wider than the pane at READABLE_ZOOM, the view keeps the document in view and fills
 * the pane with as much of the neighbourhood as fits; the reader pans (drag, arrow keys) or zooms out
 * (controls) for the rest.
 */
function InitialView({ model, positions }: { model: DiagramModel; positions: Positions }) {
  const flow = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || width === 0 || height === 0) return;
    done.current = true;
    const root = positions[model.rootId] ?? { x: 0, y: 0 };
    const near = new Set([model.rootId]);
    for (const edge of model.edges) {
      if (edge.from === model.rootId) near.add(edge.to);
      if (edge.to === model.rootId) near.add(edge.from);
    }
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const id of near) {
      const p = positions[id];
      if (!p) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, p.x), Math.min(minY, p.y), Math.max(maxX, p.x + NODE_WIDTH), Math.max(maxY, p.y + NODE_HEIGHT)];
    }
    const margin = 40;
    const fit = Math.min(width / (maxX - minX + margin), height / (maxY - minY + margin));
    const zoom = Math.min(1, Math.max(READABLE_ZOOM, fit));
    const fitsWide = (maxX - minX + margin) * zoom <= width;
    const fitsHigh = (maxY - minY + margin) * zoom <= height;
    // Too wide (or high): the document in view, the rest of the pane filled with its neighbours, not emptiness.
    const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
    const halfW = width / (2 * zoom) - margin / 2;
    const halfH = height / (2 * zoom) - margin / 2;
    const x = fitsWide ? (minX + maxX) / 2 : clamp(root.x + NODE_WIDTH / 2, minX + halfW, maxX - halfW);
    const y = fitsHigh ? (minY + maxY) / 2 : clamp(root.y + NODE_HEIGHT / 2, minY + halfH, maxY - halfH);
    void flow.setCenter(x, y, { zoom, duration: 0 });
  }, [flow, model, positions, width, height]);
  return null;
}

export function CitationDiagram({ model }: { model: DiagramModel }) {
  const [positions, setPositions] = useState<Positions | null>(null);
  const [layoutError, setLayoutError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setPositions(null);
    setLayoutError(null);
    layoutDiagram(model).then(
      (result) => current && setPositions(result),
      (error: unknown) => current && setLayoutError(String(error)),
    );
    return () => {
      current = false;
    };
  }, [model]);

  const nodes = useMemo<Node<DocumentNodeData>[]>(
    () =>
      positions
        ? model.nodes.map((node) => ({
            id: node.id,
            type: 'document',
            position: positions[node.id] ?? { x: 0, y: 0 },
            data: { node, isRoot: node.id === model.rootId },
            draggable: false,
            connectable: false,
            // React Flow gives a node that is neither selectable nor draggable no pointer events, so a mouse
            // click would fall through to the pane: the node's link must take clicks and hovers.
            style: { pointerEvents: 'all' },
            ariaLabel: `${node.document.symbol ?? kindLabel(node.document.kind)}: ${levelName(node.level)}`,
          }))
        : [],
    [model, positions],
  );
  const edges = useMemo<Edge[]>(
    () =>
      model.edges.map((edge) => {
        const style = relationStyle[edge.relation as RelationName];
        return {
          id: edge.id,
          source: edge.from,
          target: edge.to,
          className: `dg-edge dg-edge-${edge.relation}`,
          style: { stroke: style.color, strokeWidth: 2, strokeDasharray: style.dash || undefined },
          markerEnd: { type: MarkerType.ArrowClosed, color: style.color },
          ariaLabel: relationLabel(edge.relation),
          focusable: false,
        };
      }),
    [model],
  );

  return (
    <div className="dg-diagram-block">
      {model.trimmed ? (
        <p className="dg-notice" role="status" data-notice="trimmed">
          Lược đồ đã rút gọn: chỉ vẽ {model.nodes.length.toLocaleString('vi-VN')} văn bản gần nhất (tối đa{' '}
          {MAX_DIAGRAM_NODES.toLocaleString('vi-VN')}), các văn bản xa hơn bị bỏ. Giảm số cấp, hoặc mở một văn bản ở xa hơn để xem tiếp.
        </p>
      ) : null}
      <Legend />
      <div className="dg-diagram" data-testid="citation-diagram" data-nodes={model.nodes.length} data-ready={positions ? 'true' : 'false'}>
        {layoutError ? <p className="dg-error">Không vẽ được lược đồ: {layoutError}</p> : null}
        {!positions && !layoutError ? <p className="dg-loading">Đang sắp xếp lược đồ…</p> : null}
        {positions ? (
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            minZoom={0.05}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            onlyRenderVisibleElements={model.nodes.length > 300}
          >
            <InitialView model={model} positions={positions} />
            <Background />
            <Controls showInteractive={false} />
          </ReactFlow>
        ) : null}
      </div>
      <LevelList model={model} />
    </div>
  );
}
