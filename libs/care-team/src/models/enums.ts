import { registerEnumType } from '@nestjs/graphql';
import { CareTeamRole, Discipline, EpisodeStatus, LevelOfCare, ReferralDestination } from '@oneplan/prisma';

registerEnumType(LevelOfCare, {
  name: 'LevelOfCare',
  description: 'Level of care: partial hospitalization (PHP), intensive outpatient (IOP) or virtual IOP.',
});
registerEnumType(ReferralDestination, { name: 'ReferralDestination', description: 'Where a patient is referred out to.' });
registerEnumType(Discipline, { name: 'Discipline', description: "A staff member's discipline." });
registerEnumType(CareTeamRole, { name: 'CareTeamRole', description: "A staff member's role on one patient's care team." });
registerEnumType(EpisodeStatus, { name: 'EpisodeStatus', description: 'Whether an episode of care is open or the patient was discharged.' });

export { CareTeamRole, Discipline, EpisodeStatus, LevelOfCare, ReferralDestination };
