using System.Security.Claims;
using System.Text.Encodings.Web;
using Liaison.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer lia_…</c> personal API tokens, and answers challenges and
/// refusals with RFC 9457 problem details (401 with WWW-Authenticate, 403).
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokenAuthentication tokens, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var holder = await tokens.Authenticate(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (holder is null) return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, holder.UserId),
            new(ClaimTypes.Name, holder.Email),
            new(LiaisonClaims.DisplayName, holder.DisplayName),
        };
        claims.AddRange(holder.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await Write(new ProblemDetails
        {
            Status = 401, Title = "Authentication required",
            Detail = failure?.Message ?? "Send a personal API token as 'Authorization: Bearer <token>'.",
        });
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Write(new ProblemDetails
        {
            Status = 403, Title = "Forbidden",
            Detail = "Your role does not allow this request.",
        });
    }

    private Task Write(ProblemDetails problem) =>
        problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem }).AsTask();
}
