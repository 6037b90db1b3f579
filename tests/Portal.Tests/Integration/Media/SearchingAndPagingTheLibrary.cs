using AngleSharp.Html.Parser;

namespace Portal.Tests.Integration;

public sealed class SearchingAndPagingTheLibrary(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task ACaptionIsFoundWithoutDiacriticsAndTheResultsArePagedByTrang()
    {
        var tag = AdministratorFixture.UniqueTag();
        var added = new List<int>();
        for (var i = 1; i <= 21; i++)
        {
            added.Add((await admin.Factory.AddPhotoAsync($"Ảnh {i}", $"Lễ hội Nghinh Ông {tag} số {i}", width: 400, height: 300)).Id);
        }
        await admin.Factory.AddPhotoAsync($"Không liên quan {AdministratorFixture.UniqueTag()}", "Hội nghị khác", width: 400, height: 300);

        var first = Ids(await admin.AdminPageAsync($"{MediaLibrary.ListUrl}?q=le+hoi+nghinh+ong+{tag}"));
        var second = Ids(await admin.AdminPageAsync($"{MediaLibrary.ListUrl}?q=le+hoi+nghinh+ong+{tag}&trang=2"));

        Assert.Equal(20, first.Count);
        Assert.Single(second);
        Assert.Equal(added.OrderDescending(), first.Concat(second));
    }

    [Fact]
    public async Task AnAlternativeTextIsFoundToo()
    {
        var tag = AdministratorFixture.UniqueTag();
        var photo = await admin.Factory.AddPhotoAsync($"Đoàn công tác thăm trường học {tag}", width: 400, height: 300);

        var found = Ids(await admin.AdminPageAsync($"{MediaLibrary.ListUrl}?q=doan+cong+tac+tham+truong+hoc+{tag}"));

        Assert.Equal([photo.Id], found);
    }

    [Fact]
    public async Task APageNumberThatMakesNoSenseShowsTheFirstPage()
    {
        var html = await admin.AdminPageAsync($"{MediaLibrary.ListUrl}?trang=abc");

        Assert.Contains("Thư viện ảnh", Html.Text(html));
    }

    [Fact]
    public async Task TheListLinksEachUseToTheArticlesEditor()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Ảnh bìa {AdministratorFixture.UniqueTag()}", width: 400, height: 300);
        var articleId = await admin.Browser.WriteAsync(new Builders.ArticleFormBuilder().With(f =>
        {
            f.Title = $"Bài có ảnh {photo.Id}";
            f.CoverPhotoId = photo.Id;
        }));

        var list = new HtmlParser().ParseDocument(await admin.AdminPageAsync($"{MediaLibrary.ListUrl}?q={Uri.EscapeDataString(photo.AltText)}"));

        var link = Assert.Single(list.QuerySelectorAll(".photo-uses a"));
        Assert.Equal($"/admin/articles/edit/{articleId}", link.GetAttribute("href"));
        Assert.Equal($"Bài có ảnh {photo.Id}", link.TextContent);
    }

    private static List<int> Ids(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".photo-card-title strong")
            .Select(e => int.Parse(e.TextContent.Replace("Ảnh số ", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
