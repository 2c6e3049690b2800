/**
 * An article that cannot be analysed as written: the message names the problem and `line` the
 * place. The analyzer turns it into a failed file (exit 2) instead of a crash.
 */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}
