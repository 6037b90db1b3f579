using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Publishing;
using static Portal.Tests.Builders.SearchableDocuments;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// <c>[[số ký hiệu]]</c> in an article links its document, resolved when the editor saves; a number no published
/// document has is refused beside the body, naming it, with the text kept; issuers sharing a number are told apart by
/// <c>[[số|cơ quan]]</c>; and nothing typed between the brackets reaches the page as markup.
/// </summary>
public sealed class ArticleDocumentLinkTests(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private const string Body = "Input.BodyMarkdown";

    [Fact]
    public async Task AReferenceBecomesALinkToTheDocumentWithTheNumberAsTyped()
    {
        var document = await EnsureAsync(new Spec("301/2026/QĐ-UBND", "Về việc liên kết"));

        var id = await admin.Browser.WriteAsync(new ArticleFormBuilder
        {
            Title = "Bài dẫn văn bản " + AdministratorFixture.UniqueTag(),
            Body = "Căn cứ [[301/2026/qđ-ubnd]] của tỉnh.\n\nMã: `[[301/2026/QĐ-UBND]]`",
        });

        var html = (await admin.Factory.ArticleAsync(id)).BodyHtml;
        Assert.Contains($"Căn cứ <a href=\"/van-ban/{document}/van-ban-tim-kiem\">301/2026/qđ-ubnd</a> của tỉnh.", html);
        Assert.Contains("<code>[[301/2026/QĐ-UBND]]</code>", html);
    }

    [Theory]
    [InlineData("[[999/2099/QĐ-KHONG]]", "999/2099/QĐ-KHONG")]
    [InlineData("Theo [[302/2026/QĐ-UBND]] (bản nháp).", "302/2026/QĐ-UBND")]
    [InlineData("Theo [[301/2026/QĐ-UBND|Sở không có]].", "301/2026/QĐ-UBND của Sở không có")]
    public async Task ANumberNoPublishedDocumentHasIsRefusedNamingItWithTheTextKept(string markdown, string named)
    {
        await EnsureAsync(new Spec("301/2026/QĐ-UBND", "Về việc liên kết"));
        await EnsureAsync(new Spec("302/2026/QĐ-UBND", "Dự thảo", Status: PublicationStatus.Draft));
        var before = await admin.Factory.WithDbAsync(db => db.Articles.CountAsync());
        var form = new ArticleFormBuilder { Title = "Bài dẫn sai " + AdministratorFixture.UniqueTag(), Body = markdown }.Build();

        foreach (var handler in new[] { null, "Preview" })
        {
            var response = await admin.Browser.SubmitFormAsync("/admin/articles/edit", form, handler);

            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"Không có văn bản số {named} đã đăng trên cổng.", MediaLibrary.FieldError(html, Body));
            Assert.Equal(markdown, NewsroomArticles.FormFields(html)[Body]);
        }
        Assert.Equal(before, await admin.Factory.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task IssuersSharingANumberAreToldApartByName()
    {
        var province = await AddAsync(admin.Factory, new Spec("303/2026/QĐ", "Của tỉnh", Issuer: "UBND tỉnh (liên kết)"));
        var council = await AddAsync(admin.Factory, new Spec("303/2026/QĐ", "Của hội đồng", Issuer: "HĐND tỉnh (liên kết)"));
        var form = new ArticleFormBuilder { Title = "Bài số trùng " + AdministratorFixture.UniqueTag(), Body = "Theo [[303/2026/QĐ]]." };

        var refused = await admin.Browser.SubmitFormAsync("/admin/articles/edit", form.Build());
        var id = await admin.Browser.WriteAsync(form.With(f => f.Body = "Theo [[303/2026/QĐ|hdnd tinh (lien ket)]] và [[303/2026/QĐ|UBND tỉnh (liên kết)]]."));

        Assert.Contains("Số 303/2026/QĐ là của nhiều cơ quan (UBND tỉnh (liên kết), HĐND tỉnh (liên kết))",
            MediaLibrary.FieldError(await refused.Content.ReadAsStringAsync(), Body));
        var html = (await admin.Factory.ArticleAsync(id)).BodyHtml;
        Assert.Contains($"<a href=\"/van-ban/{council}/van-ban-tim-kiem\">303/2026/QĐ</a> và <a href=\"/van-ban/{province}/van-ban-tim-kiem\">303/2026/QĐ</a>", html);
    }

    [Theory]
    [InlineData("[[<script>alert(1)</script>304/2026]]")]
    [InlineData("[[304/2026/QĐ-UBND|<img src=x onerror=alert(1)>]]")]
    [InlineData("[[javascript:alert(304)]]")]
    public async Task WhatIsTypedInTheBracketsIsShownAsTextInTheMessage(string markdown)
    {
        var response = await admin.Browser.SubmitFormAsync("/admin/articles/edit",
            new ArticleFormBuilder { Title = "Bài thử " + AdministratorFixture.UniqueTag(), Body = markdown }.Build());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không có văn bản số", MediaLibrary.FieldError(html, Body));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Equal(markdown, NewsroomArticles.FormFields(html)[Body]);
    }

    [Fact]
    public async Task AResolvedLinkWithMarkupInTheBracketsIsEscaped()
    {
        var document = await AddAsync(admin.Factory, new Spec("305/2026/QĐ-UBND", "Về việc thoát ký tự"));

        var id = await admin.Browser.WriteAsync(new ArticleFormBuilder
        {
            Title = "Bài ký tự " + AdministratorFixture.UniqueTag(),
            Body = "Theo [[<305/2026/QĐ-UBND>]] và [[305\"/2026/QĐ-UBND]].",
        });

        var html = (await admin.Factory.ArticleAsync(id)).BodyHtml;
        Assert.Contains($"<a href=\"/van-ban/{document}/van-ban-tim-kiem\">&lt;305/2026/QĐ-UBND&gt;</a>", html);
        Assert.Contains($"<a href=\"/van-ban/{document}/van-ban-tim-kiem\">305\"/2026/QĐ-UBND</a>", html);
        Assert.DoesNotContain("<305", html);
    }

    /// <summary>The document, added unless an earlier test of the class did.</summary>
    private async Task<int> EnsureAsync(Spec spec)
    {
        var key = Portal.Web.LegalDocuments.LegalDocumentNumber.Key(spec.Number);
        return await admin.Factory.WithDbAsync(db => db.LegalDocuments.Where(d => d.NumberKey == key).Select(d => (int?)d.Id).FirstOrDefaultAsync())
            ?? await AddAsync(admin.Factory, spec);
    }
}
