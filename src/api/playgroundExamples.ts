/**
 * The playground's example operations. Their text is the committed `schema/operations/<Name>.graphql`
 * (one operation per file, named like the file, with the fragments it spreads: src/api/operationDocuments.ts),
 * so the playground, docs/api.md, the typed client and the HTTP tests run the very same documents. Variables that are ids (a document's, a task's) are not written
 * here: ids belong to the data, so each is looked up when the page is served, by running another committed
 * operation through the API itself.
 */
import { reportWarning, WarningCode } from '../warnings';
import { OPERATIONS_DIR, readOperation } from './operationDocuments';

/** A variable whose value is read from the answer of another operation. */
export interface ExampleLookup {
  operation: string;
  variables: Record<string, unknown>;
  /** Dotted path into `data`, numbers index lists: `documentBySymbol.tasks.nodes.0.id`. */
  path: string;
  /** Shown when the lookup finds nothing, e.g. before the sample corpus is ingested. */
  missing: string;
}

export interface PlaygroundExample {
  /** Operation name and file name in schema/operations/. */
  operation: string;
  title: string;
  description: string;
  /** Opened as a tab on first visit (the rest are in the Examples panel only). */
  tab: boolean;
  variables?: Record<string, unknown>;
  lookups?: Record<string, ExampleLookup>;
  headers?: Record<string, string>;
}

export interface ResolvedExample {
  operation: string;
  title: string;
  description: string;
  tab: boolean;
  query: string;
  variables: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Why a looked-up variable is empty, if it is. */
  note?: string;
}

/** 2898/QĐ-UBND of Quảng Ninh, found the tolerant way; its key reads better in the variables pane than an id. */
const DOCUMENT_2898: ExampleLookup = {
  operation: 'DocumentBySymbol',
  variables: { symbol: '2898/QĐ-UBND', jurisdiction: 'Quảng Ninh' },
  path: 'documentBySymbol.key',
  missing: 'Document 2898/QĐ-UBND of Quảng Ninh is not in the graph yet: ingest the sample corpus (npm start does it on an empty graph).',
};

/** The first task 2898/QĐ-UBND assigns. */
const TASK_OF_2898: ExampleLookup = {
  ...DOCUMENT_2898,
  path: 'documentBySymbol.tasks.nodes.0.id',
  missing: 'No task of 2898/QĐ-UBND in the graph yet: ingest the sample corpus, or paste any Task id.',
};

export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    operation: 'Lineage',
    title: 'Lineage of 2898/QĐ-UBND',
    description: 'Every document it cites, and what those cite, up to the national level: nodes and edges with depth, ready to draw.',
    tab: true,
    variables: { direction: 'UPSTREAM', maxDepth: 5 },
    lookups: { documentId: DOCUMENT_2898 },
  },
  {
    operation: 'TasksOfBody',
    title: 'Tasks of Sở Nội vụ',
    description: 'What the Department of Home Affairs of Quảng Ninh leads, coordinates or supervises, with deadlines and source documents.',
    tab: true,
    variables: { name: 'Sở Nội vụ', jurisdiction: 'Quảng Ninh', first: 20 },
  },
  {
    operation: 'Mandate',
    title: 'Mandate of a task',
    description: 'Why must we do this? The task, its document, then up the citations to the national directives.',
    tab: true,
    lookups: { taskId: TASK_OF_2898 },
  },
  {
    operation: 'Conflicts',
    title: 'Conflicting claims',
    description: 'Documents whose date or issuer is claimed differently by the documents that cite them.',
    tab: true,
    variables: { first: 20 },
  },
  {
    operation: 'Search',
    title: 'Search "cai cach hanh chinh"',
    description: 'Full-text over titles, task text and bodies; diacritics optional.',
    tab: true,
    variables: { text: 'cai cach hanh chinh', first: 10 },
  },
  {
    operation: 'DocumentBySymbol',
    title: 'Document by symbol',
    description: 'Lookup tolerant of spacing, case and QD/QĐ; with its citations, tasks and who cites it.',
    tab: false,
    variables: { symbol: '2898/QD-UBND', jurisdiction: 'Quang Ninh' },
  },
  {
    operation: 'Tasks',
    title: 'Tasks due in 2025 led by anyone',
    description: 'The task filter: body, role, deadline range, a document and everything downstream of it, text, status.',
    tab: false,
    variables: { filter: { role: 'LEAD', dueAfter: '2025-01-01', dueBefore: '2025-12-31' }, first: 20 },
  },
  {
    operation: 'UnresolvedReferences',
    title: 'What to ingest next',
    description: 'Cited documents not yet ingested, ranked by how many documents cite them.',
    tab: false,
    variables: { first: 20 },
  },
  {
    operation: 'CitationPath',
    title: 'Citation path 2898/QĐ-UBND → 76/NQ-CP',
    description: 'The shortest citation chain(s) between two documents (ids or keys).',
    tab: false,
    variables: { toId: '76/NQ-CP' },
    lookups: { fromId: DOCUMENT_2898 },
  },
  {
    operation: 'Documents',
    title: 'Documents of Quảng Ninh',
    description: 'Filter by kind, issuer, jurisdiction, date range, ingested or only cited; newest first.',
    tab: false,
    variables: { filter: { jurisdiction: 'Quảng Ninh', ingested: true }, first: 20 },
  },
  {
    operation: 'SetTaskStatus',
    title: 'Mark a task in progress (editor key)',
    description: 'A mutation: needs an editor key in the Authorization header (paste it below).',
    tab: false,
    variables: { status: 'IN_PROGRESS', note: 'Đang triển khai' },
    lookups: { taskId: TASK_OF_2898 },
    headers: { Authorization: 'Bearer <editor key>' },
  },
  {
    operation: 'Health',
    title: 'Health',
    description: 'Is the database reachable and migrated?',
    tab: false,
  },
];

/** Runs an operation through the API (the caller supplies it: same schema, anonymous caller). */
export type RunOperation = (query: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors?: readonly unknown[] }>;

/** A lookup's value (undefined when the graph holds none), or what failed. */
type LookupResult = { value: unknown } | { failed: string };

function errorMessage(error: unknown): string {
  return error !== null && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
}

function at(value: unknown, dottedPath: string): unknown {
  let current = value;
  for (const part of dottedPath.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * Reads each example's operation and fills its looked-up variables. A failed lookup never breaks the page:
 * the variable is left null and the example carries a note saying what to do (what failed, when the lookup
 * failed, rather than found nothing). Examples whose operation file is missing are left out. Both are reported
 * as PLAYGROUND_EXAMPLE_INCOMPLETE warnings.
 */
export async function resolveExamples(
  run: RunOperation | undefined,
  examples: readonly PlaygroundExample[] = PLAYGROUND_EXAMPLES,
  dir = OPERATIONS_DIR,
): Promise<ResolvedExample[]> {
  const lookupCache = new Map<string, Promise<LookupResult>>();
  const lookup = (spec: ExampleLookup): Promise<LookupResult> => {
    const cacheKey = JSON.stringify([spec.operation, spec.variables, spec.path]);
    let pending = lookupCache.get(cacheKey);
    if (!pending) {
      pending = run
        ? readOperation(spec.operation, dir)
            .then((query) => run(query, spec.variables))
            .then((result) => {
              const value = at(result.data, spec.path);
              // An error answer is a failure to say, not an empty graph ("ingest the sample corpus" would mislead).
              if ((value === undefined || value === null) && result.errors?.length) throw new Error(errorMessage(result.errors[0]));
              return { value };
            })
            .catch((error: unknown) => {
              const failed = `${spec.operation} failed: ${errorMessage(error)}`;
              reportWarning(WarningCode.PLAYGROUND_EXAMPLE_INCOMPLETE, `A playground example's variable was not looked up (${failed}); its example opens without it.`);
              return { failed };
            })
        : Promise.resolve({ value: undefined });
      lookupCache.set(cacheKey, pending);
    }
    return pending;
  };

  const resolved = await Promise.all(
    examples.map(async (example): Promise<ResolvedExample | null> => {
      // A missing file is a developer error that tests catch (tests/api/playground.test.ts); the page still opens.
      const query = await readOperation(example.operation, dir).catch((error: unknown) => {
        reportWarning(WarningCode.PLAYGROUND_EXAMPLE_INCOMPLETE, `Playground example "${example.title}" is left out: ${errorMessage(error)}.`);
        return null;
      });
      if (query === null) return null;
      const variables: Record<string, unknown> = { ...example.variables };
      const notes: string[] = [];
      for (const [name, spec] of Object.entries(example.lookups ?? {})) {
        const found = await lookup(spec);
        const value = 'value' in found ? found.value : null;
        variables[name] = value ?? null;
        if ('failed' in found) notes.push(`${found.failed}. Paste an id instead.`);
        else if (value === undefined || value === null) notes.push(spec.missing);
      }
      const result: ResolvedExample = { operation: example.operation, title: example.title, description: example.description, tab: example.tab, query, variables };
      if (example.headers) result.headers = example.headers;
      if (notes.length) result.note = notes.join(' ');
      return result;
    }),
  );
  return resolved.filter((example): example is ResolvedExample => example !== null);
}
