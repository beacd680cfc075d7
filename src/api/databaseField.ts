/**
 * Marks a field whose resolver reads the database (through the request's loaders). The cost rule
 * (src/api/operationLimits.ts) charges each selection of such a field a database query, whatever it selects,
 * and caps how many aliases of it one selection holds. Root query and mutation fields count as such without
 * the mark.
 */
import { Extensions } from 'type-graphql';

export const DATABASE_FIELD_EXTENSION = 'readsDatabase';

export function ReadsDatabase(): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ [DATABASE_FIELD_EXTENSION]: true });
}
