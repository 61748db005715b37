import 'reflect-metadata';
import { verifyAuditChain } from '@oneplan/audit';
import { loadConfig } from '@oneplan/config';
import { PrismaService } from '@oneplan/prisma';

/** npm run audit:verify: checks the audit trail's hash chain; exits 1 and names the first broken link. */
const prisma = new PrismaService(loadConfig());
try {
  const { checked, broken } = await verifyAuditChain(prisma);
  if (broken) {
    process.stdout.write(`Audit chain broken at event ${broken.seq} (${broken.id}): ${broken.problem}; ${checked} events before it are intact\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`Audit chain intact: ${checked} events\n`);
  }
} finally {
  await prisma.close();
}
