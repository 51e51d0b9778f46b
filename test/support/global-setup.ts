import type { TestProject } from 'vitest/node';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

let server: TestPostgres | undefined;

/** Starts PostgreSQL once for the whole run, unless SWITCHBOARD_TEST_PG_URL names one already. */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.SWITCHBOARD_TEST_PG_URL;
  if (!url) {
    server = await startTestPostgres();
    url = server.url;
    console.log(`PostgreSQL suite: started a throwaway server at ${url}`);
  } else {
    console.log(`PostgreSQL suite: using SWITCHBOARD_TEST_PG_URL`);
  }
  project.provide('pgUrl', url);
}

export async function teardown(): Promise<void> {
  server?.stop();
}
