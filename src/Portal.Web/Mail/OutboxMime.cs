using MimeKit;

namespace Portal.Web.Mail;

/// <summary>An outbox row as the MIME message the SMTP server receives.</summary>
public static class OutboxMime
{
    /// <summary>
    /// Headers in ASCII even when the server offers SMTPUTF8: a Vietnamese subject or name goes out as RFC 2047
    /// encoded words, which every client reads.
    /// </summary>
    public static readonly FormatOptions Format = CreateFormat();

    public static MimeMessage Build(OutboxMessage message, MailOptions options)
    {
        var mime = new MimeMessage
        {
            // Fixed when the row was written: a retry is the same message, and a receiver can tell.
            MessageId = message.MessageId,
            Subject = message.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAt, DateTimeKind.Utc)),
        };
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.International = false;
        return format;
    }
}
