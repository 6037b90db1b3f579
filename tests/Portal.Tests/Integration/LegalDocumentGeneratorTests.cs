using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Importing;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary><c>generate --documents N</c> at small scale: N published documents with real PDFs, relations, found by search.</summary>
public sealed class LegalDocumentGeneratorTests : IDisposable
{
    private const int Count = 300;

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GeneratesPublishedDocumentsWithRealPdfsTheirOwnTextAndRelations()
    {
        var before = await _factory.WithDbAsync(db => db.LegalDocuments.CountAsync());
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            Assert.Equal(Count, await scope.ServiceProvider.GetRequiredService<LegalDocumentGenerator>().GenerateAsync(Count, seed: 7));
        }

        var generated = await _factory.WithDbAsync(db => db.LegalDocuments.AsNoTracking().AsSplitQuery().Include(d => d.Files).Include(d => d.Fields)
            .OrderByDescending(d => d.Id).Take(Count).ToListAsync());
        Assert.Equal(before + Count, await _factory.WithDbAsync(db => db.LegalDocuments.CountAsync()));
        Assert.All(generated, d =>
        {
            Assert.Equal(PublicationStatus.Published, d.Status);
            Assert.True(d.PublishedAt <= PortalFactory.Now.UtcDateTime);
            Assert.NotEmpty(d.Fields);
            var file = Assert.Single(d.Files);
            Assert.InRange(file.Text.Split(' ').Length, 100, 2000);
        });
        Assert.True(generated.Select(d => d.Files[0].Text).Distinct().Count() == Count, "each file has its own text");
        Assert.InRange(await _factory.WithDbAsync(db => db.LegalDocumentRelations.CountAsync()), 10, Count);
        Assert.Equal(before + Count, await _factory.WithDbAsync(db => db.SearchDocuments.CountAsync(s => s.Kind == LegalDocumentSearchSource.Name)));

        // The shared bytes are a real PDF that the app's reader reads.
        await using var read = _factory.Services.CreateAsyncScope();
        var content = await read.ServiceProvider.GetRequiredService<DocumentFileStore>().OpenAsync(generated[0].Files[0], default);
        using var bytes = new MemoryStream();
        await content!.Content.CopyToAsync(bytes);
        Assert.True((await read.ServiceProvider.GetRequiredService<DocumentFileReader>().ReadAsync("a.pdf", bytes.ToArray(), default)).HasText);

        var newest = generated[0];
        var hits = await read.ServiceProvider.GetRequiredService<ISearch>().SearchAsync(SearchQuery.Parse(newest.Number), 1, 10, LegalDocumentSearchSource.Name);
        Assert.Contains(hits.Items, h => h.Id == newest.Id);
    }
}
