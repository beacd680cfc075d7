/**
 * The API reference (docs/api.md) stays true: every example operation it shows (a ```graphql block, optionally
 * followed by a ```json block of variables) runs against a real server over the sample corpus, and the
 * answer shown after it (the ```json block with "data" or "errors") must still hold. The sample data (data/corpus
 * and data/real) are ingested first.
 *
 * Answers in docs/api.md are trimmed, so they are compared as a pattern, not for equality:
 * - an object lists some of the fields; each one shown must be there with a matching value;
 * - a list without `...` must have exactly the items shown, in order; a list with a `...` line (or item)
 *   must contain the items shown in that order, others may come between;
 * - a string ending in `...` matches any text it starts ("..." alone: any value that is not null);
 * - ids are compared by what they decode to (`Document:76/NQ-CP`), so a failure names the keys.
 * Operations marked `# Authorization: Bearer <key>` are sent with that key, which the server accepts as an
 * editor key. An example named like a committed operation (schema/operations/Name.graphql) must be that
 * operation, followed by the shared fragments it spreads (schema/operations/fragments.graphql). Every query and mutation of the schema must have an example.
 *
 * Other test files share the database, so docs/api.md scopes its answers to the corpus documents; the
 * mutation examples create and delete their own document. Before they run, what an interrupted earlier run
 * may have left of that document is removed, so "CREATED" can hold.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { deleteDocument } from '../../src/graph/documentStore';
import { fromGlobalId } from '../../src/api/globalId';
import { readOperation } from '../../src/api/operationDocuments';
import { ingestSampleCorpus } from './corpus.fixtures';
import { startTestApi, type TestApi } from './server.fixtures';

/** Stands for the `...` of a trimmed answer after parsing: a list marker, or an object key. */
const OMITTED = '\u0000omitted';

interface ReadmeExample {
  /** "Lineage", or the first line of an anonymous operation. */
  title: string;
  /** 1-based line of the ```graphql fence in docs/api.md. */
  line: number;
  query: string;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  editorKey: string | null;
  expected: Record<string, unknown>;
}

/** The whole API reference, `docs/api.md`: every example in it runs. */
function apiSection(doc: string): { text: string; firstLine: number } {
  return { text: doc, firstLine: 1 };
}

/**
 * Parses a trimmed JSON answer: `...` outside strings becomes a marker (a list item, or an object key
 * whose entry is dropped later), so the rest is plain JSON.
 */
function parseTrimmedJson(source: string): unknown {
  let out = '';
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += source[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') stack.push(c);
    else if (c === ']' || c === '}') stack.pop();
    else if (source.startsWith('...', i)) {
      // A `...` line needs no commas of its own: add those JSON wants on either side.
      if (!/[[{,]\s*$/.test(out)) out += ',';
      out += stack[stack.length - 1] === '{' ? `${JSON.stringify(OMITTED)}: null` : JSON.stringify(OMITTED);
      i += 2;
      if (!/^\s*[,\]}]/.test(source.slice(i + 1))) out += ',';
      continue;
    }
    out += c;
  }
  return JSON.parse(out);
}

function readmeExamples(readme: string): ReadmeExample[] {
  const { text, firstLine } = apiSection(readme);
  const fence = /^```(\w*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;
  const examples: ReadmeExample[] = [];
  let current: (Omit<ReadmeExample, 'expected'> & { expected: ReadmeExample['expected'] | null }) | null = null;
  const finish = () => {
    if (!current) return;
    if (!current.expected) throw new Error(`docs/api.md line ${current.line}: the example "${current.title}" shows no answer (a json block with "data" or "errors").`);
    examples.push(current as ReadmeExample);
    current = null;
  };
  for (const match of text.matchAll(fence)) {
    const [, lang, body] = match;
    const line = firstLine + text.slice(0, match.index).split('\n').length - 1;
    if (lang === 'graphql') {
      finish();
      const document = parse(body!);
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (operations.length !== 1) throw new Error(`docs/api.md line ${line}: a graphql example holds exactly one operation.`);
      const operation = operations[0]!;
      const key = /^\s*#\s*Authorization:\s*Bearer\s+(\S+)\s*$/im.exec(body!)?.[1] ?? null;
      const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
      current = { title: operation.name?.value ?? `${operation.operation} { ${fields.join(', ')} }`, line, query: body!, operation, variables: {}, editorKey: key, expected: null };
    } else if (lang === 'json' && current) {
      let value: unknown;
      try {
        value = parseTrimmedJson(body!);
      } catch (error) {
        throw new Error(`docs/api.md line ${line}: the json block does not parse (${(error as Error).message}).`);
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`docs/api.md line ${line}: expected a JSON object.`);
      const object = value as Record<string, unknown>;
      if ('data' in object || 'errors' in object) {
        if (current.expected) throw new Error(`docs/api.md line ${line}: "${current.title}" shows two answers.`);
        current.expected = object;
      } else {
        if (current.expected || Object.keys(current.variables).length) throw new Error(`docs/api.md line ${line}: variables come right after their operation.`);
        current.variables = object;
      }
    }
  }
  finish();
  return examples;
}

/** Where a shown answer and the real one part: a readable list of mismatches, empty when it holds. */
function mismatches(shown: unknown, actual: unknown, at = '$'): string[] {
  const show = (v: unknown) => {
    const text = JSON.stringify(v) ?? String(v);
    return text.length > 160 ? `${text.slice(0, 160)}...` : text;
  };
  if (typeof shown === 'string') {
    if (shown === '...') return actual === null || actual === undefined ? [`${at}: expected a value, got ${show(actual)}`] : [];
    if (typeof actual !== 'string') return [`${at}: expected ${show(shown)}, got ${show(actual)}`];
    if (shown === actual) return [];
    if (shown.endsWith('...') && actual.startsWith(shown.slice(0, -3))) return [];
    const [a, b] = [fromGlobalId(shown), fromGlobalId(actual)];
    if (a && b) return [`${at}: expected the id of ${a.type}:${a.key}, got ${b.type}:${b.key}`];
    return [`${at}: expected ${show(shown)}, got ${show(actual)}`];
  }
  if (shown === null || typeof shown !== 'object') {
    return Object.is(shown, actual) ? [] : [`${at}: expected ${show(shown)}, got ${show(actual)}`];
  }
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return [`${at}: expected a list, got ${show(actual)}`];
    const items = shown.filter((item) => item !== OMITTED);
    if (items.length === shown.length) {
      if (items.length !== actual.length) return [`${at}: expected ${items.length} items, got ${actual.length}: ${show(actual)}`];
      return items.flatMap((item, i) => mismatches(item, actual[i], `${at}[${i}]`));
    }
    // Trimmed list: the items shown, in this order, with any others between (greedy leftmost embedding).
    let from = 0;
    for (const [n, item] of items.entries()) {
      let found = -1;
      for (let i = from; i < actual.length && found < 0; i++) if (mismatches(item, actual[i]).length === 0) found = i;
      if (found < 0) {
        const near = actual.slice(from).map((candidate, i) => ({ i: from + i, problems: mismatches(item, candidate, `${at}[${from + i}]`) }));
        const closest = near.sort((x, y) => x.problems.length - y.problems.length)[0];
        return [
          `${at}: shown item ${n} has no match at or after index ${from} (of ${actual.length})` +
            (closest ? `; nearest ${closest.problems.slice(0, 3).join('; ')}` : ''),
        ];
      }
      from = found + 1;
    }
    return [];
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${at}: expected an object, got ${show(actual)}`];
  return Object.entries(shown)
    .filter(([key]) => key !== OMITTED)
    .flatMap(([key, value]) =>
      key in actual ? mismatches(value, (actual as Record<string, unknown>)[key], `${at}.${key}`) : [`${at}: no field "${key}" in the answer`],
    );
}

/** Root fields an example asks for, when it is answered with data. */
function rootFields(example: ReadmeExample): string[] {
  return example.operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

/** The committed operation with the fragments it spreads, as a client sends it; null when there is none. */
async function committedOperation(name: string): Promise<string | null> {
  return readOperation(name).catch(() => null);
}

const readme = readFileSync(path.join(PROJECT_ROOT, 'docs', 'api.md'), 'utf8');
const examples = readmeExamples(readme);
const editorKeys = [...new Set(examples.flatMap((e) => (e.editorKey ? [e.editorKey] : [])))];

/** Keys of the documents the mutation examples create (their answers show them), to clear before and after. */
const createdKeys = examples.flatMap((e) => {
  const key = ((e.expected.data as Record<string, any> | undefined)?.ingestDocument?.document?.key ?? null) as string | null;
  return key ? [key] : [];
});

let api: TestApi;
let cleanupCorpus: (() => Promise<void>) | undefined;

beforeAll(async () => {
  api = await startTestApi({ editorKeys });
  for (const key of createdKeys) await deleteDocument(api.graph, key);
  ({ cleanup: cleanupCorpus } = await ingestSampleCorpus(api.graph, ['corpus', 'real']));
}, 180_000);

afterAll(async () => {
  if (api) for (const key of createdKeys) await deleteDocument(api.graph, key);
  await cleanupCorpus?.();
  await api?.close();
});

describe('the API reference (docs/api.md)', () => {
  it('has examples with answers, for every query and mutation of the schema', async () => {
    expect(examples.length).toBeGreaterThan(10);
    const schema = parse(await readFile(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));
    const roots = schema.definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && (d.name.value === 'Query' || d.name.value === 'Mutation')
        ? (d.fields ?? []).map((f) => f.name.value)
        : [],
    );
    expect(roots.length).toBeGreaterThan(15);
    const answered = new Set(examples.filter((e) => e.expected.data).flatMap(rootFields));
    expect(roots.filter((field) => !answered.has(field)), 'schema fields without an example in docs/api.md answered with data').toEqual([]);
  });

  it('shows committed operations as they are in schema/operations/', async () => {
    let compared = 0;
    for (const example of examples) {
      const name = example.operation.name?.value;
      const committed = name ? await committedOperation(name) : null;
      if (committed === null) continue;
      compared++;
      expect(print(parse(example.query)), `docs/api.md line ${example.line}: ${name} differs from schema/operations/${name}.graphql`).toBe(
        print(parse(committed)),
      );
    }
    expect(compared).toBeGreaterThan(10);
  });

  describe('each example answers as shown', () => {
    for (const example of examples) {
      it(`${example.title} (docs/api.md line ${example.line})`, async () => {
        const response = await fetch(api.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...(example.editorKey ? { authorization: `Bearer ${example.editorKey}` } : {}),
          },
          body: JSON.stringify({ query: example.query, variables: example.variables }),
        });
        const answer = (await response.json()) as Record<string, unknown>;
        const problems = mismatches(example.expected, answer);
        expect(problems, `docs/api.md line ${example.line} no longer holds; the API answered ${JSON.stringify(answer).slice(0, 1500)}`).toEqual([]);
      });
    }
  });
});

describe('the trimmed-answer comparison', () => {
  it('reads `...` as left-out items and fields, and cut texts as prefixes', () => {
    const shown = parseTrimmedJson(`{ "a": [1, ..., 3], "b": { "c": "Quyết định ...", ... }, "d": "..." }`);
    expect(mismatches(shown, { a: [1, 2, 3], b: { c: 'Quyết định số 5', e: 1 }, d: 0 })).toEqual([]);
    expect(mismatches(shown, { a: [3, 1], b: { c: 'Quyết định số 5' }, d: 0 })).not.toEqual([]);
    expect(mismatches(shown, { a: [1, 3], b: { c: 'Nghị quyết' }, d: 0 })).not.toEqual([]);
    expect(mismatches(shown, { a: [1, 3], b: { c: 'Quyết định' }, d: null })).not.toEqual([]);
  });

  it('holds a list without `...` to its exact length, and a field shown to its presence', () => {
    expect(mismatches(parseTrimmedJson('{ "a": [1, 2] }'), { a: [1, 2, 3] })).not.toEqual([]);
    expect(mismatches(parseTrimmedJson('{ "a": null }'), {})).toEqual(['$: no field "a" in the answer']);
    expect(mismatches(parseTrimmedJson('{ "s": "a ... b" }'), { s: 'a ... b' })).toEqual([]);
  });

  it('names the keys behind two different ids', () => {
    const [shown, actual] = [Buffer.from('Document:76/NQ-CP').toString('base64url'), Buffer.from('Document:04/NQ-CP').toString('base64url')];
    expect(mismatches(shown, actual)).toEqual(['$: expected the id of Document:76/NQ-CP, got Document:04/NQ-CP']);
  });
});
