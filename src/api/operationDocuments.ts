/**
 * The committed client operations, `schema/operations/<Name>.graphql`: one operation per file, named like the
 * file, spreading the shared fragments of `schema/operations/fragments.graphql`. What a client sends (the
 * playground, docs/api.md, the bench) is the operation followed by the fragments it uses, directly or through
 * another fragment; a server refuses fragments an operation does not use, so the rest are left out.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Kind, parse, print, visit, type FragmentDefinitionNode } from 'graphql';
import { PROJECT_ROOT } from '../config';

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'schema', 'operations');
export const FRAGMENTS_FILE = 'fragments.graphql';

function spreadNames(node: Parameters<typeof visit>[0]): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/** `operation` followed by the fragments of `fragments` it spreads, in the order the fragments file lists them. */
export function withFragments(operation: string, fragments: string): string {
  const defined = parse(fragments).definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const byName = new Map(defined.map((d) => [d.name.value, d]));
  const used = new Set<string>();
  const pending = spreadNames(parse(operation));
  while (pending.length) {
    const name = pending.pop()!;
    if (used.has(name)) continue;
    const fragment = byName.get(name);
    if (!fragment) continue; // defined in the operation's own file, or a mistake the server names
    used.add(name);
    pending.push(...spreadNames(fragment));
  }
  const needed = defined.filter((d) => used.has(d.name.value));
  return needed.length ? [operation.trimEnd(), ...needed.map((d) => print(d))].join('\n\n') + '\n' : operation;
}

/** The committed operation `name`, ready to send (with the fragments it uses). */
export async function readOperation(name: string, dir = OPERATIONS_DIR): Promise<string> {
  const [operation, fragments] = await Promise.all([
    readFile(path.join(dir, `${name}.graphql`), 'utf8'),
    readFile(path.join(dir, FRAGMENTS_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    }),
  ]);
  return fragments ? withFragments(operation, fragments) : operation;
}

/** `readOperation` for callers that build their workload synchronously (the bench). */
export function readOperationSync(name: string, dir = OPERATIONS_DIR): string {
  const operation = readFileSync(path.join(dir, `${name}.graphql`), 'utf8');
  let fragments = '';
  try {
    fragments = readFileSync(path.join(dir, FRAGMENTS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return fragments ? withFragments(operation, fragments) : operation;
}
