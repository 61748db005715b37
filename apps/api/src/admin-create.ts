import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { CareTeamRepository, FirstAdmin, FirstAdminRefused } from '@oneplan/care-team';
import { loadConfig, requireDependencies } from '@oneplan/config';
import { PrismaErrorCode, prismaErrorCode, PrismaService } from '@oneplan/prisma';

const USAGE = 'Usage: npm run admin:create -- --email <email> --name <full name> [--organization <name>] [--credentials <e.g. MHA>]\n';

/**
 * npm run admin:create: the organization's administrator, on an empty database the first one (and the
 * organization). Idempotent: run again, it says the administrator exists and changes nothing.
 */
let options;
try {
  options = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, organization: { type: 'string' }, credentials: { type: 'string' } } }).values;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
if (!options.email || !options.name) {
  process.stderr.write(USAGE);
  process.exit(1);
}
const config = loadConfig();
await requireDependencies(config, 'admin:create', ['PostgreSQL']);
const prisma = new PrismaService(config);
try {
  const outcome = await new FirstAdmin(new CareTeamRepository(prisma)).ensure({ email: options.email, name: options.name, organization: options.organization, credentials: options.credentials });
  const { admin, organization } = outcome;
  const where = `${outcome.createdOrganization ? 'the new organization' : 'the organization'} "${organization.name}" (${organization.id})`;
  process.stdout.write(
    outcome.createdAdmin
      ? `Created ${admin.email} (${admin.id}) as administrator of ${where}. Sign in through the identity provider, or for development: npm run token -- ${admin.email}\n`
      : `${admin.email} (${admin.id}) is already administrator of ${where}${admin.active ? '' : ', deactivated'}: nothing changed.\n`,
  );
} catch (error) {
  if (error instanceof FirstAdminRefused) {
    process.stderr.write(`admin:create refused: ${error.message}.\n`);
  } else if (prismaErrorCode(error) === PrismaErrorCode.TableDoesNotExist) {
    process.stderr.write('admin:create cannot run: the database has no OnePlan tables yet. Apply the migrations with npm run db:migrate, then try again.\n');
  } else {
    throw error;
  }
  process.exitCode = 1;
} finally {
  await prisma.close();
}
