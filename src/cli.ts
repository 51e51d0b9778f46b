#!/usr/bin/env node
/**
 * The `switchboard` command: serve, migrate, demo, user create, token create, backup, restore, corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, describeSettings, loadConfig, settings, type Config } from './config.js';
import { buildSwitchboard, installDemo, VERSION, type Switchboard } from './main.js';
import { systemClock } from './platform/clock.js';
import { backupSqlite, inspectBackup, restoreSqlite } from './platform/db/backup.js';
import { connect, sqliteFileOf, type Database } from './platform/db/connect.js';
import { migrateToLatest, migrationState } from './platform/db/migrate.js';
import { randomSecret } from './platform/ids.js';
import { createToken } from './modules/auth/index.js';
import { findUserByEmail, actorOf, firstActiveOwner } from './modules/auth/index.js';
import { anyOrganization } from './modules/clients/index.js';
import { demoCredentialsPath, demoSecretKey, describeDemoCredentials, readDemoCredentials, saveDemoCredentials, type DemoSummary } from './modules/demo/index.js';
import { createUser } from './modules/staff/index.js';
import { isAdministrator, type Actor } from './modules/auth/index.js';
import { AppError } from './platform/errors.js';
import { appliedLines, applyImport, claimImport, errorsCsv, findImport, forgetImport, FORMATS, importRows, isFormat, isKind, KINDS, presentRun, previewImport, previewLines, type ImportFormat, type ImportKind } from './modules/imports/index.js';
import { isKnownTimeZone } from './platform/time-zones.js';
import { runCorpus, summaryLines, tableRow, TABLE_HEADING } from './modules/mail/index.js';

const USAGE = `Switchboard ${VERSION} — the service desk for managed service providers

Usage: switchboard <command> [options]

Commands:
  serve [--demo]              migrate and run the web node; --demo loads the demo MSP into an
                              empty database
  migrate                     create the database if there is none, apply pending migrations, exit
  demo                        load the demo MSP into an empty, migrated database
  user create --email E --name N --role R [--tier 1-3] [--password P]
                              create a staff account (roles: owner, admin, service_manager,
                              technician); without --password a strong one is generated and printed
  token create --email E [--name N]
                              issue an API token for an existing user and print it once
  backup FILE                 write a consistent snapshot of the SQLite database to FILE
  restore FILE                replace the SQLite database's contents with the backup in FILE
  corpus DIR [--json]         screen every mail file under DIR (.eml, .txt, mbox split into its
                              messages …; parse, automatic, bounce, visible reply, fraud score)
                              without sending or storing anything
  import KIND FILE [--format F] [--dry-run] [--time-zone Z] [--as EMAIL] [--errors-csv OUT]
                              import a CSV file of clients, sites, contacts, staff or tickets
                              (formats: switchboard, connectwise, autotask, halopsa); prints the
                              preview, then imports it unless --dry-run; exits 1 when rows have
                              errors (--errors-csv writes them to fix); see docs/import.md
  help                        this text, and every setting

Only serve and migrate create a database; the other commands need one where the settings point.

Settings (flag, or environment variable):
`;

const COMMAND_OPTIONS = {
  demo: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  tier: { type: 'string' },
  password: { type: 'string' },
  format: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'time-zone': { type: 'string' },
  as: { type: 'string' },
  'errors-csv': { type: 'string' },
} as const;

class UsageError extends Error {}

function parse(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = { ...COMMAND_OPTIONS };
  for (const setting of Object.values(settings)) options[setting.flag] = { type: 'string' };
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}. Run "switchboard help".`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command = 'help', ...rest] = positionals;
  if (command === 'help' || values.help) {
    process.stdout.write(`${USAGE}${describeSettings()}\n`);
    return 0;
  }
  const configFlags: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!(key in COMMAND_OPTIONS) && typeof value === 'string') configFlags[key] = value;
  }
  const config = loadConfig(process.env, configFlags);
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

  switch (command) {
    case 'serve':
      return serve(withDemoKey(config, values.demo === true), values.demo === true);
    case 'migrate':
      return withDatabase(config, 'create', async (database) => {
        const results = await migrateToLatest(database);
        console.log(results.length ? results.map((r) => `applied ${r.migrationName}`).join('\n') : 'database is up to date');
      });
    case 'demo':
      return withDatabase(config, 'current', async (database) => {
        const summary = await installDemo(database, withDemoKey(config, true));
        console.log(`Loaded the demo MSP: ${summary.organizations} clients, ${summary.contacts} contacts, ${summary.tickets} tickets.`);
        console.log(keepDemoCredentials(config, summary)(config.publicUrl));
      });
    case 'user':
      if (rest[0] !== 'create') throw new UsageError('Did you mean: switchboard user create --email E --name N --role R');
      return withDatabase(config, 'current', async (database) => {
        const email = text('email');
        const name = text('name');
        const role = text('role');
        if (!email || !name || !role) throw new UsageError('user create needs --email, --name and --role');
        const tier = text('tier') === undefined ? undefined : Number(text('tier'));
        if (tier !== undefined && ![1, 2, 3].includes(tier)) throw new UsageError('--tier is 1, 2 or 3');
        const generated = text('password') === undefined;
        const password = text('password') ?? randomSecret(15);
        const user = await createUser({ db: database.db, clock: systemClock }, null, { kind: 'staff', email, name, role, tier, password });
        console.log(`Created ${user.role} ${user.name} <${user.email}>.`);
        if (generated) console.log(`Password (shown once): ${password}`);
      });
    case 'token':
      if (rest[0] !== 'create') throw new UsageError('Did you mean: switchboard token create --email E');
      return withDatabase(config, 'current', async (database) => {
        const email = text('email');
        if (!email) throw new UsageError('token create needs --email of an existing user');
        const user = await findUserByEmail(database.db, email);
        const actor = user ? actorOf(user) : undefined;
        if (!actor) throw new UsageError(`There is no active user ${email}`);
        const token = await createToken({ db: database.db, clock: systemClock }, actor, { name: text('name') ?? 'CLI token', ip: null });
        console.log(token.token);
      });
    case 'backup':
    case 'restore': {
      const file = rest[0];
      if (!file) throw new UsageError(`${command} needs a FILE`);
      return withDatabase(config, 'existing', async (database) => {
        if (!database.sqlite) {
          throw new UsageError(`On PostgreSQL, use pg_dump and pg_restore for ${command}s; see docs/operations.md`);
        }
        if (command === 'backup') {
          const { totalPages } = await backupSqlite(database.sqlite, path.resolve(file));
          console.log(`Wrote a consistent snapshot (${totalPages} pages) to ${file}.`);
        } else {
          const applied = inspectBackup(path.resolve(file));
          await restoreSqlite(path.resolve(file), path.resolve(config.dataDir, 'switchboard.db'));
          console.log(`Restored ${file} (${applied.length} migrations applied in it). Restart running nodes.`);
        }
      });
    }
    case 'corpus': {
      if (!rest[0]) throw new UsageError('corpus needs a DIR of mail files');
      const json = values.json === true;
      // Piping into `head` closes stdout early; that ends the report, it is not a failure.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
      if (!json) console.log(TABLE_HEADING);
      const summary = await runCorpus({ clock: systemClock }, path.resolve(rest[0]), (entry) => console.log(json ? JSON.stringify(entry) : tableRow(entry)));
      console.log(json ? JSON.stringify({ summary }) : `\n${summaryLines(summary).join('\n')}`);
      return 0;
    }
    case 'import': {
      const [kind, file] = rest;
      if (!kind || !isKind(kind)) throw new UsageError(`import needs what the file holds first: ${KINDS.join(', ')}. Run "switchboard help".`);
      if (!file) throw new UsageError(`import ${kind} needs a FILE`);
      const format = text('format') ?? 'switchboard';
      if (!isFormat(format)) throw new UsageError(`--format is one of ${FORMATS.join(', ')}`);
      const timeZone = text('time-zone') ?? null;
      if (timeZone !== null && !isKnownTimeZone(timeZone)) throw new UsageError(`--time-zone ${timeZone} is not an IANA time zone (e.g. Europe/London)`);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`There is no file ${path.resolve(file)}`);
      if (text('errors-csv') && fs.existsSync(text('errors-csv')!)) throw new UsageError(`${text('errors-csv')} already exists: name a new file for --errors-csv`);
      return withDatabase(config, 'current', (database) =>
        importFile(config, database, { kind, format, file, timeZone, dryRun: values['dry-run'] === true, as: text('as'), errorsCsv: text('errors-csv') }),
      );
    }
    default:
      throw new UsageError(`Unknown command "${command}". Run "switchboard help".`);
  }
}

/**
 * Opens the configured database for a command. Only `migrate` (`create`) may bring a new database
 * into being; every other command needs a Switchboard database already there (`existing`), and the
 * ones that write to it need it at the current schema (`current`), so a mistyped data directory or
 * database address fails loudly instead of working on an empty database.
 */
async function withDatabase(config: Config, need: 'create' | 'existing' | 'current', fn: (database: Database) => Promise<void | number>): Promise<number> {
  const database = connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, mustExist: need !== 'create' });
  try {
    if (need !== 'create') {
      const where = database.dialect === 'sqlite' ? path.resolve(sqliteFileOf(config)) : 'the PostgreSQL database in DATABASE_URL';
      const { applied, pending } = await migrationState(database);
      if (applied.length === 0) throw new Error(`${where} is not a Switchboard database (it holds none of its tables). Check --data-dir (SWITCHBOARD_DATA_DIR) or DATABASE_URL; "switchboard migrate" creates a new one.`);
      if (need === 'current' && pending.length > 0) throw new Error(`${where} needs ${pending.length} migration${pending.length === 1 ? '' : 's'} first: run "switchboard migrate".`);
    }
    return (await fn(database)) ?? 0;
  } finally {
    await database.close();
  }
}

/**
 * `switchboard import`: the preview of the file, every error and the first rows of each action;
 * then, unless a dry run, the import itself with its progress. 1 when rows have errors.
 */
async function importFile(
  config: Config,
  database: Database,
  o: { kind: ImportKind; format: ImportFormat; file: string; timeZone: string | null; dryRun: boolean; as?: string; errorsCsv?: string },
): Promise<number> {
  const user = o.as ? await findUserByEmail(database.db, o.as) : await firstActiveOwner(database.db).then((u) => u && findUserByEmail(database.db, u.email));
  const actor = user ? actorOf(user) : undefined;
  if (!actor) throw new UsageError(o.as ? `There is no active user ${o.as}` : 'There is no owner to import as: create one (switchboard user create) or pass --as EMAIL');
  if (!isAdministrator(actor)) throw new UsageError(`${actor.email} may not import: only an owner or admin can`);
  const sb = await buildSwitchboard({ ...config, roles: 'api' }, { database, startEngine: false });
  try {
    return await previewAndApply(sb, config, actor, o);
  } catch (error) {
    // A file refused as a whole names the file's part at fault, not a flag.
    if (error instanceof AppError && (error.field === '/body' || error.field === '/header')) throw new Error(`${o.file}: ${error.message} [${error.code}]`);
    throw error;
  } finally {
    await sb.close();
  }
}

/** The preview printed, then (unless a dry run) the rows imported, as the command's exit code. */
async function previewAndApply(sb: Switchboard, config: Config, actor: Actor, o: Parameters<typeof importFile>[2]): Promise<number> {
  const deps = sb.importDeps;
  const preview = await previewImport(deps, actor, { kind: o.kind, format: o.format, fileName: path.basename(o.file), defaultTimeZone: o.timeZone, body: fs.createReadStream(o.file), limitBytes: config.importLimitBytes });
  const rows = async (action: 'error' | 'create' | 'update' | 'skip', limit: number) => importRows(deps.db, preview.id, { action, limit });
  const run = presentRun(preview, systemClock.iso());
  console.log(previewLines(run, { error: await rows('error', 1_000_000), create: await rows('create', 10), update: await rows('update', 10), skip: await rows('skip', 10) }, 10).join('\n'));
  if (o.dryRun) {
    await forgetImport(deps.db, preview.id);
    console.log('Dry run: nothing was imported.');
    return run.preview.error > 0 ? 1 : 0;
  }
  const claimed = await claimImport(deps, actor, preview.id);
  const total = (run.preview.create + run.preview.update).toLocaleString('en');
  const applied = await applyImport(deps, actor, claimed, {
    async onChunk() {
      const r = await findImport(deps.db, preview.id);
      if (r) process.stderr.write(`  … ${(r.created + r.updated + r.skipped + r.failed).toLocaleString('en')} of ${total} rows\n`);
    },
  });
  const outcome = presentRun(applied, systemClock.iso());
  console.log(appliedLines(outcome).join('\n'));
  if (o.errorsCsv && outcome.preview.error + outcome.applied.failed > 0) {
    let text = '';
    for await (const part of errorsCsv(deps.db, applied)) text += part;
    fs.writeFileSync(o.errorsCsv, text, { flag: 'wx' });
    console.log(`The rows to fix are in ${o.errorsCsv}.`);
  }
  return outcome.preview.error + outcome.applied.failed > 0 ? 1 : 0;
}

/**
 * Saves the new demo's secrets in the data directory and returns the lines that show them, given
 * the address to show in the request to try.
 */
function keepDemoCredentials(config: Config, summary: DemoSummary): (url: string) => string {
  const credentials = { loadedAt: systemClock.iso(), logins: summary.logins, apiToken: summary.apiToken };
  const file = saveDemoCredentials(config.dataDir, credentials);
  return (url) => describeDemoCredentials(credentials, url, file);
}

/**
 * The demo logins again, on every start of a database that holds the demo: the saved credentials
 * are shown only when their token still opens this database as the demo owner.
 */
async function savedDemoCredentials(sb: Switchboard, config: Config): Promise<((url: string) => string) | undefined> {
  const saved = readDemoCredentials(config.dataDir);
  // Only a node serving the API can check the saved token (and show logins for it).
  if (!saved || !config.roles.split(',').includes('api')) return undefined;
  const me = await sb.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${saved.apiToken}` } });
  const owner = saved.logins.find((l) => l.label === 'Owner');
  if (me.statusCode !== 200 || (me.json() as { email?: string }).email !== owner?.email) {
    return () => `${demoCredentialsPath(config.dataDir)} holds demo credentials of another database; they are not shown.`;
  }
  return (url) => describeDemoCredentials(saved, url, demoCredentialsPath(config.dataDir));
}

/**
 * A demo without SWITCHBOARD_SECRET_KEY runs with a key made for it in the data directory, so its
 * pages reach the demo outbox with working acknowledge links; a configured key always wins.
 */
function withDemoKey(config: Config, demo: boolean): Config {
  return demo && !config.secretKey ? { ...config, secretKey: demoSecretKey(config.dataDir) } : config;
}

async function serve(config: Config, demo: boolean): Promise<number> {
  const sb = await buildSwitchboard(config);
  let banner: (url: string) => string = () => '';
  const empty = !(await anyOrganization(sb.database.db));
  if (demo && empty) {
    sb.logger.info('loading the demo MSP into the empty database');
    const s = await installDemo(sb.database, config);
    sb.engine?.engine.wake();
    const credentials = keepDemoCredentials(config, s);
    banner = (url) => [`Demo data loaded: ${s.organizations} clients, ${s.contacts} contacts, ${s.tickets} tickets.`, credentials(url)].join('\n');
  } else {
    const saved = await savedDemoCredentials(sb, config);
    if (saved) banner = saved;
    else if (demo) banner = () => `The database is not empty, so the demo was not loaded; ${demoCredentialsPath(config.dataDir)} (written when a demo is loaded) is missing.`;
  }
  const address = await sb.app.listen({ host: config.host, port: config.port });
  // The address to show: the public one when it was set, else where this node really listens
  // (the default public address names port 8080 whatever --port says).
  const url = config.publicUrl !== settings.publicUrl.default ? config.publicUrl.replace(/\/+$/, '') : address;
  const served = config.roles.split(',').includes('api') ? `API reference: ${url}/api/v1/docs` : `Roles ${config.roles}: health and metrics only (no API)`;
  process.stdout.write(`\nSwitchboard ${VERSION} is serving at ${address} (${sb.database.dialect}).\n${served}\n${banner(url)}\n\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    sb.logger.info({ signal }, 'shutting down: finishing in-flight requests');
    sb.close().then(
      () => process.exit(0),
      (error: unknown) => {
        sb.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return new Promise<number>(() => undefined);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const e = error as { code?: string; message?: string; field?: string };
    if (e?.code && typeof e.message === 'string' && error instanceof Error && error.name === 'AppError') {
      process.stderr.write(`${e.message}${e.field ? ` (${e.field.replace(/^\//, '--')})` : ''} [${e.code}]\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`switchboard: ${e?.message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
