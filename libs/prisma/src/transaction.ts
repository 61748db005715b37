import { Injectable } from '@nestjs/common';
import type { Prisma } from './generated/client.js';
import { PrismaService } from './prisma.service.js';

/** A transaction handle that repositories accept; services pass it along without looking inside. */
export type Tx = Prisma.TransactionClient;

/** Known Prisma error codes that the domain maps to its own errors. */
export enum PrismaErrorCode {
  UniqueConstraintFailed = 'P2002',
  ForeignKeyConstraintFailed = 'P2003',
  RecordNotFound = 'P2025',
  TransactionConflict = 'P2034',
}

const MAX_ATTEMPTS = 3;

/** Runs short explicit transactions, retrying a bounded number of times on serialization conflicts. */
@Injectable()
export class TransactionRunner {
  constructor(private readonly prisma: PrismaService) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.$transaction(work, { maxWait: 5000, timeout: 10000 });
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || prismaErrorCode(error) !== PrismaErrorCode.TransactionConflict) throw error;
      }
    }
  }
}

export function prismaErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
