import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { bool, cleanEnv, type CleanedEnv, EnvError, makeValidator, port, str } from 'envalid';

export const APP_CONFIG = Symbol('APP_CONFIG');

const DEV_JWT_SECRET = 'oneplan-development-secret-change-me-0123456789';

/** A whole number of at least `min`. */
const countFrom = (min: number) =>
  makeValidator<number>((input) => {
    if (!/^\d+$/.test(input.trim()) || Number(input) < min) throw new EnvError(`must be a whole number of at least ${min}`);
    return Number(input);
  });
const count = countFrom(1);
const count0 = countFrom(0);

/** A URL of one of the given schemes. */
const urlOf = (schemes: string[]) =>
  makeValidator<string>((input) => {
    let parsed: URL;
    try {
      parsed = new URL(input);
    } catch {
      throw new EnvError(`must be a URL (${schemes[0]}//...)`);
    }
    if (!schemes.includes(parsed.protocol)) throw new EnvError(`must be a ${schemes.join(' or ')} URL, not ${parsed.protocol}`);
    return input;
  });

/** host:port entries separated by commas (empty: none). */
const hostPortList = makeValidator<string>((input) => {
  if (input.trim() && !input.split(',').every((entry) => /^[\w.-]+:\d{1,5}$/.test(entry.trim()))) throw new EnvError('must be host:port entries separated by commas');
  return input.trim();
});

/** Express's "trust proxy": loopback (the default), a hop count, or addresses and subnets. */
const trustProxy = makeValidator<string | number>((input) => {
  if (/^\d+$/.test(input.trim())) return Number(input);
  const entries = input.split(',').map((entry) => entry.trim());
  const valid = (entry: string) => ['loopback', 'linklocal', 'uniquelocal'].includes(entry) || isIP(entry.split('/')[0]) !== 0;
  if (entries.length === 0 || !entries.every(valid)) throw new EnvError('must be loopback, a hop count, or IP addresses or subnets separated by commas');
  return entries.join(',');
});

/** Every variable OnePlan reads, with its default (.env.example lists them all). */
export const CONFIG_SPEC = {
  NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
  DATABASE_URL: urlOf(['postgres:', 'postgresql:'])({ default: 'postgresql://postgres@127.0.0.1:5432/oneplan', desc: 'PostgreSQL connection URL' }),
  DATABASE_POOL_SIZE: count({ default: 10, desc: 'Connections per process' }),
  REDIS_URL: urlOf(['redis:', 'rediss:'])({ default: 'redis://127.0.0.1:6379', desc: 'Redis connection URL' }),
  REDIS_SENTINELS: hostPortList({
    default: '',
    desc: "Redis Sentinels (host:port, comma-separated): connect to the primary they name REDIS_SENTINEL_NAME instead of REDIS_URL's host (its credentials and database still apply)",
  }),
  REDIS_SENTINEL_NAME: str({ default: 'oneplan', desc: 'The primary the sentinels watch, by name' }),
  REDIS_CLUSTER_NODES: hostPortList({ default: '', desc: 'Redis Cluster nodes to start from (host:port, comma-separated): queues and live updates then use a hash-tagged QUEUE_PREFIX' }),
  PORT: port({ default: 3000, desc: 'HTTP port of the API' }),
  WORKER_PORT: port({ default: 3001, desc: 'HTTP port of the worker health endpoints' }),
  JWT_SECRET: str({ default: DEV_JWT_SECRET, desc: 'HS256 secret for bearer tokens (at least 32 characters)' }),
  JWT_ISSUER: str({ default: 'oneplan', desc: 'Expected iss claim' }),
  JWT_AUDIENCE: str({ default: 'oneplan-api', desc: 'Expected aud claim' }),
  JWT_JWKS_URL: str({ default: '', desc: 'JWKS URL of an external identity provider (tokens issued by JWT_ISSUER); when set, HS256 is not accepted' }),
  OIDC_ISSUER: str({ default: '', desc: "The clinic's OpenID Connect provider: its keys are found through its discovery document; when set, HS256 is not accepted" }),
  OIDC_STAFF_CLAIM: str({ default: 'email', desc: "The claim of a provider's token holding the staff member's email" }),
  OIDC_WEB_CLIENT_ID: str({ default: '', desc: "The web app's client at OIDC_ISSUER (authorization code with PKCE; redirect URI APP_URL/auth/callback); empty: no sign-in through the provider" }),
  OIDC_WEB_CLIENT_SECRET: str({ default: '', desc: "That client's secret (the API is the confidential client; the browser never sees a token)" }),
  LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
  TRUST_PROXY: trustProxy({
    default: 'loopback',
    desc: 'Which proxies in front of the API to trust for the client address (rate limits, audit trail): loopback, a hop count, or addresses and subnets separated by commas',
  }),
  LOG_FORMAT: str({ choices: ['auto', 'json', 'pretty'], default: 'auto', desc: 'Log lines as JSON or human-readable (auto: readable in development, JSON otherwise)' }),
  LOG_QUERIES: bool({ default: false, desc: 'Log SQL statements (never their parameters)' }),
  OTEL_EXPORTER_OTLP_ENDPOINT: str({ default: '', desc: 'OpenTelemetry collector (OTLP over HTTP, e.g. http://collector:4318): traces are sent there; empty: no tracing' }),
  OTEL_SERVICE_NAME: str({ default: '', desc: 'Service name on the traces (empty: oneplan-api or oneplan-worker)' }),
  GRAPHQL_COST_BUDGET: count({ default: 50000, desc: 'Cost of the GraphQL operations one API process executes at once; later ones wait (bounds memory)' }),
  GRAPHQL_MAX_IN_FLIGHT: count({ default: 256, desc: 'GraphQL requests one API process holds at once (executing or waiting); more get SERVICE_UNAVAILABLE' }),
  GRAPHQL_DOCUMENT_CACHE_MB: count({ default: 8, desc: 'Heap for parsed GraphQL documents kept for reuse' }),
  GRAPHQL_COMPILED_CACHE_MB: count({ default: 16, desc: 'Heap for compiled GraphQL queries kept for reuse (a query is compiled on its second run)' }),
  RATE_LIMIT_PER_STAFF: count({ default: 600, desc: 'GraphQL requests one staff member may make per minute' }),
  RATE_LIMIT_PER_ADDRESS: count({ default: 1200, desc: 'GraphQL requests one client address may make per minute' }),
  SELF_REPORT_RATE_LIMIT: count({ default: 30, desc: 'Requests to the self-report page (no sign-in: the link is the credential) one client address may make per minute' }),
  RATE_LIMIT_KEY_PREFIX: str({ default: 'oneplan:rate', desc: 'Redis key prefix of the rate-limit counters' }),
  GRAPHQL_MAX_DOCUMENT_LENGTH: count({ default: 16384, desc: 'Longest GraphQL document, in characters' }),
  GRAPHQL_MAX_TOKENS: count({ default: 2000, desc: 'Most lexical tokens in one GraphQL document' }),
  GRAPHQL_MAX_DEPTH: count({ default: 12, desc: 'Deepest field nesting a GraphQL operation may have' }),
  GRAPHQL_MAX_COST: count({ default: 25000, desc: 'Highest computed cost of one GraphQL operation (see README)' }),
  GRAPHQL_MAX_ALIASES: count({ default: 15, desc: 'Most aliases in one GraphQL request' }),
  GRAPHQL_MAX_DIRECTIVES: count({ default: 20, desc: 'Most directives in one GraphQL operation' }),
  GRAPHQL_MAX_FIELD_REPEATS: count({ default: 30, desc: 'Most times one field may be selected in one selection set, fragments included' }),
  GRAPHQL_MAX_OPERATIONS: count({ default: 3, desc: 'Most operations in one GraphQL request document' }),
  REMINDER_SWEEP_SECONDS: count0({ default: 300, desc: 'How often the worker looks for time-based reminders that are due (0: no schedule)' }),
  GROUP_SESSION_GENERATION_SECONDS: count({ default: 3600, desc: "How often the worker generates recurring groups' sessions ahead (while REMINDER_SWEEP_SECONDS is not 0)" }),
  SWEEP_BATCH_SIZE: count({ default: 500, desc: 'Plans (or staff) in one batch of a reminder sweep; batches are jobs any worker may take' }),
  SWEEP_RUN_TIMEOUT_SECONDS: count({ default: 900, desc: 'A sweep run still unfinished after this long is given up and started afresh at its next schedule' }),
  OUTBOX_HANDLE_TIMEOUT_SECONDS: count({ default: 120, desc: 'An event handed to the queue but not handled after this long is queued again (and readiness reports it)' }),
  SCHEDULER_CHECK_SECONDS: count({ default: 15, desc: 'How often the worker checks that its job schedulers exist in Redis (re-creating them after Redis lost its data)' }),
  SMTP_URL: str({ default: '', desc: 'SMTP server for notification emails, e.g. smtp://user:pass@mail:587 (empty: no email)' }),
  EMAIL_FROM: str({ default: 'OnePlan <no-reply@oneplan.example>', desc: 'Sender of notification emails' }),
  APP_URL: str({ default: 'http://127.0.0.1:3000', desc: 'Where staff open OnePlan; emails link there' }),
  WEBHOOK_BACKOFF_MS: count({ default: 5000, desc: 'First retry delay of a failed webhook delivery (doubles each attempt)' }),
  QUEUE_PREFIX: str({ default: 'bull', desc: 'Redis key prefix of the BullMQ queues' }),
  BREAK_GLASS_MINUTES: count({ default: 60, desc: 'How long an emergency (break-the-glass) access lasts' }),
  SHUTDOWN_TIMEOUT_MS: count({ default: 10000, desc: 'Longest a graceful shutdown may take' }),
};

export type AppConfig = CleanedEnv<typeof CONFIG_SPEC>;

/** The configuration of an environment, or one line per problem (never a value: some are secrets). */
export function parseConfig(env: NodeJS.ProcessEnv): { config: AppConfig; problems: [] } | { config?: undefined; problems: string[] } {
  const problems: string[] = [];
  const config = cleanEnv(env, CONFIG_SPEC, {
    reporter: ({ errors }) => {
      for (const [name, error] of Object.entries(errors)) problems.push(`${name}: ${(error as Error).message}`);
    },
  });
  if (problems.length) return { problems };
  if (config.GRAPHQL_COST_BUDGET < config.GRAPHQL_MAX_COST) problems.push('GRAPHQL_COST_BUDGET: must be at least GRAPHQL_MAX_COST, or the costliest allowed operation could never run');
  if (config.JWT_SECRET.length < 32) problems.push('JWT_SECRET: must be at least 32 characters');
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEV_JWT_SECRET && !config.JWT_JWKS_URL && !config.OIDC_ISSUER) {
    problems.push('JWT_SECRET: set a secret of your own in production (or OIDC_ISSUER, or JWT_JWKS_URL)');
  }
  if (config.OIDC_ISSUER && config.JWT_JWKS_URL) problems.push('OIDC_ISSUER: set it or JWT_JWKS_URL, not both');
  if (config.OIDC_WEB_CLIENT_ID && (!config.OIDC_ISSUER || !config.OIDC_WEB_CLIENT_SECRET)) problems.push('OIDC_WEB_CLIENT_ID: needs OIDC_ISSUER and OIDC_WEB_CLIENT_SECRET');
  if (config.REDIS_SENTINELS && config.REDIS_CLUSTER_NODES) problems.push('REDIS_CLUSTER_NODES: set it or REDIS_SENTINELS, not both');
  for (const name of ['OIDC_ISSUER', 'JWT_JWKS_URL', 'OTEL_EXPORTER_OTLP_ENDPOINT'] as const)
    if (config[name] && !/^https?:\/\/[^/]/.test(config[name])) problems.push(`${name}: must be an http(s) URL`);
  if (problems.length) return { problems };
  // A plain copy: envalid's proxy throws on unknown keys, which Nest's discovery probes.
  return { config: { ...config }, problems: [] };
}

/**
 * Reads and validates the environment once: the process's own environment, over the variables of the
 * file ENV_FILE names (default .env in the working directory; a missing default file is no error). A bad
 * or missing value is one line naming the variable, and the process exits.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  if (env === process.env) readEnvFile();
  const { config, problems } = parseConfig(env);
  if (config) return config;
  process.stderr.write(`Invalid configuration (see .env.example):\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}

let envFileRead = false;

function readEnvFile(): void {
  if (envFileRead) return;
  envFileRead = true;
  const file = process.env.ENV_FILE ?? '.env';
  if (!existsSync(file)) {
    if (process.env.ENV_FILE) {
      process.stderr.write(`Invalid configuration: ENV_FILE names ${file}, which does not exist.\n`);
      process.exit(1);
    }
    return;
  }
  process.loadEnvFile(file);
}
