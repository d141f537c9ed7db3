using System.Security.Claims;
using Liaison.Core.Common;

namespace Liaison.Web.Security;

/// <summary>The actor of an audit entry: the signed-in user or token holder of the current request.</summary>
internal sealed class HttpActorAccessor(IHttpContextAccessor http) : IActorAccessor
{
    public Actor Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return Actor.System("web:anonymous");
            var email = user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue(ClaimTypes.Email) ?? "";
            var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
            return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), email, roles);
        }
    }
}
