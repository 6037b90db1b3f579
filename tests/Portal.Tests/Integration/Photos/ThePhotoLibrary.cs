using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Articles;
using Portal.Web.Editing;
using Portal.Web.Media;

namespace Portal.Tests.Integration.Photos;

/// <summary>The library's list (search, paging, newest first), where a photo is used, its words, and deletion.</summary>
public sealed class ThePhotoLibrary : IDisposable
{
    private static readonly NewsroomUser Editor = new("bien-tap@portal.test", CanPublish: false);

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task FindsByCaptionOrAltTextWhateverTheDiacriticsNewestFirstAPageAtATime()
    {
        var jpeg = TestImages.Jpeg(400, 300);
        var dam = await _factory.UploadedAsync(jpeg, "Đập thủy lợi Sông Ray", caption: "Công trình hoàn thành năm 2025");
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var meeting = await _factory.UploadedAsync(jpeg, "Hội nghị tổng kết", caption: "Lãnh đạo tỉnh phát biểu tại hội nghị");
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var festival = await _factory.UploadedAsync(jpeg, "Lễ hội Nghinh Ông", caption: "Người dân Vũng Tàu dự lễ hội");

        async Task<int[]> Ids(string? query, int page = 1, int size = 10) =>
            [.. (await _factory.WithLibraryAsync(l => l.SearchAsync(query, page, size))).Items.Select(i => i.Photo.Id)];

        Assert.Equal([festival.Id, meeting.Id, dam.Id], await Ids(null));
        Assert.Equal([meeting.Id], await Ids("TONG KET"));
        Assert.Equal([festival.Id, meeting.Id], await Ids("Hội Nghị"));   // "lễ hội nghinh" holds it too
        Assert.Equal([meeting.Id], await Ids("phát biểu"));
        Assert.Equal([meeting.Id], await Ids("kết  phát hội nghị"));   // every word, in any order, apart
        Assert.Equal([dam.Id], await Ids("song ray"));
        Assert.Equal([festival.Id], await Ids("vung tau"));
        Assert.Empty(await Ids("100%_"));

        var second = await _factory.WithLibraryAsync(l => l.SearchAsync(null, 2, 2));
        Assert.Equal((3, 2), (second.Total, second.PageCount));
        Assert.Equal([dam.Id], second.Items.Select(i => i.Photo.Id));
        Assert.Equal(4, Assert.Single(second.Items).Photo.Variants.Count);   // 320 and its own 400, in two formats, for the thumbnails
    }

    [Fact]
    public async Task APhotoInUseIsNotDeletedAndTheMessageNamesTheArticles()
    {
        var cover = await _factory.UploadedAsync(TestImages.Jpeg(400, 300));
        var inBody = await _factory.UploadedAsync(TestImages.Jpeg(500, 300));
        var unused = await _factory.UploadedAsync(TestImages.Jpeg(600, 300));
        var articles = await _factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Take(2).ToListAsync());
        await _factory.WithDbAsync(async db =>
        {
            var first = await db.Articles.SingleAsync(a => a.Id == articles[0].Id);
            first.CoverPhotoId = cover.Id;     // the cover alone, as a save that has not yet listed it would leave it
            db.ArticlePhotos.Add(new ArticlePhoto { ArticleId = articles[1].Id, PhotoId = inBody.Id });
            db.ArticlePhotos.Add(new ArticlePhoto { ArticleId = articles[0].Id, PhotoId = inBody.Id });
            return await db.SaveChangesAsync();
        });

        var list = await _factory.WithLibraryAsync(l => l.SearchAsync(null, 1, 10));
        Assert.Equal([(unused.Id, 0), (inBody.Id, 2), (cover.Id, 1)], list.Items.Select(i => (i.Photo.Id, i.UseCount)));
        var uses = await _factory.WithLibraryAsync(l => l.UsesAsync(cover.Id));
        Assert.Equal((articles[0].Id, true), (Assert.Single(uses).ArticleId, uses[0].IsCover));

        foreach (var photo in new[] { cover, inBody })
        {
            var refused = (await _factory.WithLibraryAsync(l => l.DeleteAsync(photo.Id, Editor.Name))).Refusals()[PhotoFields.Form];
            Assert.StartsWith("Không xóa được: ảnh đang được dùng trong", refused);
            Assert.Contains(articles[0].Title, refused);
            Assert.NotNull(await _factory.WithLibraryAsync(l => l.FindAsync(photo.Id)));
        }

        (await _factory.WithLibraryAsync(l => l.DeleteAsync(unused.Id, Editor.Name))).Saved();
        Assert.Null(await _factory.WithLibraryAsync(l => l.FindAsync(unused.Id)));
        Assert.IsType<SaveResult<Photo>.NotFound>(await _factory.WithLibraryAsync(l => l.DeleteAsync(unused.Id, Editor.Name)));
    }

    [Fact]
    public async Task TheSameFileTwiceSharesItsBytesAndDeletingOneKeepsTheOthers()
    {
        var jpeg = TestImages.Jpeg(400, 300);
        var first = await _factory.UploadedAsync(jpeg);
        var second = await _factory.UploadedAsync(jpeg, "Bản thứ hai");
        Assert.Equal(first.Variants.Select(v => v.Hash).Order(), second.Variants.Select(v => v.Hash).Order());
        Assert.Equal(4, await _factory.PhotoBlobsAsync());

        (await _factory.WithLibraryAsync(l => l.DeleteAsync(first.Id, Editor.Name))).Saved();
        Assert.Equal(4, await _factory.PhotoBlobsAsync());
        using var browser = _factory.CreateBrowser();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.GetAsync(PhotoUrls.Variant(second.Variants[0]))).StatusCode);

        (await _factory.WithLibraryAsync(l => l.DeleteAsync(second.Id, Editor.Name))).Saved();
        Assert.Equal(0, await _factory.PhotoBlobsAsync());
    }

    [Fact]
    public async Task ItsWordsChangeAndAnEmptyAltTextIsRefused()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300));

        var refused = await _factory.WithLibraryAsync(l => l.UpdateDetailsAsync(photo.Id, new PhotoDetails("", "Chú thích", ""), Editor));
        Assert.Equal(KeyValuePair.Create(PhotoFields.AltText, PhotoMessages.AltTextMissing), Assert.Single(refused.Refusals()));
        var tooLong = await _factory.WithLibraryAsync(l => l.UpdateDetailsAsync(photo.Id, new PhotoDetails("Ảnh", "", new string('a', 201)), Editor));
        Assert.Equal(PhotoFields.Credit, Assert.Single(tooLong.Refusals()).Key);

        var updated = await _factory.WithLibraryAsync(l => l.UpdateDetailsAsync(photo.Id, new PhotoDetails(" Cầu Cỏ May ", "Nhìn từ trên cao", "Nguyễn Văn A"), Editor));
        updated.Saved();
        var found = await _factory.WithLibraryAsync(l => l.FindAsync(photo.Id));
        Assert.Equal(("Cầu Cỏ May", "Nhìn từ trên cao", "Nguyễn Văn A"), (found!.AltText, found.Caption, found.Credit));
        Assert.Equal([photo.Id], (await _factory.WithLibraryAsync(l => l.SearchAsync("co may", 1, 10))).Items.Select(i => i.Photo.Id));
        Assert.IsType<SaveResult<Photo>.NotFound>(await _factory.WithLibraryAsync(l => l.UpdateDetailsAsync(999_999, new PhotoDetails("Ảnh", "", ""), Editor)));
    }
}
