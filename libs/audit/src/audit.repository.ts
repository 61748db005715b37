import { Injectable } from '@nestjs/common';
import type { Cursor } from '@oneplan/graphql';
import { type AuditEventRow, PrismaService } from '@oneplan/prisma';

export type NewAuditEvent = Omit<AuditEventRow, 'id' | 'occurredAt'>;

export interface AuditFilter {
  patientId?: string;
  staffId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insertMany(events: NewAuditEvent[]): Promise<void> {
    await this.prisma.auditEvent.createMany({ data: events });
  }

  /** Events newest first (keyset on occurredAt, id). */
  page(filter: AuditFilter, take: number, after?: Cursor): Promise<AuditEventRow[]> {
    const before = after && new Date(after.value);
    return this.prisma.auditEvent.findMany({
      where: {
        ...(filter.patientId ? { patientId: filter.patientId } : {}),
        ...(filter.staffId ? { staffId: filter.staffId } : {}),
        occurredAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) },
        ...(before ? { OR: [{ occurredAt: { lt: before } }, { occurredAt: before, id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      take,
    });
  }
}
