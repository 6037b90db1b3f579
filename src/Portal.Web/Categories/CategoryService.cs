using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.Web.Categories;

/// <summary>What an administrator types for a category; an empty slug is made from the name; the English name is optional.</summary>
public sealed record CategoryFields(string Name, string? Slug, int SortOrder, string? NameEn = null);

/// <summary>A line of the administrator's list.</summary>
public sealed record CategoryRow(int Id, string Name, string Slug, int SortOrder, int ArticleCount);

public sealed class CategoryService(PortalDbContext db, AuditLog audit)
{
    /// <summary>The field of the deletion's form that says where the category's articles go.</summary>
    public const string MoveArticlesToField = "MoveArticlesTo";

    public Task<List<Category>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Categories.AsNoTracking().InHandOrder().ToListAsync(cancellationToken);

    public Task<Category?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Category?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    public Task<List<CategoryRow>> ListWithArticleCountsAsync(CancellationToken cancellationToken = default) =>
        db.Categories.AsNoTracking().InHandOrder()
            .Select(c => new CategoryRow(c.Id, c.Name, c.Slug, c.SortOrder, db.Articles.Count(a => a.CategoryId == c.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>Every article, whatever its status: a draft holds on to its category as firmly as a published one.</summary>
    public Task<int> CountArticlesAsync(int id, CancellationToken cancellationToken = default) =>
        db.Articles.CountAsync(a => a.CategoryId == id, cancellationToken);

    public Task<int> NextSortOrderAsync(CancellationToken cancellationToken = default) => db.Categories.NextSortOrderAsync(cancellationToken);

    /// <summary>The category of that name, created (at the end of the order) when there is none.</summary>
    public async Task<Category> FindOrAddByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var slug = SlugGenerator.FromTitle(name);
        var existing = await db.Categories.FirstOrDefaultAsync(c => c.Slug == slug || c.Name == name, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var category = new Category { Name = name, Slug = slug, SortOrder = await NextSortOrderAsync(cancellationToken) };
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }

    /// <summary>The slug's problem (malformed or taken by another category), or null when it may be saved.</summary>
    public async Task<SaveResult<Category>.Invalid?> CheckSlugAsync(CategoryFields fields, int? exceptId, CancellationToken cancellationToken = default) =>
        await SlugProblemAsync(fields, Clean(fields).Slug, exceptId, cancellationToken);

    public async Task<SaveResult<Category>> CreateAsync(CategoryFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var (name, slug) = Clean(fields);
        if (await SlugProblemAsync(fields, slug, exceptId: null, cancellationToken) is { } problem)
        {
            return problem;
        }
        var category = new Category { Name = name, NameEn = CleanEnglish(fields.NameEn), Slug = slug, SortOrder = fields.SortOrder };
        db.Categories.Add(category);
        audit.Add(userName, AuditActions.CategoryChanged, name, $"Thêm chuyên mục; đường dẫn: {slug}; thứ tự: {fields.SortOrder}");
        return await SaveAsync(category, exceptId: null, cancellationToken);
    }

    public async Task<SaveResult<Category>> UpdateAsync(int id, CategoryFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var (name, slug) = Clean(fields);
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return new SaveResult<Category>.NotFound();
        }
        if (await SlugProblemAsync(fields, slug, exceptId: id, cancellationToken) is { } problem)
        {
            return problem;
        }
        var changes = new List<string>();
        if (category.Name != name)
        {
            changes.Add($"tên: {category.Name} → {name}");
        }
        var nameEn = CleanEnglish(fields.NameEn);
        if (category.NameEn != nameEn)
        {
            changes.Add($"tên tiếng Anh: {category.NameEn} → {nameEn}");
        }
        if (category.Slug != slug)
        {
            changes.Add($"đường dẫn: {category.Slug} → {slug}");
        }
        if (category.SortOrder != fields.SortOrder)
        {
            changes.Add($"thứ tự: {category.SortOrder} → {fields.SortOrder}");
        }
        if (changes.Count == 0)
        {
            return new SaveResult<Category>.Saved(category);
        }
        (category.Name, category.NameEn, category.Slug, category.SortOrder) = (name, nameEn, slug, fields.SortOrder);
        audit.Add(userName, AuditActions.CategoryChanged, name, "Sửa " + string.Join("; ", changes));
        return await SaveAsync(category, exceptId: id, cancellationToken);
    }

    /// <summary>Swaps the category with the one above it; null when there is no such category.</summary>
    public Task<Category?> MoveUpAsync(int id, string userName, CancellationToken cancellationToken = default) =>
        HandOrder.MoveAsync<Category>(db, audit, id, -1, userName, AuditActions.CategoryChanged, cancellationToken);

    /// <summary>Swaps the category with the one below it; null when there is no such category.</summary>
    public Task<Category?> MoveDownAsync(int id, string userName, CancellationToken cancellationToken = default) =>
        HandOrder.MoveAsync<Category>(db, audit, id, +1, userName, AuditActions.CategoryChanged, cancellationToken);

    /// <summary>
    /// Deletes the category. One that still has articles is deleted only when they are all moved to another
    /// category, in the same transaction, so no article is ever left without one. The refusals are about
    /// <see cref="MoveArticlesToField"/>.
    /// </summary>
    public async Task<SaveResult<Category>> DeleteAsync(int id, int? moveArticlesTo, string userName, CancellationToken cancellationToken = default)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return new SaveResult<Category>.NotFound();
        }
        Category? target = null;
        if (await CountArticlesAsync(id, cancellationToken) > 0)
        {
            if (moveArticlesTo is null)
            {
                return StillHasArticles;
            }
            if (moveArticlesTo == id)
            {
                return new SaveResult<Category>.Invalid(MoveArticlesToField, "Không thể chuyển bài viết sang chính chuyên mục đang xóa. Xin chọn chuyên mục khác.");
            }
            target = await db.Categories.FirstOrDefaultAsync(c => c.Id == moveArticlesTo, cancellationToken);
            if (target is null)
            {
                return new SaveResult<Category>.Invalid(MoveArticlesToField, "Chuyên mục được chọn không tồn tại. Xin chọn chuyên mục khác.");
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (target is not null)
        {
            // A new version, so an editor who has one of them open is warned instead of saving the old category back.
            var moved = await db.Articles.Where(a => a.CategoryId == id).ExecuteUpdateAsync(
                set => set.SetProperty(a => a.CategoryId, target.Id).SetProperty(a => a.Version, Guid.NewGuid()),
                cancellationToken);
            audit.Add(userName, AuditActions.CategoryChanged, category.Name, $"Chuyển {moved} bài viết sang chuyên mục {target.Name}");
        }
        db.Categories.Remove(category);
        audit.Add(userName, AuditActions.CategoryDeleted, category.Name, $"đường dẫn: {category.Slug}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // An article was added to it after it was counted, and the foreign key refused the deletion.
            if (await CountArticlesAsync(id, cancellationToken) > 0)
            {
                return StillHasArticles;
            }
            throw;
        }
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult<Category>.Saved(category);
    }

    private static SaveResult<Category>.Invalid StillHasArticles =>
        new SaveResult<Category>.Invalid(MoveArticlesToField, "Chuyên mục còn bài viết. Xin chọn chuyên mục để chuyển các bài viết sang trước khi xóa.");

    private static string CleanEnglish(string? nameEn) => (nameEn ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static (string Name, string Slug) Clean(CategoryFields fields)
    {
        var name = fields.Name.Trim().Normalize(NormalizationForm.FormC);
        var slug = string.IsNullOrWhiteSpace(fields.Slug) ? SlugGenerator.FromTitle(name) : fields.Slug.Trim();
        return (name, slug);
    }

    /// <summary>The slug's refusal, said for what was typed: a slug made from the name asks for one to be typed.</summary>
    private async Task<SaveResult<Category>.Invalid?> SlugProblemAsync(CategoryFields fields, string slug, int? exceptId, CancellationToken cancellationToken)
    {
        if (!SlugGenerator.IsValid(slug))
        {
            return new SaveResult<Category>.Invalid(nameof(CategoryFields.Slug), string.IsNullOrWhiteSpace(fields.Slug)
                ? "Không tạo được đường dẫn từ tên này. Xin nhập đường dẫn."
                : "Đường dẫn chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang giữa các từ, ví dụ: tin-tuc-su-kien.");
        }
        return await SlugTakenAsync(slug, exceptId, cancellationToken) ? SlugTaken(slug) : null;
    }

    private static SaveResult<Category>.Invalid SlugTaken(string slug) =>
        new SaveResult<Category>.Invalid(nameof(CategoryFields.Slug), $"Đường dẫn “{slug}” đã có chuyên mục khác dùng. Xin chọn đường dẫn khác.");

    private Task<bool> SlugTakenAsync(string slug, int? exceptId, CancellationToken cancellationToken) =>
        db.Categories.AnyAsync(c => c.Slug == slug && c.Id != exceptId, cancellationToken);

    private async Task<SaveResult<Category>> SaveAsync(Category category, int? exceptId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult<Category>.Saved(category);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the slug between the check and the save: the unique index said no.
            if (await SlugTakenAsync(category.Slug, exceptId, cancellationToken))
            {
                return SlugTaken(category.Slug);
            }
            throw;
        }
    }
}
