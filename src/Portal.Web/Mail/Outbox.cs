using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Feeds;

namespace Portal.Web.Mail;

/// <summary>
/// Writes messages to the outbox table through the caller's context, so a message is saved with what caused it,
/// in the same transaction, or not at all. Nothing is sent here: the background sender does that.
/// </summary>
public sealed class Outbox(PortalDbContext db, TimeProvider time, IOptions<MailOptions> options, PublicUrls urls, IHttpContextAccessor http)
{
    /// <summary>Adds the message to the context; the caller's next save writes it.</summary>
    public OutboxMessage Add(string toAddress, string toName, MailLetter letter, string purpose)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var baseUrl = BaseUrl();
        var message = new OutboxMessage
        {
            MessageId = NewMessageId(),
            ToAddress = toAddress.Trim(),
            ToName = OneLine(toName),
            Subject = letter.Subject,
            TextBody = letter.Text(baseUrl),
            HtmlBody = letter.Html(baseUrl),
            Purpose = purpose,
            State = OutboxState.Queued,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>A new message with the content of <paramref name="original"/> and a Message-Id of its own.</summary>
    public OutboxMessage Copy(OutboxMessage original)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var copy = new OutboxMessage
        {
            MessageId = NewMessageId(),
            ToAddress = original.ToAddress,
            ToName = original.ToName,
            Subject = original.Subject,
            TextBody = original.TextBody,
            HtmlBody = original.HtmlBody,
            Purpose = original.Purpose,
            State = OutboxState.Queued,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(copy);
        return copy;
    }

    private string NewMessageId() => $"{Guid.NewGuid():N}@{Domain(options.Value.FromAddress)}";

    /// <summary>The public address, or the address of the request that wrote the message when none is configured.</summary>
    private string BaseUrl() => urls.Configured
        ?? (http.HttpContext is { } context ? urls.Base(context.Request) : "http://localhost");

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        var domain = at >= 0 ? address[(at + 1)..].Trim() : "";
        return domain.Length > 0 && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') ? domain : "portal.localhost";
    }

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length > OutboxMessage.NameMaxLength ? line[..OutboxMessage.NameMaxLength] : line;
    }
}
