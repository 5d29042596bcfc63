/** Text of `pressroom enqueue --help`. */
export const ENQUEUE_HELP = `pressroom enqueue <inputs...> --redis <url> --queue <name> [options]

Splits the inputs into jobs on a BullMQ queue in Redis, for \`pressroom worker\` processes on any
number of machines. Jobs hold paths and byte ranges, not pages: every worker must see the
inputs at the same absolute paths (a shared filesystem: NFS, a mounted bucket, ...).

How inputs are split (N = --pages-per-job):
  *.warc, *.warc.gz     ranges of N response records, cut at record boundaries (for .gz, at gzip
                        member boundaries, one member per record as Common Crawl writes them;
                        a file gzipped as a single member stays one job)
  *.jsonl, *.ndjson     ranges of N lines (a .gz file is one job)
  *.html, *.htm (.gz)   N files per job
  directories           walked recursively in name order, as \`pressroom batch\` does

Enqueuing the same inputs twice adds nothing twice (a job's id is a hash of its inputs and
options), but puts the jobs that had failed back to wait with fresh attempts: fix the cause
(a file the workers could not read, say), then enqueue the same inputs again.

Options:
  --redis <url>          redis://[user:password@]host[:port][/db] or rediss:// (required)
  --queue <name>         queue name (required)
  --pages-per-job <n>    pages per job (default 100)
  --timeout <ms>         time budget per page, as in batch (default 10000)
  --fields a,b,c         keep only these fields of each result (as in batch)
  --attempts <n>         tries per job before it is failed (default 5)
  --backoff <ms>         delay before the first retry, doubled at each retry (default 2000)
  --prefix <p>           Redis key prefix (default pressroom)
  -h, --help             this help

Examples:
  pressroom enqueue /mnt/crawl/CC-NEWS-*.warc.gz --redis redis://10.0.0.5:6379 --queue news
  pressroom enqueue /mnt/pages/ --redis redis://10.0.0.5 --queue pages --fields title,byline,money

Prints a summary (jobs, pages, jobs already queued) on stderr. Exit codes: 0 ok, 2 usage
error, 3 input not found or Redis unreachable.
`;

/** Text of `pressroom worker --help`. */
export const WORKER_HELP = `pressroom worker --redis <url> --queue <name> --out <dir> [options]

Takes jobs from the queue and parses their pages on a pool of worker threads, as \`pressroom
batch\` does. Run one per machine (or more), all against the same Redis and queue. Each job is
written to <dir>/<job id>.jsonl, one line per page in input order, atomically when the job
completes: a killed worker leaves no partial shard, and its job is taken over by another worker
once its lock expires (--lock-ms) and written again, whole. A page that fails is a line with
its "error", as in batch; a job whose inputs cannot be read is retried with exponential
backoff, then marked failed with its error (see \`pressroom status\`). The results are the union
of the shards: cat <dir>/*.jsonl.

Options:
  --redis <url>          redis://[user:password@]host[:port][/db] or rediss:// (required)
  --queue <name>         queue name (required)
  --out <dir>            directory of the shards (required; created if missing)
  --workers <n>          worker threads (default: one per core)
  --concurrency <n>      jobs taken at once (default 2, so threads never wait between jobs)
  --lock-ms <ms>         a job whose worker is silent this long is given to another (default 30000)
  --until-empty          exit once no job is waiting, retrying or active
  --prefix <p>           Redis key prefix (default pressroom)
  -h, --help             this help

Stop with Ctrl-C or SIGTERM: running jobs are finished first (a second signal stops at once;
those jobs are then redone elsewhere).

Examples:
  pressroom worker --redis redis://10.0.0.5:6379 --queue news --out /mnt/out/news
  pressroom worker --redis redis://10.0.0.5 --queue pages --out out/ --workers 4 --until-empty

Logs one line per job on stderr (JSON when stderr is not a terminal), then a JSON summary.
Exit codes: 0 stopped, 2 usage error, 3 Redis unreachable.
`;

/** Text of `pressroom status --help`. */
export const STATUS_HELP = `pressroom status --redis <url> --queue <name> [--json]

Shows a queue's progress across all its workers: jobs done, failed, waiting, active and
retrying; pages done; pages per second over the last minute and overall; the workers
connected; the last failed jobs with their errors.

Options:
  --redis <url>          redis://[user:password@]host[:port][/db] or rediss:// (required)
  --queue <name>         queue name (required)
  --json                 print one JSON object instead of text
  --prefix <p>           Redis key prefix (default pressroom)
  -h, --help             this help

Examples:
  pressroom status --redis redis://10.0.0.5:6379 --queue news
  watch -n 5 pressroom status --redis redis://10.0.0.5 --queue news

Exit codes: 0 ok, 2 usage error, 3 Redis unreachable.
`;
