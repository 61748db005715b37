import { INSTRUMENTS, scoreAnswers } from './instruments.js';

describe('self-report instruments', () => {
  it('should hold each questionnaire whole', () => {
    expect([INSTRUMENTS.PHQ9.items.length, INSTRUMENTS.GAD7.items.length, INSTRUMENTS.PCL5.items.length, INSTRUMENTS.CRAVING.items.length]).toEqual([9, 7, 20, 1]);
  });

  it('should score PHQ-9 with item 9 apart, and PCL-5 out of 80', () => {
    expect(scoreAnswers('PHQ9', [1, 2, 1, 1, 0, 2, 1, 0, 1])).toEqual({ type: 'PHQ9', score: 9, selfHarmItem: 1 });
    expect(scoreAnswers('PCL5', Array(20).fill(4))).toEqual({ type: 'PCL5', score: 80, selfHarmItem: null });
    expect(scoreAnswers('CRAVING', [7])).toEqual({ type: 'CRAVING', score: 7, selfHarmItem: null });
  });

  it('should refuse a missing, extra, fractional or out-of-range answer, naming it', () => {
    expect(scoreAnswers('GAD7', [0, 1, 2])).toEqual({ invalid: 'answers.GAD7 must hold 7 answers' });
    expect(scoreAnswers('GAD7', [0, 1, 2, 3, 4, 0, 0])).toEqual({ invalid: 'answers.GAD7.4 must be one of the choices offered' });
    expect(scoreAnswers('PHQ9', [0, 0, 0, 0, 0, 0, 0, 0, 0.5])).toEqual({ invalid: 'answers.PHQ9.8 must be one of the choices offered' });
    expect(scoreAnswers('CRAVING', '7')).toEqual({ invalid: 'answers.CRAVING must hold 1 answers' });
  });
});
