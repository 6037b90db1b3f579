namespace Portal.Tests.Integration.BadInput;

public enum Visitor
{
    Anonymous,
    Editor,
    Administrator,
}

/// <summary>
/// One bad request and the answer it must get. The target is sent byte for byte (each char a byte, so
/// "\u00C3(" is the raw invalid UTF-8 C3 28); a form body is sent as the content says.
/// </summary>
public sealed record MalformedRequest(string What, Visitor As, string Method, string Target, int Expected)
{
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public HttpContent? Content { get; init; }

    /// <summary>Refused by Kestrel before the app sees it: a bare status, no page (the app cannot be asked for one).</summary>
    public bool KestrelAnswers { get; init; }

    /// <summary>What the answer's page must show, past the status (a validation message, the text typed).</summary>
    public string[] Shows { get; init; } = [];

    /// <summary>For a redirect: where it must go (the path, without the query).</summary>
    public string? RedirectsTo { get; init; }

    /// <summary>For a redirect: the query it must carry, decoded (null: not checked).</summary>
    public string? RedirectQuery { get; init; }

    public override string ToString() => $"{What} ({As}: {Method} {(Target.Length > 80 ? Target[..80] + "…" : Target)})";
}
