import { registerEnumType } from '@nestjs/graphql';
import { CareTeamRole, Discipline, EpisodeStatus, LevelOfCare, OutcomeMeasureType, ReferralDestination } from '@oneplan/prisma';

registerEnumType(LevelOfCare, {
  name: 'LevelOfCare',
  description: 'Level of care: partial hospitalization (PHP), intensive outpatient (IOP) or virtual IOP.',
});
registerEnumType(ReferralDestination, { name: 'ReferralDestination', description: 'Where a patient is referred out to.' });
registerEnumType(Discipline, { name: 'Discipline', description: "A staff member's discipline." });
registerEnumType(CareTeamRole, { name: 'CareTeamRole', description: "A staff member's role on one patient's care team." });
registerEnumType(EpisodeStatus, { name: 'EpisodeStatus', description: 'Whether an episode of care is open or the patient was discharged.' });
registerEnumType(OutcomeMeasureType, {
  name: 'OutcomeMeasureType',
  description: 'Standard outcome measures: PHQ-9 (0-27), GAD-7 (0-21), PCL-5 (0-80), AUDIT-C (0-12), craving rating (0-10).',
});

export { CareTeamRole, Discipline, EpisodeStatus, LevelOfCare, OutcomeMeasureType, ReferralDestination };
