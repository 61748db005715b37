/** The lines everyone can reach, shown wherever a patient or their supports may need help at once (US). */
export const NATIONAL_CRISIS_LINES = [
  { name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' },
  { name: 'Emergency services', contact: 'call 911' },
  { name: 'SAMHSA National Helpline (free, confidential, 24/7)', contact: '1-800-662-4357' },
] as const;
