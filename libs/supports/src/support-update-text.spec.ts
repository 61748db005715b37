import { supportUpdateText } from './support-update-text.js';

const base = {
  firstName: 'Alex',
  supportName: 'Dana',
  appointments: [
    { startsAt: new Date('2026-12-01T15:00:00Z'), kind: 'SESSION' as const, type: 'FAMILY', topic: null },
    { startsAt: new Date('2026-12-02T14:00:00Z'), kind: 'GROUP' as const, type: 'RELAPSE_PREVENTION', topic: 'Relapse prevention' },
  ],
  safetyPlan: { warningSigns: ['Isolating'], copingStrategies: ['Walks'], peopleAndPlaces: [], contacts: [], crisisLines: [{ name: 'County crisis team', phone: '555-0100' }] },
  timeZone: 'America/New_York',
};

describe('supportUpdateText', () => {
  it('should carry only what was asked for, naming groups only under a substance-use consent', () => {
    const appointments = supportUpdateText({ ...base, contents: ['APPOINTMENTS'], substanceUse: false }).body;
    expect(appointments).toContain('Tue 1 Dec, 10:00: Family session');
    expect(appointments).toContain('Wed 2 Dec, 09:00: Group session');
    expect(appointments).not.toMatch(/Relapse|988|Isolating/);
    expect(supportUpdateText({ ...base, contents: ['APPOINTMENTS'], substanceUse: true }).body).toContain('Group: Relapse prevention');
  });

  it('should list 988, 911, SAMHSA and the safety plan’s own lines, and how to help from the safety plan', () => {
    const body = supportUpdateText({ ...base, contents: ['CRISIS_LINES', 'HOW_TO_HELP'], substanceUse: false }).body;
    for (const line of ['988', '911', '1-800-662-4357', 'County crisis team, 555-0100', 'Isolating', 'Walks']) expect(body).toContain(line);
    expect(body).not.toContain('Appointments');
  });
});
