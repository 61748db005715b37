export { SCORE_RANGES, SELF_HARM_ITEM_RANGE } from './measure-ranges.js';
export { MeasuresModule } from './measures.module.js';
