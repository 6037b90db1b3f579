using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>What reading an uploaded file found: its text, or why it is refused (a message naming the file).</summary>
public sealed record DocumentFileReading(string? Refusal, DocumentFileFormat Format, string Text, bool HasText, int? PageCount)
{
    public bool Accepted => Refusal is null;
}

/// <summary>
/// Reads an uploaded PDF, DOCX or XLSX: its kind from its bytes (not its name, which must agree), what it may not
/// carry (<see cref="PdfHazards"/>, <see cref="OfficePackage"/>), then its text (NFC, capped). The reading runs on a
/// thread of its own under <see cref="DocumentFileLimits"/>: past the deadline the upload is answered with a refusal at
/// once and the thread, told to stop, stops at its next check; a few read at once, so hostile uploads cannot pile up.
/// </summary>
public sealed class DocumentFileReader(IOptions<DocumentFileLimits> options) : IDisposable
{
    private readonly DocumentFileLimits _limits = options.Value;
    private readonly SemaphoreSlim _readers = new(options.Value.MaxConcurrentReads);

    public async Task<DocumentFileReading> ReadAsync(string fileName, byte[] content, CancellationToken ct)
    {
        var claimed = ClaimedFormat(fileName);
        if (claimed is null)
        {
            return Refused(DocumentFileMessages.NotAllowed(fileName));
        }
        if (content.Length == 0)
        {
            return Refused(DocumentFileMessages.Empty(fileName), claimed.Value);
        }
        if (content.LongLength > LegalDocumentFile.MaxLength)
        {
            return Refused(DocumentFileMessages.TooLarge(fileName), claimed.Value);
        }
        if (!LooksLike(content, claimed.Value))
        {
            return Refused(DocumentFileMessages.NotWhatItsNameSays(fileName, claimed.Value), claimed.Value);
        }
        await _readers.WaitAsync(ct);
        var stop = new CancellationTokenSource();
        var done = new TaskCompletionSource<DocumentFileReading>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.TrySetResult(Read(fileName, content, claimed.Value, new ReadingBudget(_limits, stop.Token)));
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
            finally
            {
                Release();    // only once the thread is done: an abandoned one still holds its place
                stop.Dispose();
            }
        }, maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "Document file reader",
        };
        thread.Start();
        var finished = await Task.WhenAny(done.Task, Task.Delay(_limits.Deadline, ct));
        if (finished != done.Task)
        {
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // it finished between the two lines
            }
            ct.ThrowIfCancellationRequested();
            return done.Task.IsCompletedSuccessfully ? done.Task.Result : Refused(DocumentFileMessages.TooSlow(fileName), claimed.Value);
        }
        return await done.Task;
    }

    public void Dispose() => _readers.Dispose();

    private void Release()
    {
        try
        {
            _readers.Release();
        }
        catch (ObjectDisposedException)
        {
            // the app stopped while an abandoned reading ran on
        }
    }

    /// <summary>The format a file's name claims, from its extension; null for any other.</summary>
    public static DocumentFileFormat? ClaimedFormat(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => DocumentFileFormat.Pdf,
            ".docx" => DocumentFileFormat.Docx,
            ".xlsx" => DocumentFileFormat.Xlsx,
            _ => null,
        };

    /// <summary>The first bytes: <c>%PDF-</c> for a PDF, a zip's local header for DOCX and XLSX (told apart later).</summary>
    private static bool LooksLike(byte[] content, DocumentFileFormat claimed) => claimed == DocumentFileFormat.Pdf
        ? content.AsSpan().StartsWith("%PDF-"u8)
        : content.AsSpan().StartsWith("PK\u0003\u0004"u8);

    private static DocumentFileReading Read(string fileName, byte[] content, DocumentFileFormat claimed, ReadingBudget budget)
    {
        try
        {
            var pageCount = (int?)null;
            string text;
            if (claimed == DocumentFileFormat.Pdf)
            {
                (text, var pages) = PdfText.Read(content, budget);
                pageCount = pages;
            }
            else
            {
                var actual = OfficePackage.Inspect(content, budget);
                if (actual != claimed)
                {
                    throw new FileRefusedException(Refusal.NotWhatItsNameSays);
                }
                text = claimed == DocumentFileFormat.Docx ? OfficeText.ReadDocx(content, budget) : OfficeText.ReadXlsx(content, budget);
            }
            budget.Check();
            text = Clean(text, budget.Limits.MaxTextLength);
            return new DocumentFileReading(null, claimed, text, text.Any(char.IsLetterOrDigit), pageCount);
        }
        catch (FileRefusedException e)
        {
            return Refused(Message(e.Reason, fileName, claimed), claimed);
        }
        catch (OutOfMemoryException)
        {
            return Refused(DocumentFileMessages.TooHeavy(fileName), claimed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // PdfPig and the Open XML SDK throw many kinds of exception at a damaged file: each means "unreadable".
            return Refused(DocumentFileMessages.Unreadable(fileName, claimed), claimed);
        }
    }

    /// <summary>NFC, no control characters but line breaks and tabs (PostgreSQL refuses NUL in text), capped.</summary>
    internal static string Clean(string text, int maxLength)
    {
        var clean = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text)
        {
            if (clean.Length >= maxLength)
            {
                break;
            }
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                clean.Append(c == '\r' ? '\n' : c);
            }
        }
        return clean.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    private static string Message(Refusal reason, string fileName, DocumentFileFormat format) => reason switch
    {
        Refusal.Script => DocumentFileMessages.Script(fileName),
        Refusal.Launch => DocumentFileMessages.Launch(fileName),
        Refusal.AutoAction => DocumentFileMessages.AutoAction(fileName),
        Refusal.Embedded => DocumentFileMessages.Embedded(fileName),
        Refusal.Encrypted => DocumentFileMessages.Encrypted(fileName),
        Refusal.Macro => DocumentFileMessages.Macro(fileName),
        Refusal.External => DocumentFileMessages.External(fileName),
        Refusal.Bomb => DocumentFileMessages.Bomb(fileName),
        Refusal.TooSlow => DocumentFileMessages.TooSlow(fileName),
        Refusal.TooHeavy => DocumentFileMessages.TooHeavy(fileName),
        Refusal.NotWhatItsNameSays => DocumentFileMessages.NotWhatItsNameSays(fileName, format),
        _ => DocumentFileMessages.Unreadable(fileName, format),
    };

    private static DocumentFileReading Refused(string message, DocumentFileFormat format = DocumentFileFormat.Pdf) =>
        new(message, format, "", false, null);
}
