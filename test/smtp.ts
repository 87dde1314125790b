import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  from: string;
  to: string[];
  /** The raw message as received (headers and MIME body). */
  raw: string;
  subject: string;
  /** The Message-ID header, angle brackets included ('' when the message has none). */
  messageId: string;
  /** The name the client gave in EHLO (nodemailer's `name`, e.g. `?name=instance-a` in SMTP_URL). */
  client: string;
  /** The message with quoted-printable soft breaks and escapes undone, for `toContain` checks. */
  decoded: string;
}

export interface TestSmtpServer {
  url: string;
  received: CapturedMail[];
  /** While set, every message is refused with this error (a transient 451, as a busy server would). */
  rejectWith: string | null;
  /**
   * A slow server: wait this long after a message's last byte before answering it. The message
   * is kept when the answer (250) goes out, as a server that queues and then answers does; a
   * client that hangs up before that has delivered nothing.
   */
  answerDelayMs: number;
  /** A server that queues a message on its last byte, before a slow answer: a client that gives up waiting has delivered it. */
  keepBeforeAnswer: boolean;
  /**
   * Called with each message as its last byte arrives (to act while a send is in flight); the
   * answer waits until what it returns settles, then the delay.
   */
  onMessage: ((mail: CapturedMail) => void | Promise<void>) | null;
  close(): Promise<void>;
}

/** A real SMTP listener on a random local port that keeps what it receives. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const closedSessions = new Set<string>();
  const state: TestSmtpServer = {
    url: '',
    received: [],
    rejectWith: null,
    answerDelayMs: 0,
    keepBeforeAnswer: false,
    onMessage: null,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.rejectWith) {
          callback(Object.assign(new Error(state.rejectWith), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: CapturedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          subject: header(raw, 'Subject'),
          messageId: header(raw, 'Message-ID'),
          client: session.hostNameAppearsAs,
          decoded: decodeQuotedPrintable(raw),
        };
        const answer = () => {
          if (!state.keepBeforeAnswer && !closedSessions.has(session.id)) state.received.push(mail);
          callback();
        };
        const delayMs = state.answerDelayMs;
        if (state.keepBeforeAnswer) state.received.push(mail);
        void Promise.resolve(state.onMessage?.(mail)).then(() => (delayMs > 0 ? setTimeout(answer, delayMs) : answer()));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}

function header(raw: string, name: string): string {
  const headers = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  return new RegExp(`^${name}: *(.*)$`, 'mi').exec(headers)?.[1]?.trim() ?? '';
}

function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes = Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  return bytes.toString('utf8');
}
