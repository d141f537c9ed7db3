using System.Security.Claims;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Security;

/// <summary>Adds the display name to the cookie so the layout does not query the database on every page.</summary>
internal sealed class UserClaimsFactory(UserManager<LiaisonUser> users, RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<LiaisonUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LiaisonUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LiaisonClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
