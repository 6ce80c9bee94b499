// The application's error model: one AppError type for every refusal the domain throws on
// purpose, and the mappers that answer it over HTTP or to a form. A leaf: it imports nothing of
// ours, so every module may use it, and it is client-safe.
export { AppError, FORM_FIELD, fieldsOf, firstMessages, isAppError } from "./app-error";
export type { AppErrorOptions, FieldErrors } from "./app-error";
export { fieldErrorsFromZod, invalidInput } from "./zod";
export { errorResponse, INTERNAL_MESSAGE } from "./http";
export type { ErrorResponseOptions } from "./http";
export { actionFailure } from "./action";
export type { ActionFailure, ActionFailureOptions } from "./action";
