import { describe, expect, it } from 'vitest';
import { ConfigError, describeSettings, loadConfig } from './config.js';

describe('configuration', () => {
  it('uses documented defaults: SQLite in ./data on port 8080', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: '', dataDir: './data', port: 8080, ticketPrefix: 'SB' });
  });

  it('lets a flag override the environment', () => {
    const config = loadConfig({ SWITCHBOARD_PORT: '9000' }, { port: '9100' });
    expect(config.port).toBe(9100);
  });

  it('selects PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/sb' }).databaseUrl).toBe('postgres://u:p@db:5432/sb');
  });

  it('lists every bad setting at once, including misspelt variables', () => {
    let error: unknown;
    try {
      loadConfig({ SWITCHBOARD_PORT: 'eighty', DATABASE_URL: 'mysql://x', SWITCHBOARD_PROT: '1' }, { 'log-level': 'loud', 'no-such-flag': 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect((error as ConfigError).problems).toHaveLength(5);
    expect(problems).toContain('SWITCHBOARD_PORT="eighty"');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('SWITCHBOARD_PROT is not a Switchboard setting');
    expect(problems).toContain('--log-level="loud"');
    expect(problems).toContain('--no-such-flag');
  });

  it('reads trusted proxies as addresses, CIDR ranges and keywords, and refuses anything else', () => {
    expect(loadConfig({}).trustedProxies).toBe('');
    expect(loadConfig({ SWITCHBOARD_TRUSTED_PROXIES: '10.0.0.0/8, ::1/128,loopback,192.0.2.7' }).trustedProxies).toBe('10.0.0.0/8, ::1/128,loopback,192.0.2.7');
    for (const bad of ['proxy.example', '10.0.0.0/33', 'fe80::/129', '1.2.3.4/8/9', '10.0.0.1,*']) {
      expect(() => loadConfig({ SWITCHBOARD_TRUSTED_PROXIES: bad }), bad).toThrow(ConfigError);
    }
  });

  it('reads the mail host name and relays, and refuses a host name with a ";" or a relay that is no address', () => {
    expect(loadConfig({ SWITCHBOARD_MAIL_HOSTNAME: 'mx.msp.example', SWITCHBOARD_MAIL_RELAYS: '192.0.2.25, 10.0.0.0/8' })).toMatchObject({ mailHostname: 'mx.msp.example', mailRelays: '192.0.2.25, 10.0.0.0/8' });
    for (const bad of ['mx.msp.example; spf=pass', 'mx msp', '-mx.example']) expect(() => loadConfig({ SWITCHBOARD_MAIL_HOSTNAME: bad }), bad).toThrow(ConfigError);
    for (const bad of ['relay.msp.example', '10.0.0.0/33']) expect(() => loadConfig({ SWITCHBOARD_MAIL_RELAYS: bad }), bad).toThrow(ConfigError);
  });

  it('documents every setting in one table', () => {
    const table = describeSettings();
    for (const name of ['DATABASE_URL', 'SWITCHBOARD_PORT', 'SWITCHBOARD_BODY_LIMIT_BYTES', 'SWITCHBOARD_LOGIN_ATTEMPTS']) expect(table).toContain(name);
  });
});
