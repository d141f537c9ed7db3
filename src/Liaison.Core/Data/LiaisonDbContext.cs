using Liaison.Core.Common;
using Liaison.Core.Compliance.Audit;
using Liaison.Core.Identity;
using Liaison.Core.Products;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Core.Data;

/// <summary>
/// The workspace. Every save of business records writes their audit entries in the same transaction (the
/// <see cref="AuditSealer"/> chains them) and raises the version of each changed <see cref="IVersioned"/> record.
/// </summary>
public partial class LiaisonDbContext(DbContextOptions<LiaisonDbContext> options, TimeProvider clock, IActorAccessor actor,
    AuditSealSignal? sealSignal = null)
    : IdentityDbContext<LiaisonUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    private bool _savingAuditOnly;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHead => Set<AuditHead>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<WorkspaceSetting> WorkspaceSettings => Set<WorkspaceSetting>();
    public DbSet<TherapeuticArea> TherapeuticAreas => Set<TherapeuticArea>();
    public DbSet<Product> Products => Set<Product>();

    public Actor Actor => actor.Current;
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The reason recorded with the audit entries of the next save (amendments, erasures).</summary>
    public string? AuditReason { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LiaisonDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_savingAuditOnly) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        ChangeTracker.DetectChanges();
        RaiseVersions();
        var changes = ChangeCapture.Capture(ChangeTracker, AuditReason);
        if (changes.Count == 0) return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);

        var before = ChangeTracker.Entries<AuditEntry>().Select(e => e.Entity).ToHashSet();
        AuditTrail.Append(this, changes, Actor, UtcNow);
        try
        {
            // One SaveChanges is one transaction (or part of the caller's): the entries commit with the changes.
            var n = await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditReason = null;
            sealSignal?.Notify();
            return n;
        }
        catch
        {
            // The failed save must not leave its audit entries behind to be written by a later save.
            foreach (var e in ChangeTracker.Entries<AuditEntry>().Where(e => !before.Contains(e.Entity)).ToList())
                e.State = EntityState.Detached;
            throw;
        }
    }

    internal async Task SaveAuditEntriesOnlyAsync(CancellationToken ct)
    {
        _savingAuditOnly = true;
        try { await base.SaveChangesAsync(true, ct); }
        finally { _savingAuditOnly = false; }
        sealSignal?.Notify();
    }

    /// <summary>
    /// Saves without a second scan for changes: the caller has just detected them, and since then only the change
    /// tracker's own API has been used (versions set through their entries, audit entries added), which it records
    /// as it goes. The second scan over every tracked entity was a tenth of an API write's CPU.
    /// </summary>
    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try { return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct); }
        finally { ChangeTracker.AutoDetectChangesEnabled = autoDetect; }
    }

    private void RaiseVersions()
    {
        // Through the entry, so the change is recorded without another DetectChanges.
        foreach (var e in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
            e.Property(nameof(IVersioned.Version)).CurrentValue = e.OriginalValues.GetValue<long>(nameof(IVersioned.Version)) + 1;
    }
}
