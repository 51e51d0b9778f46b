/**
 * The composition root: configuration → shared pieces → the roles this node runs, wired by hand,
 * top to bottom. What each role starts is in src/roles/; nothing here knows a feature.
 */
import type { Config } from './config.js';
import { createEngineRole, engineHealthRoutes } from './roles/engine.js';
import { createNodeHttp } from './roles/http.js';
import { createMailRole } from './roles/mail.js';
import { sharedView, type Switchboard } from './roles/node.js';
import { composeShared, type BuildOptions } from './roles/shared.js';
import { createWebRole } from './roles/web.js';

export { VERSION } from './platform/version.js';
export { installDemo } from './roles/demo.js';
export type { BuildOptions } from './roles/shared.js';
export type { Switchboard } from './roles/node.js';

/** Builds a ready-to-listen node running the roles its configuration names. */
export async function buildSwitchboard(config: Config, options: BuildOptions = {}): Promise<Switchboard> {
  const shared = await composeShared(config, options);
  const http = await createNodeHttp(shared);
  const engine = shared.roles.has('engine') ? createEngineRole(shared, http.registry) : undefined;
  const mail = shared.roles.has('mail') ? createMailRole(shared, { loops: options.startEngine !== false, dnsResolver: options.dnsResolver }) : undefined;
  engineHealthRoutes(http.app, shared, engine);
  const web = shared.roles.has('api') ? await createWebRole(http.app, shared, { mail }) : undefined;
  await http.app.ready();
  await shared.start();
  web?.start();
  await mail?.start();
  if (options.startEngine !== false) await engine?.start();

  return {
    ...sharedView(shared),
    app: http.app,
    engine,
    delivery: engine?.delivery,
    outbound: engine?.outbound,
    mail,
    async close() {
      http.drain();
      await web?.stopWork();
      await mail?.stop();
      await engine?.stop();
      web?.stop();
      await http.close();
      await shared.close();
    },
  };
}
