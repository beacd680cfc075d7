/**
 * Every Cypher statement the product runs lives once, as a file under cypher/queries/<name>.cypher, and is
 * read through here. Values are always `$parameters`. The only text ever substituted is a `{{NAME}}`
 * placeholder for what Cypher cannot parameterize (path-length bounds), and only with validated integers, a
 * `{{#each level in 1..NAME}}...{{/each}}` block written out once per level 1..NAME (`{{level}}` its number), a
 * `{{#if NAME}}...{{else}}...{{/if}}` choice between two texts of the statement by a boolean switch (a pattern's
 * direction, which Cypher cannot take as a parameter either), and a `{{>NAME}}` or `{{>NAME(variable)}}` include
 * of a fragment file under cypher/fragments/ (a filter or a record's field list several statements share, read
 * from the repository when the statement is first loaded).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

const QUERIES_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');
const FRAGMENTS_DIR = path.join(PROJECT_ROOT, 'cypher', 'fragments');
const cache = new Map<string, string>();
/** What a statement's template is filled in with: integer bounds (`{{NAME}}`, `{{#each}}`) and boolean switches (`{{#if}}`). */
export type Bounds = Record<string, number | boolean>;

/**
 * Statements with their bounds filled in, per name and bounds: the API asks for the same few on every request
 * (a depth of 1..10 per walk), and filling them in was a regular-expression pass over 2-3 KB of text each time.
 * Capped, so bounds a statement does not read cannot grow it without end.
 */
const bounded = new Map<string, string>();
const MAX_BOUNDED = 2_000;

/** Names of every statement on disk (for tests that EXPLAIN them all). */
export function cypherNames(): string[] {
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}

/**
 * The statement without its whole-line comments and blank lines: the text goes over the wire with every
 * request and is the key of the server's plan cache (hashed per request), and the comments were most of it.
 * A `//` after code on the same line stays (it could sit inside a string).
 */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('//'))
    .join('\n');
}

/**
 * A fragment's text. A fragment that projects a node names it NODE; the include gives the statement's variable
 * (`{{>documentFields(d)}}`), a plain identifier by the include's pattern.
 */
function includeFragment(statement: string, fragment: string, node: string | undefined): string {
  const text = withoutCommentLines(readFileSync(path.join(FRAGMENTS_DIR, `${fragment}.cypher`), 'utf8'));
  const namesNode = /\bNODE\b/.test(text);
  if (namesNode !== (node !== undefined)) {
    throw new Error(`Query ${statement} includes fragment ${fragment} ${node === undefined ? 'without the node it projects' : `with a node (${node}) it does not take`}`);
  }
  return node === undefined ? text : text.replace(/\bNODE\b/g, node);
}

export function cypher(name: string, bounds?: Bounds): string {
  const key = bounds ? `${name}\u0000${Object.entries(bounds).join('\u0000')}` : name;
  const made = bounded.get(key);
  if (made !== undefined) return made;
  const text = withBounds(name, bounds);
  if (bounded.size < MAX_BOUNDED) bounded.set(key, text);
  return text;
}

function withBounds(name: string, bounds: Bounds | undefined): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`Invalid query name "${name}"`);
    text = withoutCommentLines(readFileSync(path.join(QUERIES_DIR, `${name}.cypher`), 'utf8')).replace(
      /\{\{>([\w.-]+)(?:\((\w+)\))?\}\}/g,
      (_, fragment: string, node: string | undefined) => includeFragment(name, fragment, node),
    );
    cache.set(name, text);
  }
  const bound = (key: string): number => {
    const value = bounds?.[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
      throw new Error(`Query ${name} needs an integer bound ${key} in 0..100, got ${String(value)}`);
    }
    return value;
  };
  const switchOn = (key: string): boolean => {
    const value = bounds?.[key];
    if (typeof value !== 'boolean') throw new Error(`Query ${name} needs a boolean switch ${key}, got ${String(value)}`);
    return value;
  };
  // One statement for two texts that differ in a few places (lineage walking up or down): the switch picks one.
  const chosen = text.replace(/\{\{#if (\w+)\}\}([\s\S]*?)(?:\{\{else\}\}([\s\S]*?))?\{\{\/if\}\}/g, (_, key: string, on: string, off = '') =>
    switchOn(key) ? on : off,
  );
  // A walk of one step per level (lineage): the block once per level, its variable the level's number.
  const repeated = chosen.replace(/\{\{#each (\w+) in 1\.\.(\w+)\}\}\n?([\s\S]*?)\{\{\/each\}\}\n?/g, (_, variable: string, key: string, block: string) =>
    Array.from({ length: bound(key) }, (_, i) => block.replaceAll(`{{${variable}}}`, String(i + 1))).join(''),
  );
  return repeated.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(bound(key)));
}
