using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.Web.Categories;

/// <summary>What an administrator types for a category; an empty slug is made from the name.</summary>
public sealed record CategoryFields(string Name, string? Slug, int SortOrder);

/// <summary>A line of the administrator's list.</summary>
public sealed record CategoryRow(int Id, string Name, string Slug, int SortOrder, int ArticleCount);

public enum CategorySaveOutcome
{
    Saved,
    NotFound,
    SlugMalformed,
    SlugTaken,
}

/// <summary>The outcome, and the slug that was tried (the proposed one when none was typed).</summary>
public sealed record CategorySaveResult(CategorySaveOutcome Outcome, string Slug);

public enum CategoryDeleteOutcome
{
    Deleted,
    NotFound,
    StillHasArticles,
    TargetNotFound,
    TargetIsItself,
}

public sealed class CategoryService(PortalDbContext db, AuditLog audit)
{
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
    public async Task<CategorySaveResult?> CheckSlugAsync(CategoryFields fields, int? exceptId, CancellationToken cancellationToken = default)
    {
        var (_, slug) = Clean(fields);
        return await SlugProblemAsync(slug, exceptId, cancellationToken) is { } problem ? new CategorySaveResult(problem, slug) : null;
    }

    public async Task<CategorySaveResult> CreateAsync(CategoryFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var (name, slug) = Clean(fields);
        var problem = await SlugProblemAsync(slug, exceptId: null, cancellationToken);
        if (problem is not null)
        {
            return new CategorySaveResult(problem.Value, slug);
        }
        db.Categories.Add(new Category { Name = name, Slug = slug, SortOrder = fields.SortOrder });
        audit.Add(userName, AuditActions.CategoryChanged, name, $"Thêm chuyên mục; đường dẫn: {slug}; thứ tự: {fields.SortOrder}");
        return await SaveAsync(slug, exceptId: null, cancellationToken);
    }

    public async Task<CategorySaveResult> UpdateAsync(int id, CategoryFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var (name, slug) = Clean(fields);
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return new CategorySaveResult(CategorySaveOutcome.NotFound, slug);
        }
        var problem = await SlugProblemAsync(slug, exceptId: id, cancellationToken);
        if (problem is not null)
        {
            return new CategorySaveResult(problem.Value, slug);
        }
        var changes = new List<string>();
        if (category.Name != name)
        {
            changes.Add($"tên: {category.Name} → {name}");
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
            return new CategorySaveResult(CategorySaveOutcome.Saved, slug);
        }
        (category.Name, category.Slug, category.SortOrder) = (name, slug, fields.SortOrder);
        audit.Add(userName, AuditActions.CategoryChanged, name, "Sửa " + string.Join("; ", changes));
        return await SaveAsync(slug, exceptId: id, cancellationToken);
    }

    /// <summary>Swaps the category with the one above it; null when there is no such category.</summary>
    public Task<Category?> MoveUpAsync(int id, string userName, CancellationToken cancellationToken = default) =>
        HandOrder.MoveAsync<Category>(db, audit, id, -1, userName, AuditActions.CategoryChanged, cancellationToken);

    /// <summary>Swaps the category with the one below it; null when there is no such category.</summary>
    public Task<Category?> MoveDownAsync(int id, string userName, CancellationToken cancellationToken = default) =>
        HandOrder.MoveAsync<Category>(db, audit, id, +1, userName, AuditActions.CategoryChanged, cancellationToken);

    /// <summary>
    /// Deletes the category. One that still has articles is deleted only when they are all moved to another
    /// category, in the same transaction, so no article is ever left without one.
    /// </summary>
    public async Task<CategoryDeleteOutcome> DeleteAsync(int id, int? moveArticlesTo, string userName, CancellationToken cancellationToken = default)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return CategoryDeleteOutcome.NotFound;
        }
        Category? target = null;
        if (await CountArticlesAsync(id, cancellationToken) > 0)
        {
            if (moveArticlesTo is null)
            {
                return CategoryDeleteOutcome.StillHasArticles;
            }
            if (moveArticlesTo == id)
            {
                return CategoryDeleteOutcome.TargetIsItself;
            }
            target = await db.Categories.FirstOrDefaultAsync(c => c.Id == moveArticlesTo, cancellationToken);
            if (target is null)
            {
                return CategoryDeleteOutcome.TargetNotFound;
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
                return CategoryDeleteOutcome.StillHasArticles;
            }
            throw;
        }
        await transaction.CommitAsync(cancellationToken);
        return CategoryDeleteOutcome.Deleted;
    }

    private static (string Name, string Slug) Clean(CategoryFields fields)
    {
        var name = fields.Name.Trim().Normalize(NormalizationForm.FormC);
        var slug = string.IsNullOrWhiteSpace(fields.Slug) ? SlugGenerator.FromTitle(name) : fields.Slug.Trim();
        return (name, slug);
    }

    private async Task<CategorySaveOutcome?> SlugProblemAsync(string slug, int? exceptId, CancellationToken cancellationToken)
    {
        if (!SlugGenerator.IsValid(slug))
        {
            return CategorySaveOutcome.SlugMalformed;
        }
        return await SlugTakenAsync(slug, exceptId, cancellationToken) ? CategorySaveOutcome.SlugTaken : null;
    }

    private Task<bool> SlugTakenAsync(string slug, int? exceptId, CancellationToken cancellationToken) =>
        db.Categories.AnyAsync(c => c.Slug == slug && c.Id != exceptId, cancellationToken);

    private async Task<CategorySaveResult> SaveAsync(string slug, int? exceptId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CategorySaveResult(CategorySaveOutcome.Saved, slug);
        }
        catch (DbUpdateException)
        {
            // Another administrator took the slug between the check and the save: the unique index said no.
            if (await SlugTakenAsync(slug, exceptId, cancellationToken))
            {
                return new CategorySaveResult(CategorySaveOutcome.SlugTaken, slug);
            }
            throw;
        }
    }
}
