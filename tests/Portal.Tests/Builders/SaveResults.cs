using Portal.Web.Editing;

namespace Portal.Tests.Builders;

/// <summary>What a test reads of a <see cref="SaveResult{T}"/>, failing when the save went another way.</summary>
public static class SaveResults
{
    public static T Saved<T>(this SaveResult<T> result) => Assert.IsType<SaveResult<T>.Saved>(result).Value;

    public static IReadOnlyDictionary<string, string> Refusals<T>(this SaveResult<T> result) => Assert.IsType<SaveResult<T>.Invalid>(result).Errors;
}
