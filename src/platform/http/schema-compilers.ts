/**
 * The compilers that turn route schemas into request validators (Ajv) and response serializers
 * (fast-json-stringify), each schema compiled once per process.
 *
 * Compiling every route's schemas is most of what building the HTTP server costs: 2–3 s of CPU
 * for some 300 routes, four fifths of it in fast-json-stringify. A serving node builds its server
 * once, but a process that builds several (the test suite boots one node per database per test
 * file, a multi-node test several) paid it each time. A compiled validator or serializer is a pure
 * function of its schema text and the compiler's options, so it is kept by that text: a schema
 * that differs in any way, or a route that mutates its schema, gets its own compilation.
 */
import { SerializerSelector, type Serializer, type SerializerFactory } from '@fastify/fast-json-stringify-compiler';
import { Ajv, type Options as AjvOptions, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isCalendarDate, isInstant, withIntegerBounds } from './input-ranges.js';

function makeAjv(options: AjvOptions): Ajv {
  const ajv = new Ajv({ allErrors: false, strict: false, useDefaults: true, discriminator: true, ...options });
  addFormats.default(ajv);
  // Dates and instants both databases can store and JavaScript can compute with (input-ranges.ts).
  ajv.addFormat('date', isCalendarDate);
  ajv.addFormat('date-time', isInstant);
  ajv.addKeyword({ keyword: 'modifier' });
  ajv.addKeyword({ keyword: 'kind' });
  return ajv;
}

let strict: Ajv | undefined;
let coercing: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * The validator of one route part. Bodies are validated strictly (no type coercion, unknown fields
 * rejected); query strings, path parameters and headers arrive as text, so they are coerced to the
 * declared types. Integers without bounds get the range both databases store (input-ranges.ts).
 */
export function compileValidator({ schema, httpPart }: { schema: unknown; httpPart?: string }): ValidateFunction {
  const body = httpPart === 'body';
  const key = `${body ? 'strict' : 'coercing'}\n${JSON.stringify(schema)}`;
  let validate = validators.get(key);
  if (!validate) {
    // Ajv instances are shared too: they hold only compiled schemas and the formats above.
    const ajv = body ? (strict ??= makeAjv({ coerceTypes: false, removeAdditional: false })) : (coercing ??= makeAjv({ coerceTypes: 'array', removeAdditional: false }));
    validate = ajv.compile(withIntegerBounds(schema as object));
    validators.set(key, validate);
  }
  return validate;
}

// By the shared schemas and options a server compiles with, then by response schema.
const serializers = new Map<string, Map<string, Serializer>>();
const buildDefault = SerializerSelector();

// Fastify asks for a new compiler for every route once a server has shared schemas, handing over
// the same stored copies each time (it clones a schema as it is added and never changes the copy),
// so each copy's text is worked out once and stands for it by number.
const textOfShared = new WeakMap<object, string>();
const numberOfText = new Map<string, number>();
function sharedNumber(schema: object): number {
  let text = textOfShared.get(schema);
  if (text === undefined) textOfShared.set(schema, (text = JSON.stringify(schema)));
  let n = numberOfText.get(text);
  if (n === undefined) numberOfText.set(text, (n = numberOfText.size));
  return n;
}

/**
 * Fastify's serializer factory (schemaController.compilersFactory.buildSerializer): the default
 * fast-json-stringify compiler, keyed by the shared schemas a serializer may reference, the
 * serializer options and the response schema.
 */
export const buildSerializer: SerializerFactory = (externalSchemas, serializerOpts) => {
  const compile = buildDefault(externalSchemas, serializerOpts);
  const shared = Object.entries((externalSchemas ?? {}) as Record<string, object>).map(([id, schema]) => `${id}=${sharedNumber(schema)}`);
  const context = `${shared.join(',')}\n${JSON.stringify(serializerOpts ?? null)}`;
  let compiled = serializers.get(context);
  if (!compiled) serializers.set(context, (compiled = new Map()));
  const known = compiled;
  return (route) => {
    const key = JSON.stringify(route.schema);
    let serialize = known.get(key);
    if (!serialize) {
      serialize = compile(route);
      known.set(key, serialize);
    }
    return serialize;
  };
};
