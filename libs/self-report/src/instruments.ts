import type { OutcomeMeasureType } from '@oneplan/prisma';

/** The measures a patient can fill in themselves. */
export const SELF_REPORT_TYPES = ['PHQ9', 'GAD7', 'PCL5', 'CRAVING'] as const;
export type SelfReportType = (typeof SELF_REPORT_TYPES)[number];

export interface Instrument {
  /** A plain heading: no instrument name that could read as a diagnosis. */
  title: string;
  prompt: string;
  options: Array<{ value: number; label: string }>;
  items: string[];
}

const TWO_WEEKS = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

/**
 * The questionnaires as published (PHQ-9 and GAD-7 by Spitzer, Williams, Kroenke et al., free to use;
 * PCL-5 by the National Center for PTSD, public domain), and a 0-10 craving rating.
 */
export const INSTRUMENTS: Record<SelfReportType, Instrument> = {
  PHQ9: {
    title: 'Your mood',
    prompt: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    options: TWO_WEEKS,
    items: [
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed; or the opposite, being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead, or of hurting yourself in some way',
    ],
  },
  GAD7: {
    title: 'Worry and nerves',
    prompt: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    options: TWO_WEEKS,
    items: [
      'Feeling nervous, anxious, or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid, as if something awful might happen',
    ],
  },
  PCL5: {
    title: 'Reactions to a stressful experience',
    prompt: 'In the past month, how much were you bothered by:',
    options: [
      { value: 0, label: 'Not at all' },
      { value: 1, label: 'A little bit' },
      { value: 2, label: 'Moderately' },
      { value: 3, label: 'Quite a bit' },
      { value: 4, label: 'Extremely' },
    ],
    items: [
      'Repeated, disturbing, and unwanted memories of the stressful experience',
      'Repeated, disturbing dreams of the stressful experience',
      'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)',
      'Feeling very upset when something reminded you of the stressful experience',
      'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)',
      'Avoiding memories, thoughts, or feelings related to the stressful experience',
      'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)',
      'Trouble remembering important parts of the stressful experience',
      'Having strong negative beliefs about yourself, other people, or the world (for example, thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)',
      'Blaming yourself or someone else for the stressful experience or what happened after it',
      'Having strong negative feelings such as fear, horror, anger, guilt, or shame',
      'Loss of interest in activities that you used to enjoy',
      'Feeling distant or cut off from other people',
      'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)',
      'Irritable behavior, angry outbursts, or acting aggressively',
      'Taking too many risks or doing things that could cause you harm',
      'Being "superalert" or watchful or on guard',
      'Feeling jumpy or easily startled',
      'Having difficulty concentrating',
      'Trouble falling or staying asleep',
    ],
  },
  CRAVING: {
    title: 'Cravings',
    prompt: 'Over the past week:',
    options: Array.from({ length: 11 }, (_, value) => ({ value, label: value === 0 ? '0 (none)' : value === 10 ? '10 (strongest)' : String(value) })),
    items: ['How strong was your strongest urge or craving to use?'],
  },
};

/** PHQ-9's item 9 (thoughts of self-harm), by its index. */
export const SELF_HARM_ITEM_INDEX = 8;

export interface Scored {
  type: OutcomeMeasureType;
  score: number;
  selfHarmItem: number | null;
}

/** A questionnaire's answers, checked and scored; the reason when an answer is missing or out of range. */
export function scoreAnswers(type: SelfReportType, answers: unknown): Scored | { invalid: string } {
  const instrument = INSTRUMENTS[type];
  if (!Array.isArray(answers) || answers.length !== instrument.items.length) return { invalid: `answers.${type} must hold ${instrument.items.length} answers` };
  const allowed = new Set(instrument.options.map((option) => option.value));
  const wrong = answers.findIndex((answer) => !Number.isInteger(answer) || !allowed.has(answer as number));
  if (wrong >= 0) return { invalid: `answers.${type}.${wrong} must be one of the choices offered` };
  const values = answers as number[];
  return { type, score: values.reduce((sum, value) => sum + value, 0), selfHarmItem: type === 'PHQ9' ? values[SELF_HARM_ITEM_INDEX] : null };
}
