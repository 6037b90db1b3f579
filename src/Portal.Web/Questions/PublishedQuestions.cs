using Microsoft.EntityFrameworkCore;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.Search;

namespace Portal.Web.Questions;

/// <summary>A question as the list shows it: never who asked.</summary>
public sealed record QuestionListItem(int Id, string Slug, string Title, string Body, string FieldName, string AgencyName, DateTime PublishedAt);

/// <summary>One page of the list under its filters, with the lists the filters choose from.</summary>
public sealed record QuestionListing(QuestionFilter Filter, Paged<QuestionListItem> Page, IReadOnlyList<DocumentField> Fields, IReadOnlyList<DocumentIssuer> Agencies);

/// <summary>What citizens may read of the questions: those <see cref="QuestionVisibility.VisibleAt"/> now.</summary>
public sealed class PublishedQuestions(PortalDbContext db, ISearch search, TimeProvider time)
{
    public IQueryable<Question> Visible() =>
        db.Questions.AsNoTracking().Where(QuestionVisibility.VisibleAt(time.GetUtcNow().UtcDateTime));

    public Task<Question?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Visible().Include(q => q.Field).Include(q => q.Agency).FirstOrDefaultAsync(q => q.Id == id, cancellationToken);

    /// <summary>
    /// One page of the questions <paramref name="filter"/> matches, newest answer first; null past the last page. A
    /// field or agency no list holds is left out, with a message.
    /// </summary>
    public async Task<QuestionListing?> ListAsync(QuestionFilter filter, int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        var fields = await db.DocumentFields.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var agencies = await db.DocumentIssuers.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var problems = filter.Problems.ToList();
        if (filter.FieldId is { } fieldId && fields.All(f => f.Id != fieldId))
        {
            problems.Add("Không có lĩnh vực như đã chọn; bộ lọc này đã được bỏ qua.");
            filter = filter with { FieldId = null };
        }
        if (filter.AgencyId is { } agencyId && agencies.All(a => a.Id != agencyId))
        {
            problems.Add("Không có cơ quan trả lời như đã chọn; bộ lọc này đã được bỏ qua.");
            filter = filter with { AgencyId = null };
        }
        filter = filter with { Problems = problems };

        var questions = Visible();
        if (filter.WordQuery is { IsEmpty: false } words)
        {
            var matching = search.MatchingItems(words, QuestionSearchSource.Name);
            questions = questions.Where(q => matching.Contains(q.Id));
        }
        if (filter.FieldId is { } field)
        {
            questions = questions.Where(q => q.FieldId == field);
        }
        if (filter.AgencyId is { } agency)
        {
            questions = questions.Where(q => q.AgencyId == agency);
        }
        var total = await questions.CountAsync(cancellationToken);
        var pageCount = Paging.PageCount(total, pageSize);
        if (pageNumber < 1 || pageNumber > pageCount)
        {
            return null;
        }
        var items = await Items(questions.OrderByDescending(q => q.PublishedAt).ThenByDescending(q => q.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new QuestionListing(filter, new Paged<QuestionListItem>(items, pageNumber, pageCount, total), fields, agencies);
    }

    /// <summary>The newest answered questions, newest first: the site's feed.</summary>
    public Task<List<QuestionListItem>> NewestAsync(int count, CancellationToken cancellationToken = default) =>
        Items(Visible().OrderByDescending(q => q.PublishedAt).ThenByDescending(q => q.Id).Take(count)).ToListAsync(cancellationToken);

    public sealed record SitemapEntry(int Id, string Slug, DateTime LastModified);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Visible().CountAsync(cancellationToken);

    public Task<DateTime?> LatestPublicationAsync(CancellationToken cancellationToken = default) =>
        Visible().MaxAsync(q => q.PublishedAt, cancellationToken);

    /// <summary>Visible questions for the sitemap, in id order so that its pages stay stable.</summary>
    public Task<List<SitemapEntry>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        Visible().OrderBy(q => q.Id).Skip(skip).Take(take)
            .Select(q => new SitemapEntry(q.Id, q.Slug, q.UpdatedAt > q.PublishedAt!.Value ? q.UpdatedAt : q.PublishedAt.Value))
            .ToListAsync(cancellationToken);

    private static IQueryable<QuestionListItem> Items(IQueryable<Question> rows) =>
        rows.Select(q => new QuestionListItem(q.Id, q.Slug, q.Title, q.Body, q.Field!.Name, q.Agency != null ? q.Agency.Name : "", q.PublishedAt!.Value));
}
