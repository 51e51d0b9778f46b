import { describe, expect, it } from 'vitest';
import { buildSerializer, compileValidator } from './schema-compilers.js';

const route = (schema: unknown) => ({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('schema compilers', () => {
  it('compiles a validator once per schema text and route part, strict for bodies and coercing elsewhere', () => {
    const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'], additionalProperties: false };
    const body = compileValidator({ schema, httpPart: 'body' });
    expect(compileValidator({ schema: structuredClone(schema), httpPart: 'body' })).toBe(body);
    const query = compileValidator({ schema, httpPart: 'querystring' });
    expect(query).not.toBe(body);
    expect(body({ n: '5' })).toBe(false);
    expect(query({ n: '5' })).toBe(true);
    // Integers without bounds still get the range both databases store.
    expect(body({ n: 2 ** 60 })).toBe(false);
    const other = compileValidator({ schema: { ...schema, properties: { n: { type: 'string' } } }, httpPart: 'body' });
    expect(other).not.toBe(body);
    expect(other({ n: '5' })).toBe(true);
  });

  it('reuses a serializer only where the response schema, the shared schemas and the options are all the same', () => {
    const shared = (fields: string[]) => ({ Item: { $id: 'Item', type: 'object', properties: Object.fromEntries(fields.map((f) => [f, { type: 'string' }])) } });
    const response = { type: 'object', properties: { item: { $ref: 'Item' } } };
    const data = { item: { a: 'A', b: 'B' } };

    const first = buildSerializer(shared(['a']), {})(route(response));
    // Another server, its own copies of the same schemas: the compiled serializer is reused.
    expect(buildSerializer(shared(['a']), {})(route(structuredClone(response)))).toBe(first);
    expect(JSON.parse(first(data))).toEqual({ item: { a: 'A' } });

    // The same $id with other fields, or other options, is compiled afresh and serializes by its own text.
    const wider = buildSerializer(shared(['a', 'b']), {})(route(response));
    expect(wider).not.toBe(first);
    expect(JSON.parse(wider(data))).toEqual({ item: { a: 'A', b: 'B' } });
    expect(buildSerializer(shared(['a']), { rounding: 'floor' })(route(response))).not.toBe(first);

    const plain = buildSerializer(shared(['a']), {})(route({ type: 'object', properties: { total: { type: 'integer' } } }));
    expect(plain).not.toBe(first);
    expect(JSON.parse(plain({ total: 3, item: data.item }))).toEqual({ total: 3 });
  });
});
