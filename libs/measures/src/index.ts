export { SCORE_RANGES, SELF_HARM_ITEM_RANGE } from './measure-ranges.js';
export { MeasuresModule } from './measures.module.js';
export { MEASURE_CODES, PHQ9_ITEM_9_CODE } from './measure-codes.js';
export { OutcomeMeasureRepository } from './outcome-measure.repository.js';
