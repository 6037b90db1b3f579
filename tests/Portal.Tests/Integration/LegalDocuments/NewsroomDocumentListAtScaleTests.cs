using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>The newsroom's document list at 50,000 documents: page 2,000 holds what a plain ordering puts there, quickly.</summary>
public sealed class NewsroomDocumentListAtScaleTests : IDisposable
{
    private const int Count = 50_000;

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PageTwoThousandOfFiftyThousandIsRightAndFast()
    {
        var lists = await _factory.DocumentListsAsync();
        for (var batch = 0; batch < Count / 5_000; batch++)
        {
            await _factory.WithDbAsync(async db =>
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.LegalDocuments.AddRange(Enumerable.Range(batch * 5_000, 5_000).Select(i => new LegalDocument
                {
                    Number = $"{i}/2026/QĐ-QUYMO",
                    NumberKey = $"{i} 2026 qd quymo",
                    Slug = "van-ban",
                    Abstract = $"Văn bản thử số {i}",
                    DocumentTypeId = lists.TypeId,
                    IssuerId = lists.IssuerId,
                    IssuedOn = new DateOnly(2020, 1, 1).AddDays(i % 2_000),
                    Status = i % 3 == 0 ? PublicationStatus.Published : PublicationStatus.Draft,
                    PublishedAt = i % 3 == 0 ? new DateTime(2026, 1, 1) : null,
                    Version = Guid.NewGuid(),
                }));
                return await db.SaveChangesAsync();
            });
        }
        var expected = await _factory.WithDbAsync(db => db.LegalDocuments.OrderByDescending(d => d.Id)
            .Skip(1_999 * NewsroomLegalDocuments.PageSize).Take(NewsroomLegalDocuments.PageSize).Select(d => d.Id).ToListAsync());
        Assert.Equal(NewsroomLegalDocuments.PageSize, expected.Count);

        await using var scope = _factory.Services.CreateAsyncScope();
        var newsroom = scope.ServiceProvider.GetRequiredService<NewsroomLegalDocuments>();
        await newsroom.SearchAsync(new NewsroomDocumentFilter(null, null, 2_000));
        var clock = Stopwatch.StartNew();
        var page = await newsroom.SearchAsync(new NewsroomDocumentFilter(null, null, 2_000));
        clock.Stop();

        Assert.Equal(2_000, page.PageNumber);
        Assert.Equal(expected, page.Items.Select(r => r.Id));
        Assert.True(clock.ElapsedMilliseconds < 500, $"page 2,000 took {clock.ElapsedMilliseconds} ms");
        var drafts = await newsroom.SearchAsync(new NewsroomDocumentFilter("draft", null, 1_000));
        Assert.All(drafts.Items, r => Assert.Equal(PublicationStatus.Draft, r.Status));
    }
}
