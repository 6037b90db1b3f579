namespace Portal.Web.Media;

public enum PhotoStoreKind
{
    Database,
    FileSystem,
}

/// <summary><c>Portal:Photos:*</c>: where photos are kept.</summary>
public sealed class PhotoOptions
{
    public const string Section = "Portal:Photos";

    /// <summary>The database by default: one backup holds everything, and several web servers need nothing more.</summary>
    public PhotoStoreKind Store { get; set; } = PhotoStoreKind.Database;

    /// <summary>The folder of the file-system store; empty: <c>{Portal:DataPath}/photos</c>.</summary>
    public string Folder { get; set; } = "";
}
