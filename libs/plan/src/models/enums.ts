import { registerEnumType } from '@nestjs/graphql';
import { PlanStatus, ProblemCategory, TreatmentPhase } from '@oneplan/prisma';

registerEnumType(PlanStatus, { name: 'PlanStatus', description: 'Where a treatment plan stands.' });
registerEnumType(TreatmentPhase, {
  name: 'TreatmentPhase',
  description: 'Stage of care: stabilization comes before trauma processing, then maintenance.',
});
registerEnumType(ProblemCategory, { name: 'ProblemCategory', description: 'What a problem concerns: trauma, substance use, or both.' });

export { PlanStatus, ProblemCategory, TreatmentPhase };
