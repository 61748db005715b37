import { type ExecutionContext, type Type, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { GqlExecutionContext } from '@nestjs/graphql';
import { BadUserInputError, type InvalidField } from '@oneplan/errors';

/** Every invalid field, nested ones by their path (`input.entries.2.note`), with the first reason each. */
function failures(errors: ValidationError[], prefix = ''): InvalidField[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, message: Object.values(error.constraints)[0] }] : [];
    return [...own, ...failures(error.children ?? [], field)];
  });
}

/** Validates every resolver argument; each invalid field becomes a BAD_USER_INPUT naming it, all in one response. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const [first, ...others] = failures(errors);
      return new BadUserInputError(first.field, first.message, others);
    },
  });
}

const PIPE = inputValidationPipe();

/**
 * Validates a resolver's arguments as the pipe will, for callers that run before pipes do (the access
 * guard, which reads ids from the input): throws the BAD_USER_INPUT naming every invalid field.
 */
export async function validateArguments(context: ExecutionContext): Promise<void> {
  const [type, handler] = [context.getClass(), context.getHandler()];
  const params: Record<string, { index: number; data?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, type, handler.name) ?? {};
  const metatypes: Array<Type | undefined> = Reflect.getMetadata('design:paramtypes', type.prototype, handler.name) ?? [];
  const args = GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
  for (const { index, data } of Object.values(params)) {
    if (typeof data === 'string' && data in args) await PIPE.transform(args[data], { type: 'body', metatype: metatypes[index], data });
  }
}
