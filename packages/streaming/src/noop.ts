/** Does nothing: a rejection handler for promises whose failure is seen elsewhere, or a default. */
export const noop = (): undefined => undefined;
