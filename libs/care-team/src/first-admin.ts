import { isEmail } from 'class-validator';
import { type OrganizationRow, PrismaErrorCode, prismaErrorCode, type StaffMemberRow } from '@oneplan/prisma';
import { CareTeamRepository } from './care-team.repository.js';

/** The name an organization gets when the first administrator names none. */
export const DEFAULT_ORGANIZATION_NAME = 'OnePlan organization';

export interface FirstAdminRequest {
  email: string;
  name: string;
  /** The organization's name: found, or created when no organization has it. */
  organization?: string;
  credentials?: string;
}

export interface FirstAdminOutcome {
  admin: StaffMemberRow;
  organization: OrganizationRow;
  createdAdmin: boolean;
  createdOrganization: boolean;
}

/** Why no administrator was created: one sentence for the person at the console. */
export class FirstAdminRefused extends Error {}

/**
 * Makes sure an organization has the administrator named (npm run admin:create): on an empty database it
 * creates the organization and its first administrator; run again with the same email it changes nothing
 * and says so. Concurrent runs meet on the unique email and organization name.
 */
export class FirstAdmin {
  constructor(private readonly repository: CareTeamRepository) {}

  async ensure(request: FirstAdminRequest): Promise<FirstAdminOutcome> {
    const email = request.email.trim().toLowerCase();
    const name = request.name.trim();
    if (!isEmail(email) || email.length > 320) throw new FirstAdminRefused(`--email must be an email address, not "${request.email}"`);
    if (name.length < 1 || name.length > 200) throw new FirstAdminRefused('--name must be 1-200 characters');
    if (request.organization !== undefined && (request.organization.trim().length < 1 || request.organization.trim().length > 200)) {
      throw new FirstAdminRefused('--organization must be 1-200 characters');
    }
    const existing = await this.repository.staffByEmail(email);
    if (existing) return this.existing(existing, request.organization?.trim());
    const { organization, created: createdOrganization } = await this.organizationFor(request.organization?.trim());
    try {
      const admin = await this.repository.createOrganizationAdmin({ organizationId: organization.id, name, email, credentials: request.credentials?.trim() || 'Administrator' });
      return { admin, organization, createdAdmin: true, createdOrganization };
    } catch (error) {
      if (prismaErrorCode(error) !== PrismaErrorCode.UniqueConstraintFailed) throw error;
      // Another run created the same person a moment ago.
      return this.existing((await this.repository.staffByEmail(email))!, request.organization?.trim());
    }
  }

  private async existing(staff: StaffMemberRow, organizationName?: string): Promise<FirstAdminOutcome> {
    if (staff.discipline !== 'ORGANIZATION_ADMIN' || !staff.organizationId) {
      throw new FirstAdminRefused(`${staff.email} is already a staff member of a program (${staff.discipline}); choose another email for the organization's administrator`);
    }
    const [organization] = await this.repository.organizationsByIds([staff.organizationId]);
    if (organizationName !== undefined && organization.name !== organizationName) {
      throw new FirstAdminRefused(`${staff.email} is already the administrator of another organization ("${organization.name}")`);
    }
    return { admin: staff, organization, createdAdmin: false, createdOrganization: false };
  }

  /** The organization named, else the only one there is, else a new one; several and none named is refused. */
  private async organizationFor(name?: string): Promise<{ organization: OrganizationRow; created: boolean }> {
    if (name === undefined) {
      const organizations = await this.repository.organizations(2);
      if (organizations.length === 1) return { organization: organizations[0], created: false };
      if (organizations.length > 1) throw new FirstAdminRefused('This database holds several organizations: name one with --organization');
    }
    const wanted = name ?? DEFAULT_ORGANIZATION_NAME;
    const found = await this.repository.organizationNamed(wanted);
    if (found) return { organization: found, created: false };
    try {
      return { organization: await this.repository.createOrganization(wanted), created: true };
    } catch (error) {
      if (prismaErrorCode(error) !== PrismaErrorCode.UniqueConstraintFailed) throw error;
      return { organization: (await this.repository.organizationNamed(wanted))!, created: false };
    }
  }
}
