using Portal.Web.Editing;

namespace Portal.Tests.Builders;

/// <summary>What a test reads of a <see cref="SaveResult{T}"/>, failing when the save went another way.</summary>
public static class SaveResults
{
    public static T Saved<T>(this SaveResult<T> result) => result is SaveResult<T>.Saved saved
        ? saved.Value
        : throw new Xunit.Sdk.XunitException($"Not saved: {(result is SaveResult<T>.Invalid invalid ? string.Join("; ", invalid.Errors.Values) : result.GetType().Name)}");

    public static IReadOnlyDictionary<string, string> Refusals<T>(this SaveResult<T> result) => Assert.IsType<SaveResult<T>.Invalid>(result).Errors;
}
