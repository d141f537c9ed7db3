using System.Security.Claims;
using Liaison.Core.Common;

namespace Liaison.Web.Security;

/// <summary>
/// The actor of an audit entry: the signed-in user or token holder of the current request.
/// The actor is asked for many times per request (each access check, each save): it is built once per principal.
/// </summary>
internal sealed class HttpActorAccessor(IHttpContextAccessor http) : IActorAccessor
{
    private (ClaimsPrincipal User, Actor Actor)? _last;

    public Actor Current
    {
        get
        {
            if (http.HttpContext is not { } context) return Actor.System("system");
            var user = context.User;
            if (_last is { } last && ReferenceEquals(last.User, user)) return last.Actor;
            var actor = Of(user);
            _last = (user, actor);
            return actor;
        }
    }

    private static Actor Of(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Actor.System("anonymous");
        var email = user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue(ClaimTypes.Email) ?? "";
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), email, roles)
        {
            DisplayName = user.FindFirstValue(LiaisonClaims.DisplayName),
        };
    }
}
