import AjvCompiler from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

/**
 * Fastify compiles every route's validators (ajv) and response serializers (fast-json-stringify)
 * when the routes are registered: for this API about a second of a start's CPU, spent on routes
 * that a given process may never serve (issue 22 item 7: later starts under 3 s). These factories
 * are Fastify's own, with the same options; each route's function is compiled the first time it
 * is called and kept. A schema that does not compile fails that route's first request (500) instead
 * of the start; the test suite calls every route.
 */

type Fn = ((...args: unknown[]) => unknown) & Record<string, unknown>;
type Compile = (route: Record<string, unknown>) => Fn;

/** A function that compiles itself on first use; `schemaEnv` and `errors` (read by Fastify after a call) come from the compiled one. */
function lazily(compile: () => Fn): Fn {
  let compiled: Fn | undefined;
  const get = () => (compiled ??= compile());
  const f = ((...args: unknown[]) => get()(...args)) as Fn;
  for (const key of ['schemaEnv', 'errors'])
    Object.defineProperty(f, key, { get: () => get()[key], enumerable: false, configurable: true });
  return f;
}

const lazyFactory =
  (factory: (external: unknown, options: unknown) => Compile) =>
  (external: unknown, options: unknown): Compile => {
    let compiler: Compile | undefined;
    return (route) => lazily(() => (compiler ??= factory(external, options))(route));
  };

/** Fastify's `schemaController.compilersFactory`, compiling per route on first use. */
export function lazySchemaCompilers(): CompilersFactory {
  return {
    buildValidator: lazyFactory((AjvCompiler as unknown as () => (e: unknown, o: unknown) => Compile)()),
    buildSerializer: lazyFactory((SerializerSelector as unknown as () => (e: unknown, o: unknown) => Compile)()),
  } as unknown as CompilersFactory;
}
