import { DateTime } from 'luxon';
import { NATIONAL_CRISIS_LINES, safetyPlanSections } from '@oneplan/plan';
import type { DisclosureCategory, SafetyPlanRow, SupportUpdateContent } from '@oneplan/prisma';
import type { Appointment } from './supports.repository.js';

/** The consent categories each kind of content needs. */
export const CATEGORIES_OF: Record<SupportUpdateContent, DisclosureCategory[]> = {
  APPOINTMENTS: ['ATTENDANCE'],
  CRISIS_LINES: ['SAFETY_PLAN'],
  HOW_TO_HELP: ['SAFETY_PLAN'],
};

const SESSION_NAMES: Record<string, string> = { FAMILY: 'Family session', CASE_MANAGEMENT: 'Case management meeting' };

export interface SupportUpdateText {
  firstName: string;
  supportName: string;
  contents: SupportUpdateContent[];
  appointments: Appointment[];
  safetyPlan: Pick<SafetyPlanRow, 'warningSigns' | 'copingStrategies' | 'peopleAndPlaces' | 'contacts' | 'crisisLines'> | null;
  /** Whether the consent covers substance-use information: only then are groups named (a group's name can say it). */
  substanceUse: boolean;
  note?: string;
  timeZone: string;
}

/** The email a support receives: plain text, what the consent covers and nothing else, no diagnosis. */
export function supportUpdateText(input: SupportUpdateText): { subject: string; body: string } {
  const parts = [`Dear ${input.supportName},`, `${input.firstName} asked their care team to keep you informed. Here is an update.`];
  if (input.note) parts.push(input.note);
  if (input.contents.includes('APPOINTMENTS')) {
    const lines = input.appointments.map((item) => {
      const when = DateTime.fromJSDate(item.startsAt).setZone(input.timeZone).toFormat('ccc d LLL, HH:mm');
      const what = item.kind === 'SESSION' ? (SESSION_NAMES[item.type] ?? 'Individual session') : input.substanceUse && item.topic ? `Group: ${item.topic}` : 'Group session';
      return `- ${when}: ${what}`;
    });
    parts.push(`Appointments in the next 14 days:\n${lines.length ? lines.join('\n') : '- none scheduled'}`);
  }
  const sections = input.safetyPlan ? safetyPlanSections(input.safetyPlan) : [];
  const entries = (heading: string) => sections.find((section) => section.heading === heading)?.entries ?? [];
  if (input.contents.includes('HOW_TO_HELP')) {
    const signs = entries('Warning signs');
    const helps = entries('Coping strategies');
    parts.push(
      [
        'How you can help:',
        ...(signs.length ? [`- Signs that things are getting harder: ${signs.join('; ')}.`] : []),
        ...(helps.length ? [`- What helps: ${helps.join('; ')}.`] : []),
        '- Listen without judging, and ask directly if you are worried about their safety.',
        '- Support the plan rather than covering for setbacks: encourage them to reach their care team.',
      ].join('\n'),
    );
  }
  if (input.contents.includes('CRISIS_LINES')) {
    const lines = [...NATIONAL_CRISIS_LINES.map((line) => `${line.name}: ${line.contact}`), ...entries('Crisis lines')];
    parts.push(`If you are worried about their safety right now:\n${lines.map((line) => `- ${line}`).join('\n')}`);
  }
  parts.push('Please do not reply to this email: contact the care team directly with any question.');
  return { subject: 'An update from the care team', body: parts.join('\n\n') + '\n' };
}
