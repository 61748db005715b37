import { IsInt, Max, Min, Validate, type ValidatorConstraintInterface, ValidatorConstraint } from 'class-validator';
import { BadUserInputError } from '@oneplan/errors';
import { inputValidationPipe } from './validation.js';

let checks = 0;

@ValidatorConstraint({ name: 'counted' })
class Counted implements ValidatorConstraintInterface {
  validate() {
    checks++;
    return true;
  }
}

class PageArgs {
  @IsInt()
  @Min(1)
  @Max(100)
  @Validate(Counted)
  last?: number;
}

describe('inputValidationPipe', () => {
  const pipe = inputValidationPipe();
  const transform = (value: unknown) => pipe.transform(value, { type: 'body', metatype: PageArgs, data: undefined });

  beforeEach(() => (checks = 0));

  it('should validate a flat argument once and give each later call an instance of its own', async () => {
    const first = await transform({ last: 10 });
    const second = await transform({ last: 10 });
    expect(checks).toBe(1);
    expect(second).toBeInstanceOf(PageArgs);
    expect(second).toEqual(first);
    (second as PageArgs).last = 99;
    expect(await transform({ last: 10 })).toEqual({ last: 10 });
    await transform({ last: 11 });
    expect(checks).toBe(2);
  });

  it('should refuse an invalid flat argument every time, and strip properties the type does not declare', async () => {
    for (let i = 0; i < 2; i++) await expect(transform({ last: 101 })).rejects.toBeInstanceOf(BadUserInputError);
    expect(await transform({ last: 5, extra: 'x' })).toEqual({ last: 5 });
    expect(await transform({ last: 5, extra: 'x' })).toEqual({ last: 5 });
    await expect(transform({ last: 5, note: 'a\u0000b' })).rejects.toBeInstanceOf(BadUserInputError);
  });
});
