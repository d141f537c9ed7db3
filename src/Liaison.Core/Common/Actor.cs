namespace Liaison.Core.Common;

/// <summary>Who is acting: a signed-in user, a token holder or the CLI. Written into every audit entry.</summary>
public sealed record Actor(string? UserId, string Name, IReadOnlySet<string> Roles)
{
    public static Actor System(string name) => new(null, name, new HashSet<string>());

    /// <summary>The user's display name when the sign-in carries it (web cookie, API token): answers that name the
    /// actor need not query the users table for it.</summary>
    public string? DisplayName { get; init; }

    public bool IsIn(string role) => Roles.Contains(role);
}

public interface IActorAccessor
{
    Actor Current { get; }
}

/// <summary>An actor fixed for the scope: the CLI, a background job, a test.</summary>
public sealed class FixedActor(Actor actor) : IActorAccessor
{
    public Actor Current { get; set; } = actor;
}
