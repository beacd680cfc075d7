/**
 * Length caps on string arguments, checked once per request before anything runs: ids, keys, symbols, names,
 * days, cursors and search terms are short, so a multi-megabyte value in one of them is refused with
 * BAD_USER_INPUT naming the argument and its limit, before a resolver folds, tokenizes or looks it up.
 * Every string in an argument position counts (a literal in the query or a variable's value, inside lists and
 * input objects too, whatever the declared scalar or enum), so no resolver needs a check of its own.
 *
 * The limits are data (argumentLengths.json), keyed by schema coordinate (`Type.field(arg:)` for an argument,
 * `InputType.field` for a field of an input object): a default for every string, larger ones for free text
 * (notes, reasons), and no character cap for document content (`ingestDocument`'s text and file), which has its
 * own limit in bytes (MAX_DOCUMENT_BYTES).
 *
 * Where each string goes is worked out once per parsed document (Apollo hands the same DocumentNode to every
 * request with the same query text); a request then only measures its own variables' strings.
 */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { ASTVisitor, DocumentNode, GraphQLInputType, GraphQLSchema, ValidationContext } from 'graphql';
import { ErrorCode } from '../errors';
import limits from './argumentLengths.json';
import { operationFilter, operationKey, perDocumentMemo, type OperationFilter } from './perDocumentMemo';

// The copy that built the schema (see src/api/schema.ts and operationLimits.ts).
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** Most characters an argument without an entry of its own may hold. */
export const DEFAULT_MAX_ARGUMENT_CHARS = limits.defaultMaxChars;
const MAX_CHARS: Readonly<Record<string, number>> = limits.maxChars;
const DOCUMENT_CONTENT = new Set(limits.documentContent);

/** Every schema coordinate the table names (a test checks that each is in the schema). */
export const LIMITED_COORDINATES: readonly string[] = [...Object.keys(MAX_CHARS), ...DOCUMENT_CONTENT];

/** The cap for a coordinate; null for document content (bounded in bytes elsewhere). */
export function maxCharsOf(coordinate: string): number | null {
  if (DOCUMENT_CONTENT.has(coordinate)) return null;
  return MAX_CHARS[coordinate] ?? DEFAULT_MAX_ARGUMENT_CHARS;
}

/** A place in the operation a variable's value goes to: its expected type, where it is, and how a user names it. */
interface VariableSlot {
  variable: string;
  type: GraphQLInputType;
  coordinate: string;
  /** "symbol", "filter.text": the argument as the caller wrote it. */
  display: string;
  node: GraphQL.ASTNode;
}

interface Slots {
  /** Literals over their cap: refused whatever the variables. */
  literals: GraphQL.GraphQLError[];
  variables: VariableSlot[];
}

function tooLong(display: string, coordinate: string, length: number, max: number, node: GraphQL.ASTNode): GraphQL.GraphQLError {
  return new graphql.GraphQLError(
    `"${display}" (${coordinate}) may be at most ${max} characters; got ${length.toLocaleString('en-US')}. ` +
      'Ids, keys, symbols, names, days and search terms are short: send the value itself, not a document (documents go to ingestDocument).',
    { nodes: [node], extensions: { code: ErrorCode.BAD_USER_INPUT } },
  );
}

/** Collects the literal strings over their cap and the variable slots of the operations `only` accepts (fragments always). */
function slotRule(slots: Slots, only?: OperationFilter): (context: ValidationContext) => ASTVisitor {
  return (context) => {
    // Innermost named position (argument or input field) and the caller's path to it.
    const places: { coordinate: string; display: string }[] = [];
    return {
      OperationDefinition(node) {
        if (only && !only(node)) return false;
        return undefined;
      },
      VariableDefinition: () => false, // default values are the schema author's, not the caller's
      Argument: {
        enter(node) {
          const directive = context.getDirective();
          const field = context.getFieldDef();
          const parent = context.getParentType();
          const owner = directive ? `@${directive.name}` : field && parent ? `${parent.name}.${field.name}` : null;
          if (!owner) return false; // unknown argument: graphql's validation reports it
          places.push({ coordinate: `${owner}(${node.name.value}:)`, display: node.name.value });
          return undefined;
        },
        leave() {
          places.pop();
        },
      },
      ObjectField: {
        enter(node) {
          const parent = context.getParentInputType();
          const place = places[places.length - 1];
          if (!parent || !place) return false;
          const named = graphql.getNamedType(parent);
          places.push({ coordinate: `${named.name}.${node.name.value}`, display: `${place.display}.${node.name.value}` });
          return undefined;
        },
        leave() {
          places.pop();
        },
      },
      StringValue(node) {
        const place = places[places.length - 1];
        if (!place) return;
        const max = maxCharsOf(place.coordinate);
        if (max !== null && node.value.length > max) slots.literals.push(tooLong(place.display, place.coordinate, node.value.length, max, node));
      },
      Variable(node) {
        const place = places[places.length - 1];
        const type = context.getInputType();
        if (place && type) slots.variables.push({ variable: node.name.value, type, coordinate: place.coordinate, display: place.display, node });
      },
    };
  };
}

/** The first string in `value` (of input type `type`) over its cap, as an error; null when all fit. */
function checkValue(value: unknown, type: GraphQLInputType, coordinate: string, display: string, node: GraphQL.ASTNode): GraphQL.GraphQLError | null {
  if (value === null || value === undefined) return null;
  const inner = graphql.isNonNullType(type) ? type.ofType : type;
  if (graphql.isListType(inner)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const error = checkValue(item, inner.ofType as GraphQLInputType, coordinate, display, node);
      if (error) return error;
    }
    return null;
  }
  if (graphql.isInputObjectType(inner)) {
    if (typeof value !== 'object') return null; // coercion refuses it
    const fields = inner.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (!field) continue; // coercion refuses unknown fields
      const error = checkValue(fieldValue, field.type, `${inner.name}.${name}`, `${display}.${name}`, node);
      if (error) return error;
    }
    return null;
  }
  // A leaf (scalar or enum): any string counts, whatever the type says (a wrong type is refused later, and
  // graphql's refusal would quote the whole value).
  if (typeof value !== 'string') return null;
  const max = maxCharsOf(coordinate);
  return max !== null && value.length > max ? tooLong(display, coordinate, value.length, max, node) : null;
}

/** Slots per parsed document, schema and operation name (at most 64 names remembered per document). */
const slotsByOperation = perDocumentMemo<Slots>(64);

function slotsOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Slots {
  return slotsByOperation(schema, document, operationKey(operationName), () => {
    const slots: Slots = { literals: [], variables: [] };
    graphql.validate(schema, document, [slotRule(slots, operationFilter(operationName))]);
    return slots;
  });
}

/**
 * The first argument string over its cap in this request (literal or variable), as a GraphQLError with
 * `extensions.code` BAD_USER_INPUT; null when every string fits. Runs on a document graphql already validated.
 */
export function argumentLengthError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): GraphQL.GraphQLError | null {
  const slots = slotsOf(schema, document, operationName);
  if (slots.literals.length) return slots.literals[0]!;
  for (const slot of slots.variables) {
    const error = checkValue(variables[slot.variable], slot.type, slot.coordinate, slot.display, slot.node);
    if (error) return error;
  }
  return null;
}
