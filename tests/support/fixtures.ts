/**
 * Per-file fixtures for tests against the test Neo4j. Each registers the file's beforeAll/afterAll and returns
 * an object whose fields are set once beforeAll has run: read them inside tests and hooks, not at import.
 * Teardown runs in reverse (vitest's "stack" hook order): a file's own afterAll, registered after the fixture,
 * still finds the executor running and the graph open.
 */
import { afterAll, beforeAll } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { startExecutor, type Executor } from '../api/executor.fixtures';
import { buildWorld, removeWorld, type World } from '../graph/world.fixtures';
import { testNeo4jSettings } from './neo4j';

export interface GraphFixture {
  graph: GraphClient;
}

export interface WorldFixture extends GraphFixture {
  /** The small made-up province of tests/graph/world.fixtures.ts, removed after the file. */
  world: World;
}

export interface ExecutorFixture extends GraphFixture {
  /** The real schema run through Apollo's executeOperation (tests/api/executor.fixtures.ts). */
  api: Executor;
}

/** A connection to the migrated test server, closed after the file. */
export function useGraph(): GraphFixture {
  const fixture = {} as GraphFixture;
  beforeAll(async () => {
    fixture.graph = await connect(testNeo4jSettings());
    await migrate(fixture.graph);
  });
  afterAll(async () => {
    await fixture.graph?.close();
  });
  return fixture;
}

/** connect -> migrate -> buildWorld, and removeWorld -> close after the file. */
export function useWorld(): WorldFixture {
  const fixture = useGraph() as WorldFixture;
  beforeAll(async () => {
    fixture.world = await buildWorld(fixture.graph);
  });
  afterAll(async () => {
    if (fixture.world) await removeWorld(fixture.graph, fixture.world);
  });
  return fixture;
}

/**
 * An executor over the real schema, started on `on`'s graph (a `useWorld()` fixture, say) or on a
 * connection of its own; stopped after the file.
 */
export function useExecutor<F extends GraphFixture>(on?: F, options: Parameters<typeof startExecutor>[1] = {}): F & ExecutorFixture {
  const fixture = (on ?? useGraph()) as F & ExecutorFixture;
  beforeAll(async () => {
    fixture.api = await startExecutor(fixture.graph, options);
  });
  afterAll(async () => {
    await fixture.api?.stop();
  });
  return fixture;
}
