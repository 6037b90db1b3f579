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
