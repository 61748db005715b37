import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadUserInputError } from '@oneplan/errors';

function firstFailure(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const error = errors[0];
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints) return { field, message: Object.values(error.constraints)[0] };
  return firstFailure(error.children ?? [], field);
}

/** Validates every resolver argument; the first failure becomes BAD_USER_INPUT naming its field. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const { field, message } = firstFailure(errors);
      return new BadUserInputError(field, message);
    },
  });
}
