using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Liaison.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Core.Identity;

public static class AddUser
{
    public sealed record Command(
        [property: Required, EmailAddress, StringLength(256)] string Email,
        [property: Required, MinLength(1)] IReadOnlyList<string> Roles,
        [property: StringLength(200)] string? DisplayName = null,
        string? Password = null);

    /// <param name="GeneratedPassword">The password, when Liaison chose it: shown once.</param>
    public sealed record Response(string UserId, string Email, IReadOnlyList<string> Roles, string? GeneratedPassword);

    public sealed class Handler(UserManager<LiaisonUser> users, TimeProvider clock)
    {
        public async Task<Result<Response>> Handle(Command command, CancellationToken ct)
        {
            if (Identity.Roles.Problem(command.Roles) is { } roles) return Error.Invalid(nameof(command.Roles), roles);
            var email = command.Email.Trim();
            if (await users.FindByEmailAsync(email) is not null)
                return Error.Conflict($"A user with the email {email} already exists.");

            var generated = command.Password is null ? GeneratePassword() : null;
            var user = new LiaisonUser
            {
                UserName = email, Email = email, EmailConfirmed = true,
                DisplayName = string.IsNullOrWhiteSpace(command.DisplayName) ? email : command.DisplayName.Trim(),
                CreatedAt = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true,
            };
            var created = await users.CreateAsync(user, command.Password ?? generated!);
            if (!created.Succeeded) return IdentityErrors.ToError(created, "Password");
            var added = await users.AddToRolesAsync(user, command.Roles.Distinct());
            if (!added.Succeeded) return IdentityErrors.ToError(added, nameof(command.Roles));
            return new Response(user.Id, email, command.Roles.Distinct().ToList(), generated);
        }
    }

    /// <summary>Sixteen characters from an alphabet without look-alikes, with every character class present.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", marks = "-_.!";
        var all = lower + upper + digits + marks;
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[5] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[10] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[15] = marks[RandomNumberGenerator.GetInt32(marks.Length)];
        return new string(chars);
    }
}
