import { describe, expect, it } from 'vitest';
import { AnswerBytes, answerBytes } from '../../src/api/answerBytes';

// Words of a real document's header (a tax department's letter, /work/shared/real/docs): two-byte characters.
const TITLE = 'V/v hướng dẫn góp vốn điều lệ';
const ISSUER = 'Cục Thuế';

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');

/** An answer shaped like lineage's: documents with Vietnamese titles, then edges and paths of ASCII ids. */
function lineageAnswer(documents: number): unknown {
  const id = (i: number) => Buffer.from(`Document:${5348 + i}/CT-CS`).toString('base64url');
  return {
    data: {
      lineage: {
        root: { id: id(0), key: '5348/CT-CS', title: TITLE, issuer: ISSUER },
        nodes: Array.from({ length: documents }, (_, i) => ({
          depth: 1 + (i % 6),
          document: { id: id(i), key: `${5348 + i}/CT-CS`, title: i % 7 === 0 ? null : `${TITLE} (${i})`, issuer: ISSUER, ingested: i % 2 === 0 },
        })),
        edges: Array.from({ length: documents * 2 }, (_, i) => ({ from: id(i), to: id(i + 1), relation: 'BASIS', depth: 1 + (i % 6) })),
        paths: Array.from({ length: documents * 3 }, (_, i) => [id(0), id(i), id(i + 1)]),
        truncated: false,
      },
    },
  };
}

describe('an answer written in pieces', () => {
  it('is byte for byte the JSON of the whole answer, for large answers that span many pieces and small ones', () => {
    for (const documents of [0, 1, 3, 40, 700, 3000]) {
      const answer = lineageAnswer(documents);
      expect(answerBytes(answer).equals(json(answer))).toBe(true);
    }
  });

  it('writes what JSON.stringify writes for values it leaves out, turns to null or converts', () => {
    const sparse: unknown[] = [1, , 3]; // a hole: null in JSON
    const answer = {
      errors: undefined,
      data: {
        skipped: undefined,
        fn: () => 1,
        list: [undefined, () => 1, Symbol('s'), null, NaN, -0, Infinity, sparse],
        day: new Date(Date.UTC(2025, 10, 20)),
        withToJSON: { toJSON: () => ({ issuer: ISSUER }) },
        nested: { empty: {}, none: [], deep: { deeper: { deepest: [[TITLE], []] } } },
        text: `${TITLE} \u{1F4C4} "quoted" \\ \n \ud800`,
        long: TITLE.repeat(5_000),
        '': 'empty key',
        2: 'number-like key',
      },
      extensions: { code: 'X' },
    };
    expect(answerBytes(answer).toString('utf8')).toBe(`${JSON.stringify(answer)}\n`);
  });

  it('writes boxed values as their value, leaves out a field whose toJSON gives nothing, and keeps objects of any prototype', () => {
    class Issuer {
      constructor(readonly name: string) {}
    }
    const answer = {
      data: Object.assign(Object.create(null) as Record<string, unknown>, {
        title: new String(TITLE),
        count: new Number(3),
        ingested: new Boolean(false),
        hidden: { toJSON: () => undefined },
        issuer: new Issuer(ISSUER),
        nested: { boxed: [new String(ISSUER)], gone: { toJSON: () => undefined } },
      }),
    };
    expect(answerBytes(answer).toString('utf8')).toBe(`${JSON.stringify(answer)}\n`);
  });

  it('writes lists at the root and empty lists near it as JSON does', () => {
    for (const answer of [[], [[], {}, TITLE], { data: { empty: [], nodes: [[]], one: [TITLE] } }, TITLE, null]) {
      expect(answerBytes(answer).toString('utf8')).toBe(`${JSON.stringify(answer)}\n`);
    }
  });

  it('splits a long list whose elements grow, each piece sized from the last', () => {
    const list = Array.from({ length: 400 }, (_, i) => ({ title: TITLE.repeat(1 + i * 3), i }));
    const answer = { data: { documents: { totalCount: list.length, nodes: list } } };
    expect(answerBytes(answer).equals(json(answer))).toBe(true);
  });
});

describe('answers handed from Apollo to the HTTP layer', () => {
  it('trades the ticket Apollo passes on for the answer bytes, once', () => {
    const answers = new AnswerBytes();
    const answer = lineageAnswer(50);
    const ticket = answers.stringify(answer);
    const other = answers.stringify({ data: { title: TITLE } });
    expect(ticket).not.toBe(other);
    expect(answers.pending).toBe(2);
    expect(answers.take(ticket).equals(json(answer))).toBe(true);
    expect(answers.take(other).toString('utf8')).toBe(`{"data":{"title":"${TITLE}"}}\n`);
    expect(answers.pending).toBe(0);
  });

  it('encodes a string that is no ticket as it is', () => {
    expect(new AnswerBytes().take(`{"title":"${TITLE}"}`).toString('utf8')).toBe(`{"title":"${TITLE}"}`);
  });
});
