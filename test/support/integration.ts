import { Test, type TestingModule } from '@nestjs/testing';
import type { DynamicModule, Type } from '@nestjs/common';
import { ConfigModule } from '@oneplan/config';
import type { Actor } from '@oneplan/graphql';
import { PrismaModule, PrismaService } from '@oneplan/prisma';
import { RedisModule } from '@oneplan/queue';
import { createSuiteDatabase, dropDatabase } from './databases.js';

/** A small clinic written straight to the database: one program, its staff, one patient in care with a plan. */
export interface SeededClinic {
  programId: string;
  therapist: Actor;
  prescriber: Actor;
  outsider: Actor;
  patientId: string;
  episodeId: string;
  planId: string;
}

const day = (offset: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset));

export async function seedClinic(prisma: PrismaService, tag = Math.random().toString(36).slice(2, 8)): Promise<SeededClinic> {
  const program = await prisma.program.create({
    data: { name: `Integration ${tag}`, levelOfCare: 'IOP', timeZone: 'America/New_York', organization: { create: { name: `Integration ${tag} organization` } } },
  });
  const staff = async (name: string, discipline: 'THERAPIST' | 'PRESCRIBER') => {
    const row = await prisma.staffMember.create({ data: { programId: program.id, name, email: `${name}.${tag}@test.example`, credentials: 'LCSW', discipline } });
    return { staffId: row.id, programId: program.id, organizationId: program.organizationId, discipline } satisfies Actor;
  };
  const [therapist, prescriber, outsider] = [await staff('therapist', 'THERAPIST'), await staff('prescriber', 'PRESCRIBER'), await staff('outsider', 'THERAPIST')];
  const patient = await prisma.patient.create({ data: { programId: program.id, firstName: 'Ada', lastName: `Integration ${tag}`, dateOfBirth: new Date('1990-01-01'), recordNumber: tag } });
  const episode = await prisma.episode.create({ data: { patientId: patient.id, programId: program.id, startDate: day(-30) } });
  await prisma.careTeamMember.createMany({
    data: [
      { episodeId: episode.id, staffId: therapist.staffId, role: 'PRIMARY_THERAPIST', fromDate: day(-30) },
      { episodeId: episode.id, staffId: prescriber.staffId, role: 'PRESCRIBER', fromDate: day(-30) },
    ],
  });
  const plan = await prisma.treatmentPlan.create({
    data: {
      episodeId: episode.id,
      levelOfCare: 'IOP',
      reviewCadenceDays: 30,
      nextReviewDate: day(20),
      createdById: therapist.staffId,
      safetyPlan: { create: { warningSigns: [], copingStrategies: [], peopleAndPlaces: [], crisisLines: [], updatedById: therapist.staffId } },
    },
  });
  return { programId: program.id, therapist, prescriber, outsider, patientId: patient.id, episodeId: episode.id, planId: plan.id };
}

/**
 * The integration tier: the real modules a library needs (no GraphQL, no HTTP) on a database of this
 * suite's own, cloned from the migrated template; Redis as configured. The returned object is filled in
 * by beforeAll: read its fields inside tests.
 */
export function useIntegration(imports: Array<Type | DynamicModule> = []): { module: TestingModule; prisma: PrismaService; clinic: SeededClinic } {
  const context = {} as { module: TestingModule; prisma: PrismaService; clinic: SeededClinic };
  let database: { name: string; url: string };
  beforeAll(async () => {
    database = await createSuiteDatabase();
    process.env.DATABASE_URL = database.url;
    process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
    context.module = await Test.createTestingModule({ imports: [ConfigModule, PrismaModule, RedisModule, ...imports] }).compile();
    await context.module.init();
    context.prisma = context.module.get(PrismaService);
    context.clinic = await seedClinic(context.prisma);
  });
  afterAll(async () => {
    await context.module?.close();
    await dropDatabase(database.name);
  });
  return context;
}
