import 'reflect-metadata';
import { ActorRepository, BearerTokens } from '@oneplan/auth';
import { loadConfig, requireDependencies } from '@oneplan/config';
import { PrismaService } from '@oneplan/prisma';

/** npm run token -- <staff email>: prints a bearer token for an active staff member (demo and development). */
const email = process.argv[2];
if (!email) {
  process.stderr.write('Usage: npm run token -- <staff email>\n');
  process.exit(1);
}
const config = loadConfig();
await requireDependencies(config, 'token command', ['PostgreSQL']);
const prisma = new PrismaService(config);
try {
  const staffId = await new ActorRepository(prisma).findIdByEmail(email);
  if (!staffId) {
    process.stderr.write(`No active staff member has the email ${email}. Seed the demo clinic with npm run db:seed.\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${await new BearerTokens(config).issue(staffId)}\n`);
  }
} finally {
  await prisma.close();
}
