import { type IncomingHttpHeaders, type IncomingMessage, request } from 'node:http';

/** One event of a Server-Sent Events stream as a browser's EventSource sees it, comments and `retry:` included. */
export interface StreamFrame {
  event?: string;
  data?: string;
  retry?: number;
  comments: string[];
}

export interface OpenStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Every frame received so far. */
  frames: StreamFrame[];
  /** The parsed `data` of the unnamed events (LiveEvents). */
  events(): unknown[];
  /** Resolves when the server ended the stream (or the body of a refusal was read). */
  ended: Promise<void>;
  isEnded(): boolean;
  /** The body as text (a refusal's JSON). */
  text(): string;
  /** Goes away, as a closed browser tab does. */
  close(): void;
}

/** Opens `GET /api/events` (or `path`) over real HTTP, on a connection of its own, and reads it as it comes. */
export function openEventStream(port: number, cookie?: string, path = '/api/events'): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) };
    const outgoing = request({ host: '127.0.0.1', port, method: 'GET', path, headers, agent: false }, (res: IncomingMessage) => {
      let raw = '';
      let parsedUpTo = 0;
      let done = false;
      const frames: StreamFrame[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        raw += chunk;
        for (let end = raw.indexOf('\n\n', parsedUpTo); end >= 0; end = raw.indexOf('\n\n', parsedUpTo)) {
          frames.push(parseFrame(raw.slice(parsedUpTo, end)));
          parsedUpTo = end + 2;
        }
      });
      const ended = new Promise<void>((resolveEnd) => {
        const finish = () => {
          done = true;
          resolveEnd();
        };
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', finish);
      });
      resolve({
        status: res.statusCode!,
        headers: res.headers,
        frames,
        events: () => frames.filter((frame) => frame.data !== undefined && frame.event === undefined).map((frame) => JSON.parse(frame.data!)),
        ended,
        isEnded: () => done,
        text: () => raw,
        close: () => outgoing.destroy(),
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function parseFrame(block: string): StreamFrame {
  const frame: StreamFrame = { comments: [] };
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) frame.comments.push(line.slice(1).trim());
    else if (line.startsWith('data:')) frame.data = frame.data === undefined ? line.slice(5).trimStart() : `${frame.data}\n${line.slice(5).trimStart()}`;
    else if (line.startsWith('event:')) frame.event = line.slice(6).trim();
    else if (line.startsWith('retry:')) frame.retry = Number(line.slice(6).trim());
  }
  return frame;
}
