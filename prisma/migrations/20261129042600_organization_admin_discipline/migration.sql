-- A migration of its own: PostgreSQL lets a new enum value be used only once the transaction adding it has committed.
ALTER TYPE "Discipline" ADD VALUE 'ORGANIZATION_ADMIN';
