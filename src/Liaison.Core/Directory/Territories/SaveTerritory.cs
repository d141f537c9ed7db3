using System.ComponentModel.DataAnnotations;
using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Directory.Territories;

/// <summary>A manager or admin creates a territory or changes its rules and owner (reassignment), at the version read.</summary>
public static class SaveTerritory
{
    public sealed record Fields(
        [property: Required, StringLength(100, MinimumLength = 2)] string Name,
        [property: StringLength(500)] string? Description,
        string? OwnerUserId,
        [property: MaxLength(SaveTerritory.MaxRules)] IReadOnlyList<TerritoryRuleView>? Rules);

    /// <summary>More rules than a territory needs (a state's ZIPs run to a few thousand; prefixes cover more).</summary>
    public const int MaxRules = 5000;

    public sealed class Handler(LiaisonDbContext db, ListTerritories.Handler views)
    {
        public async Task<Result<TerritoryView>> Create(Fields f, CancellationToken ct)
        {
            var territory = new Territory { Id = Guid.CreateVersion7(), CreatedAt = db.UtcNow };
            if (await ApplyAsync(territory, f, ct) is { } invalid) return invalid;
            db.Territories.Add(territory);
            await db.SaveChangesAsync(ct);
            return await views.Get(territory.Id, ct);
        }

        public async Task<Result<TerritoryView>> Update(Guid id, ExpectedVersion version, Fields f, CancellationToken ct)
        {
            var territory = await db.Territories.Include(t => t.Rules).FirstOrDefaultAsync(t => t.Id == id, ct);
            if (territory is null) return Error.NotFound("The territory");
            if (db.Expect(territory, version) is { } stale) return stale;
            if (await ApplyAsync(territory, f, ct) is { } invalid) return invalid;
            // A rule change alone must still move the territory's version, so a stale editor is refused.
            db.Entry(territory).State = EntityState.Modified;
            if (await db.SaveVersionedAsync(ct) is { } conflict) return conflict;
            return await views.Get(territory.Id, ct);
        }

        private async Task<Error?> ApplyAsync(Territory t, Fields f, CancellationToken ct)
        {
            var name = f.Name.Trim();
            // Names are told apart regardless of case ("Northeast", "northeast"), as product names are: a search by name finds one.
            var upperName = name.ToUpperInvariant();
            if (await db.Territories.AnyAsync(x => x.Id != t.Id && x.Name.ToUpper() == upperName, ct))
                return Error.Invalid(nameof(f.Name), $"Another territory is already named {name}.");
            var owner = string.IsNullOrWhiteSpace(f.OwnerUserId) ? null : f.OwnerUserId.Trim();
            if (owner is not null && !await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                    where ur.UserId == owner && r.Name == Roles.Msl select ur).AnyAsync(ct))
                return Error.Invalid(nameof(f.OwnerUserId), "The owner must be a user with the role msl.");
            if (f.Rules is { Count: > MaxRules }) return Error.Invalid(nameof(f.Rules), $"A territory has at most {MaxRules:N0} rules: use ZIP prefixes or states.");
            var rules = new List<TerritoryRule>();
            var seen = new HashSet<(TerritoryRuleKind, string)>();
            foreach (var (rule, i) in (f.Rules ?? []).Select((r, i) => (r, i)))
            {
                if (rule?.Value is null) return Error.Invalid($"Rules[{i}]", "A rule needs a kind and a value.");
                var value = rule.Value.Trim().ToUpperInvariant();
                var problem = rule.Kind switch
                {
                    TerritoryRuleKind.State when !Registry.UsStates.IsValid(value) => $"'{value}' is not a USPS state code.",
                    TerritoryRuleKind.Zip when value.Length != 5 || !value.All(char.IsAsciiDigit) => $"'{value}' is not a five-digit ZIP.",
                    TerritoryRuleKind.ZipPrefix when value.Length is < 1 or > 4 || !value.All(char.IsAsciiDigit) => $"'{value}' is not a ZIP prefix of 1–4 digits.",
                    _ => null,
                };
                if (problem is not null) return Error.Invalid($"Rules[{i}]", problem);
                if (seen.Add((rule.Kind, value)))
                    rules.Add(new TerritoryRule { Id = Guid.CreateVersion7(), TerritoryId = t.Id, Kind = rule.Kind, Value = value });
            }
            (t.Name, t.Description, t.OwnerUserId) = (name, string.IsNullOrWhiteSpace(f.Description) ? null : f.Description.Trim(), owner);
            foreach (var gone in t.Rules.Where(r => !seen.Contains((r.Kind, r.Value))).ToList())
            {
                t.Rules.Remove(gone);
                db.TerritoryRules.Remove(gone);
            }
            var held = t.Rules.Select(r => (r.Kind, r.Value)).ToHashSet();
            foreach (var added in rules.Where(n => !held.Contains((n.Kind, n.Value))))
            {
                t.Rules.Add(added);
                if (db.Entry(t).State != EntityState.Detached) db.TerritoryRules.Add(added);
            }
            return null;
        }
    }
}
