using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;

namespace Portal.Web.Categories;

public sealed class CategoryService(PortalDbContext db)
{
    public Task<List<Category>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);

    public Task<Category?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    /// <summary>The category of that name, created (at the end of the order) when there is none.</summary>
    public async Task<Category> FindOrAddByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var slug = SlugGenerator.FromTitle(name);
        var existing = await db.Categories.FirstOrDefaultAsync(c => c.Slug == slug || c.Name == name, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var lastOrder = await db.Categories.Select(c => (int?)c.SortOrder).MaxAsync(cancellationToken) ?? 0;
        var category = new Category { Name = name, Slug = slug, SortOrder = lastOrder + 1 };
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }
}
