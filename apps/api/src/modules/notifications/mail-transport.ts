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
    close: () => transporter.close(),
  };
}

/**
 * The development mailbox: the outbox row itself is the stored message, shown at `/dev/mail`.
 * "Sending" only marks it delivered.
 */
export function createDevMailboxTransport(): MailTransport {
  return { kind: 'dev-mailbox', send: async () => undefined, close: () => undefined };
}

/** Whether an SMTP failure is permanent (5xx reply): retrying cannot help. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
