using Portal.Web.LegalDocuments;

namespace Portal.Web.Importing;

/// <summary>A file an import row names: its bytes, or why it cannot be had (in Vietnamese, naming it).</summary>
public sealed record ImportFile(byte[]? Content, string? Problem);

/// <summary>Where an import finds the files its rows name (the <c>tep</c> column).</summary>
public interface IImportFiles
{
    Task<ImportFile> ReadAsync(string fileName, CancellationToken cancellationToken);
}

/// <summary>
/// The files of <c>import-documents --files FOLDER</c>: only plain names of regular files inside the folder itself, so
/// a row cannot name <c>../../etc/passwd</c>, an absolute path, or a link that leads out.
/// </summary>
public sealed class FolderImportFiles(string folder) : IImportFiles
{
    private readonly string _folder = Path.GetFullPath(folder);

    public async Task<ImportFile> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(_folder, fileName));
        if (!LegalDocumentCsv.IsPlainFileName(fileName) || Path.GetDirectoryName(path) != _folder.TrimEnd(Path.DirectorySeparatorChar))
        {
            return new(null, $"tên tệp “{fileName}” không hợp lệ: chỉ ghi tên tệp trong thư mục tệp, không có đường dẫn.");
        }
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return new(null, $"không có tệp “{fileName}” trong thư mục {_folder}.");
        }
        if (file.LinkTarget is not null)
        {
            return new(null, $"tệp “{fileName}” là một liên kết (symlink): chỉ nhận tệp thật trong thư mục tệp.");
        }
        if (file.Length > LegalDocumentFile.MaxLength)
        {
            return new(null, $"tệp “{fileName}” lớn hơn {LegalDocumentFile.MaxLength / 1024 / 1024} MB.");
        }
        return new(await File.ReadAllBytesAsync(path, cancellationToken), null);
    }
}

/// <summary>
/// The seeded library's files: <c>name.pdf</c> is written at seed time by <see cref="LegalDocuments.Files.SimplePdf"/>
/// from <c>name.txt</c> (its first line the title, then paragraphs between blank lines). The text stays readable and
/// reviewable in the repository, and the PDF is always one the app's own reader reads back.
/// </summary>
public sealed class SeedTextPdfFiles(string folder) : IImportFiles
{
    public async Task<ImportFile> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        var source = Path.Combine(folder, Path.ChangeExtension(fileName, ".txt"));
        if (!LegalDocumentCsv.IsPlainFileName(fileName) || !fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || !File.Exists(source))
        {
            return new(null, $"không có văn bản nguồn “{Path.GetFileName(source)}” cho tệp “{fileName}”.");
        }
        var blocks = (await File.ReadAllTextAsync(source, cancellationToken)).ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new(LegalDocuments.Files.SimplePdf.Write(blocks[0], blocks[1..]), null);
    }
}
