import nodemailer from 'nodemailer';

export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
};

export type MailTransport = {
  kind: 'smtp' | 'dev-mailbox';
  send: (mail: OutgoingEmail) => Promise<void>;
  /** Checks that the server can be reached (connects and greets it); throws when it cannot. */
  verify: () => Promise<void>;
  close: () => void;
};

/** SMTP through nodemailer (`smtp://user:pass@host:port`, `smtps://…` for implicit TLS). */
export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
    },
    async verify() {
      await transporter.verify();
    },
    close: () => transporter.close(),
  };
}

/**
 * The development mailbox: the outbox row itself is the stored message, shown at `/dev/mail`.
 * "Sending" only marks it delivered.
 */
export function createDevMailboxTransport(): MailTransport {
  return {
    kind: 'dev-mailbox',
    send: async () => undefined,
    verify: async () => undefined,
    close: () => undefined,
  };
}

/** Whether an SMTP failure is permanent (5xx reply): retrying cannot help. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** nodemailer's codes (and Node's) for "the server could not be reached or dropped us". */
const CONNECTION_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'EPROXY',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
]);

/**
 * Whether an SMTP failure says nothing about the mail but that the server is unreachable (no
 * connection, a dropped one, or 421 "service not available"): every mail would fail the same way
 * until the server is back, so the worker stops trying them and probes the server instead.
 */
export function isConnectionFailure(error: unknown): boolean {
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return responseCode === 421 || (typeof code === 'string' && CONNECTION_CODES.has(code));
}
