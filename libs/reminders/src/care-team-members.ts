import type { CareTeamRole } from '@oneplan/prisma';

/** A member of a patient's care team in force, as the reminder reads return them. */
export interface TeamMember {
  staffId: string;
  role: CareTeamRole;
}

/** The members of a care team holding one of the roles. */
export const holding = (subject: { team: TeamMember[] }, ...roles: CareTeamRole[]) => subject.team.filter((member) => roles.includes(member.role)).map((member) => member.staffId);
