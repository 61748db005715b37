import { type AsamDimension, recommendLevel } from './level-of-care-rules.js';

const NONE: Record<AsamDimension, number> = {
  ACUTE_INTOXICATION_WITHDRAWAL: 0,
  BIOMEDICAL: 0,
  EMOTIONAL_BEHAVIORAL_COGNITIVE: 0,
  READINESS_TO_CHANGE: 0,
  RELAPSE_CONTINUED_USE: 0,
  RECOVERY_ENVIRONMENT: 0,
};
const recommend = (ratings: Partial<Record<AsamDimension, number>>, extra: { withdrawalRisk?: boolean; phq9Item9?: number | null } = {}) =>
  recommendLevel({ ratings: { ...NONE, ...ratings }, withdrawalRisk: extra.withdrawalRisk ?? false, phq9Item9: extra.phq9Item9 ?? null });

describe('Level-of-care recommendation rules', () => {
  it('rule 1: withdrawal risk, or dimension 1 at 3 or more, refers to withdrawal management (2 does not)', () => {
    expect(recommend({}, { withdrawalRisk: true }).level).toBe('WITHDRAWAL_MANAGEMENT');
    expect(recommend({ ACUTE_INTOXICATION_WITHDRAWAL: 3 })).toEqual({ level: 'WITHDRAWAL_MANAGEMENT', reasons: ['Dimension 1 (3): medically supervised withdrawal management before this program'] });
    expect(recommend({ ACUTE_INTOXICATION_WITHDRAWAL: 2 }).level).toBe('VIRTUAL_IOP');
    // Withdrawal comes first, whatever else is rated.
    expect(recommend({ ACUTE_INTOXICATION_WITHDRAWAL: 4, EMOTIONAL_BEHAVIORAL_COGNITIVE: 4 }).level).toBe('WITHDRAWAL_MANAGEMENT');
  });

  it('rule 2: dimension 2 or 3 at 4 (imminent danger) refers to residential stabilization (3 does not)', () => {
    expect(recommend({ EMOTIONAL_BEHAVIORAL_COGNITIVE: 4 })).toEqual({ level: 'RESIDENTIAL', reasons: ['Dimension 3 (4) rated 4 (imminent danger): 24-hour stabilization first'] });
    expect(recommend({ BIOMEDICAL: 4 }).level).toBe('RESIDENTIAL');
    expect(recommend({ RELAPSE_CONTINUED_USE: 4 }).level).toBe('PHP');
    expect(recommend({ EMOTIONAL_BEHAVIORAL_COGNITIVE: 3 }).level).toBe('PHP');
  });

  it('rule 3: dimension 2, 3, 5 or 6 at 3 recommends PHP (2 does not)', () => {
    for (const dimension of ['BIOMEDICAL', 'EMOTIONAL_BEHAVIORAL_COGNITIVE', 'RELAPSE_CONTINUED_USE', 'RECOVERY_ENVIRONMENT'] as const) expect(recommend({ [dimension]: 3 }).level).toBe('PHP');
    expect(recommend({ RECOVERY_ENVIRONMENT: 3, RELAPSE_CONTINUED_USE: 3 }).reasons[0]).toBe('Dimension 5 (3), 6 (3) rated 3: daily structured treatment (PHP)');
    expect(recommend({ BIOMEDICAL: 2 }).level).toBe('VIRTUAL_IOP');
  });

  it('rule 4: dimension 3, 5 or 6 at 2 recommends IOP (1 does not)', () => {
    for (const dimension of ['EMOTIONAL_BEHAVIORAL_COGNITIVE', 'RELAPSE_CONTINUED_USE', 'RECOVERY_ENVIRONMENT'] as const) expect(recommend({ [dimension]: 2 }).level).toBe('IOP');
    expect(recommend({ RECOVERY_ENVIRONMENT: 1, RELAPSE_CONTINUED_USE: 1, EMOTIONAL_BEHAVIORAL_COGNITIVE: 1 }).level).toBe('VIRTUAL_IOP');
  });

  it('rule 5: otherwise virtual IOP; readiness never raises the level, and is named from 3', () => {
    expect(recommend({ READINESS_TO_CHANGE: 4 })).toEqual({
      level: 'VIRTUAL_IOP',
      reasons: ['Dimensions 3, 5 and 6 rated 1 or less: intensive outpatient from home (virtual IOP)', 'Readiness to change rated 4: motivational work from the start'],
    });
    expect(recommend({ READINESS_TO_CHANGE: 2 }).reasons).toHaveLength(1);
  });

  it('names a PHQ-9 item 9 above 0 among the reasons without changing the level', () => {
    expect(recommend({ RELAPSE_CONTINUED_USE: 2 }, { phq9Item9: 1 })).toEqual({
      level: 'IOP',
      reasons: ['Dimension 5 (2) rated 2: intensive outpatient (IOP)', 'PHQ-9 item 9 above 0: review the safety plan on admission'],
    });
    expect(recommend({}, { phq9Item9: 0 }).reasons).toHaveLength(1);
  });
});
