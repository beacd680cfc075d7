/**
 * `npm run -s operation -- Name`: prints the committed operation schema/operations/Name.graphql followed by
 * the shared fragments it spreads, ready to send (curl, jq, any client that takes a query string).
 */
import { readOperation } from '../src/api/operationDocuments';

const name = process.argv[2];
if (!name) {
  console.error('Usage: npm run -s operation -- <Name> (a file of schema/operations/, without .graphql)');
  process.exitCode = 2;
} else {
  process.stdout.write(await readOperation(name));
}
