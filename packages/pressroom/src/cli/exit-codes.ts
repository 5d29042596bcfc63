/**
 * Exit codes of the `pressroom` command. Stable: scripts may rely on them.
 *
 * | code | meaning |
 * | ---- | ------- |
 * | 0 | success |
 * | 1 | `batch`: some pages failed (their output lines carry `error`); the rest were written |
 * | 2 | usage error: unknown command or option, bad option value |
 * | 3 | input error: a file that cannot be read or is over `--max-bytes`, a URL that cannot be fetched or is refused, a malformed WARC file |
 * | 4 | `parse`: the page could not be parsed (the time budget ran out: the message names the stage) |
 * | 70 | internal error (a bug: please report it) |
 */
export const EXIT = {
  OK: 0,
  PAGES_FAILED: 1,
  USAGE: 2,
  INPUT: 3,
  PARSE: 4,
  INTERNAL: 70,
} as const;
