using System.Reflection;
using Portal.Web.Data;

namespace Portal.Tests.Architecture;

/// <summary>
/// Pages ask the features' services, which own the queries and the rules: a page that reads the context itself
/// would skip them (what citizens may see, who may change what). Checked by reflection over the web assembly.
/// </summary>
public sealed class PageModelsDoNotTakeTheDbContext
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly string[] PageNamespaces = ["Portal.Web.Pages", "Portal.Web.Areas"];

    [Fact]
    public void NoTypeUnderPagesOrAreasTakesPortalDbContext()
    {
        var offenders = typeof(PortalDbContext).Assembly.GetTypes()
            .Where(t => PageNamespaces.Any(n => t.Namespace == n || t.Namespace?.StartsWith(n + ".", StringComparison.Ordinal) == true))
            .SelectMany(Uses)
            .ToList();
        Assert.True(offenders.Count == 0, "These take PortalDbContext; go through a feature's service instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TheCheckSeesEveryWayOfTakingIt() =>
        Assert.Equal(["ctor parameter db", "field _db", "property Db", "OnGet parameter fromServices"], Uses(typeof(APageThatTakesItEveryWay)).Select(u => u[(u.IndexOf(':') + 2)..]));

    /// <summary>Constructor parameters (a primary constructor's too), fields, properties and method parameters ([FromServices]).</summary>
    private static IEnumerable<string> Uses(Type type)
    {
        bool Takes(Type t) => typeof(PortalDbContext).IsAssignableFrom(t);
        foreach (var constructor in type.GetConstructors(Everything))
        {
            foreach (var parameter in constructor.GetParameters().Where(p => Takes(p.ParameterType)))
            {
                yield return $"{type.FullName}: ctor parameter {parameter.Name}";
            }
        }
        foreach (var field in type.GetFields(Everything).Where(f => Takes(f.FieldType) && !f.Name.StartsWith('<')))
        {
            yield return $"{type.FullName}: field {field.Name}";
        }
        foreach (var property in type.GetProperties(Everything).Where(p => Takes(p.PropertyType)))
        {
            yield return $"{type.FullName}: property {property.Name}";
        }
        foreach (var method in type.GetMethods(Everything).Where(m => !m.IsSpecialName))
        {
            foreach (var parameter in method.GetParameters().Where(p => Takes(p.ParameterType)))
            {
                yield return $"{type.FullName}: {method.Name} parameter {parameter.Name}";
            }
        }
    }

#pragma warning disable CS0169, CA1823, IDE0051, IDE0044, IDE0060 // never used: it only has to be seen
    private sealed class APageThatTakesItEveryWay(PortalDbContext db)
    {
        private PortalDbContext? _db = db;

        private PortalDbContext? Db { get; set; }

        public void OnGet(PortalDbContext fromServices) => Db = fromServices ?? _db;
    }
#pragma warning restore CS0169, CA1823, IDE0051, IDE0044, IDE0060
}
