using System.Globalization;
using System.Threading.RateLimiting;

namespace Portal.Web.Hosting;

public static class RateLimitSetup
{
    /// <summary>Sign-in and setup POSTs: a few tries a minute from one address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The public search: generous for a person, a wall for a script.</summary>
    public const string Search = "search";

    /// <summary>
    /// Citizens' comments, questions and confirmations (the POST only): a bucket of
    /// <c>Portal:Security:ParticipationPostsPerHour</c> (20) per client, refilled one at a time over the hour (one
    /// every 3 minutes), so the people behind one carrier's address still send a few each, a script cannot flood
    /// the moderators, and reading the pages is never limited.
    /// </summary>
    public const string Participation = "participation";

    /// <summary>
    /// Per client (<see cref="ClientNetwork"/>: an IPv6 client by its /64). A refused request gets 429 with Retry-After,
    /// and the status code pages show the Vietnamese "wait a moment" page. Nothing else is limited: a cached page
    /// costs nothing to serve. A client's partition is dropped by the framework once it has been full again for
    /// 10 s, so memory follows the clients of the last minute or so, not every address ever seen.
    /// </summary>
    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInsPerMinute = configuration.GetValue("Portal:Security:SignInAttemptsPerMinute", 10);
        var searchesPerMinute = configuration.GetValue("Portal:Security:SearchesPerMinute", 30);
        var participationPostsPerHour = Math.Max(1, configuration.GetValue("Portal:Security:ParticipationPostsPerHour", 20));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Passwords and setup tokens cannot be guessed fast. Only the POST is a try; showing the form costs nothing.
            options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientNetwork.Of(context).ToString(),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
            // A bucket of a minute's searches, refilled one at a time: a burst is fine, a steady flood is not.
            options.AddPolicy(Search, context => context.Request.Query.ContainsKey("q")
                ? RateLimitPartition.GetTokenBucketLimiter(ClientNetwork.Of(context).ToString(), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = searchesPerMinute,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / searchesPerMinute,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("form"));
            options.AddPolicy(Participation, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetTokenBucketLimiter(ClientNetwork.Of(context).ToString(), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = participationPostsPerHour,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromHours(1) / participationPostsPerHour,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("form"));
        });
        return services;
    }
}
