/** Text of `pressroom --help`. */
export const MAIN_HELP = `pressroom: news web pages to structured data (article, authors, quotes, money)

Usage:
  pressroom parse <file | url | -> [options]    parse one page and print the result
  pressroom batch <inputs...> --out file.jsonl   parse many pages on every core, one JSON line each
  pressroom enqueue <inputs...> --redis <url> --queue <name>   split a crawl into jobs on a Redis queue
  pressroom worker --redis <url> --queue <name> --out <dir>    process queued jobs (on any number of machines)
  pressroom status --redis <url> --queue <name> [--json]       progress of a queue across its workers
  pressroom help <command>                       options and examples of a command
  pressroom --version

Examples:
  pressroom parse article.html --url https://example.com/news/1
  pressroom parse https://www.example.com/news/1 --format markdown
  curl -s https://www.example.com/news/1 | pressroom parse - --fields title,byline,money
  pressroom batch crawl/CC-NEWS-*.warc.gz --out pages.jsonl --shard 1/4 --resume
  pressroom enqueue /mnt/crawl/*.warc.gz --redis redis://10.0.0.5:6379 --queue news
  pressroom worker --redis redis://10.0.0.5:6379 --queue news --out /mnt/out/news

Exit codes:
  0  success
  1  batch: some pages failed (their lines carry "error"); the others were written
  2  usage error (unknown command or option, bad value)
  3  input error (unreadable file, over --max-bytes, failed or refused fetch, malformed WARC)
  4  parse: the page could not be parsed (the time budget ran out: the message names the stage)
  70 internal error (a bug: please report it)
`;

/** Text of `pressroom parse --help`. */
export const PARSE_HELP = `pressroom parse <file | url | -> [options]

Parses one page: a file (HTML, decoded by its <meta> charset, else UTF-8), an http(s) URL
(fetched safely: time budget, size cap, at most 5 redirects, no private addresses), or - for
HTML on stdin. Prints the result on stdout.

Options:
  --format json|markdown|text  output format (default json)
  --fields a,b,c               JSON: keep only these top-level fields (title, byline, quotes, money,
                               text, blocks, html, timings, warnings, publishedAt, ...)
  --url <url>                  the page's address, when parsing a file or stdin (helps dates,
                               country and relative links)
  --timeout <ms>               time budget for fetching, and again for parsing (default 15000)
  --max-bytes <n>              largest page accepted, in bytes (default 10000000)
  --allow-private              allow fetching loopback, private and link-local addresses
  -h, --help                   this help

Examples:
  pressroom parse article.html --url https://www.example.com.au/news/1
  pressroom parse https://www.example.com/news/1 --format markdown > article.md
  pressroom parse https://www.example.com/news/1 --fields title,byline,quotes
  cat page.html | pressroom parse - --format text
  pressroom parse http://127.0.0.1:8080/test.html --allow-private

Exit codes: 0 ok, 2 usage error, 3 file or fetch error (refused address, over --max-bytes),
4 parse failed (the time budget ran out in the stage the message names).
`;

/** Text of `pressroom batch --help`. */
export const BATCH_HELP = `pressroom batch <inputs...> --out file.jsonl [options]

Parses many pages on a pool of worker threads and writes one JSON line per page to --out:
{"id", "url", ...result} or, for a page that failed, {"id", "url", "error": {"code", "message"}}.
Lines come in the order pages finish, not input order. A failing page never stops the batch.

Inputs (any mix):
  *.html, *.htm (.gz)   one page per file; id = the path
  directories           walked recursively, in name order, for HTML, JSONL and WARC files
  *.jsonl, *.ndjson     one {"url": ..., "html": ...} per line (optional "id"; else url, else file#line)
  *.warc, *.warc.gz     response records only (Common Crawl, CC-NEWS); id = WARC-Record-ID,
                        url = WARC-Target-URI; HTTP headers parsed, charset honoured; non-HTML
                        and non-2xx records skipped
  -                     JSON Lines on stdin

Options:
  --out <file>          output JSON Lines file (required)
  --workers <n>         worker threads (default: one per core)
  --timeout <ms>        time budget per page (default 10000); a page over it is written as a
                        PRESSROOM_TIMEOUT error, and a worker that does not answer is replaced
  --fields a,b,c        keep only these fields of each result (id, url and error are always kept)
  --resume              append to --out, skipping ids it already holds
  --shard i/n           parse only shard i of n (1-based), split by a hash of the page id, so n
                        machines can share one crawl: run 1/n ... n/n
  -h, --help            this help

Progress: a bar with pages/s and time left when stderr is a terminal; otherwise one JSON
summary line on stderr at the end (pages, ok, failed, skipped, pagesPerSecond, rssMb, ...).

Examples:
  pressroom batch pages/ --out pages.jsonl
  pressroom batch CC-NEWS-20240101.warc.gz --out news.jsonl --fields title,byline,money
  pressroom batch crawl/*.warc.gz --out part-2.jsonl --shard 2/8 --resume
  pressroom batch pages.jsonl --out out.jsonl --workers 2 --timeout 5000

Exit codes: 0 every page parsed, 1 some pages failed, 2 usage error, 3 input error.
`;
