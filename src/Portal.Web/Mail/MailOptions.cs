namespace Portal.Web.Mail;

/// <summary>
/// <c>Portal:Mail:*</c>. With no <see cref="Host"/> (a newcomer's first start) nothing is sent: messages wait in
/// the outbox and the newsroom says so.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (the default), <c>Tls</c> (implicit, port 465) or <c>None</c> (a relay on loopback).</summary>
    public string Security { get; set; } = "StartTls";

    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";

    /// <summary>The sender's address: <c>no-reply@portal.example.gov.vn</c>. Its domain ends every Message-Id.</summary>
    public string FromAddress { get; set; } = "no-reply@portal.localhost";
    public string FromName { get; set; } = "Cổng thông tin điện tử";

    /// <summary>Tries before a message is marked failed; the waits between them double from <see cref="FirstRetryDelay"/>.</summary>
    public int MaxAttempts { get; set; } = 8;
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sender looks for due messages when none woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
