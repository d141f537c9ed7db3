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
/// Contexts are pooled (<see cref="LiaisonCoreServices"/>): a scope's context is lent to the scope's actor and clock by
/// <see cref="LendTo"/>, which also clears what the previous borrower left (EF resets its own state).
/// </summary>
public partial class LiaisonDbContext : IdentityDbContext<LiaisonUser, IdentityRole, string>, IDataProtectionKeyContext
{
    private TimeProvider _clock = TimeProvider.System;
    private IActorAccessor _actor = new FixedActor(Actor.System("system"));
    private AuditSealSignal? _sealSignal;
    private bool _savingAuditOnly;
    private bool _lent;

    /// <summary>The pool's only way to make a context (one constructor, the options); <see cref="LendTo"/> before use.</summary>
    public LiaisonDbContext(DbContextOptions<LiaisonDbContext> options) : base(options) { }

    /// <summary>Gives a (pooled) context to a borrower: its clock, its actor and the sealer to notify after a save.</summary>
    public LiaisonDbContext LendTo(TimeProvider clock, IActorAccessor actor, AuditSealSignal? sealSignal = null)
    {
        (_clock, _actor, _sealSignal) = (clock, actor, sealSignal);
        AuditReason = null;
        AuditAction = null;
        _savingAuditOnly = false;
        _lent = true;
        return this;
    }

    /// <summary>
    /// Before the context goes back to the pool: a transaction left open is rolled back and the connection closed through
    /// EF, so interceptors see both and the SQLite write gate frees the connection's hold at once. EF's own reset of a
    /// pooled context disposes the transaction and closes the connection underneath them (no events). Whatever happens
    /// there (a broken connection), the context still goes back.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (!_lent) return;
            _lent = false;
            if (Database.CurrentTransaction is not null) await Database.RollbackTransactionAsync();
            await Database.CloseConnectionAsync();
        }
        finally { await base.DisposeAsync(); }
    }

    public override void Dispose()
    {
        try
        {
            if (!_lent) return;
            _lent = false;
            if (Database.CurrentTransaction is not null) Database.RollbackTransaction();
            Database.CloseConnection();
        }
        finally { base.Dispose(); }
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHead => Set<AuditHead>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<WorkspaceSetting> WorkspaceSettings => Set<WorkspaceSetting>();
    public DbSet<TherapeuticArea> TherapeuticAreas => Set<TherapeuticArea>();
    public DbSet<Product> Products => Set<Product>();

    /// <summary>
    /// Whether this workspace is SQLite. EF's <c>Database.IsSqlite()</c> reads the provider's assembly name on every call
    /// (a reflection lookup and allocations, several times per search); a context's provider never changes.
    /// </summary>
    public bool IsSqlite => _isSqlite ??= Database.IsSqlite();
    private bool? _isSqlite;

    public Actor Actor => _actor.Current;
    public DateTime UtcNow => _clock.GetUtcNow().UtcDateTime;

    /// <summary>The reason recorded with the audit entries of the next save (amendments, erasures).</summary>
    public string? AuditReason { get; set; }

    /// <summary>What the next save's changes to existing rows are, when more than an update: "Sign", "Amend", "Erase"
    /// (the audit trail's reviewers filter by it). Rows it inserts or deletes stay inserts and deletes.</summary>
    public string? AuditAction { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LiaisonDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    /// <summary>The largest value a decimal column holds (precision 18, scale 2): importers refuse larger ones row by row.</summary>
    internal const decimal LargestDecimal = 9_999_999_999_999_999.99m;

    /// <summary>
    /// <paramref name="value"/> as a decimal column holds it: to the cent, half away from zero. Importers store this, so
    /// both engines hold one figure (SQLite keeps every digit it is given, PostgreSQL's numeric(18, 2) rounds).
    /// </summary>
    internal static decimal ToCents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

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
        // One scan for changes per save: every ChangeTracker.Entries() call below (versions, capture) and EF's own
        // save would otherwise scan every tracked entity again (four scans, a visible part of an API write's CPU).
        // Since the scan only the change tracker's own API is used (versions set through their entries, audit
        // entries added), which records each change as it goes.
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            RaiseVersions();
            var changes = ChangeCapture.Capture(ChangeTracker, AuditReason, AuditAction);
            if (changes.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

            var entries = AuditTrail.Append(this, changes, Actor, UtcNow);
            try
            {
                // One SaveChanges is one transaction (or part of the caller's): the entries commit with the changes.
                var n = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                EntityGenerations.Raise(changes.Select(c => c.Entity));
                (AuditReason, AuditAction) = (null, null);
                _sealSignal?.Notify();
                return n;
            }
            catch
            {
                // The failed save must not leave its audit entries behind to be written by a later save.
                foreach (var e in entries) Entry(e).State = EntityState.Detached;
                throw;
            }
        }
        finally { ChangeTracker.AutoDetectChangesEnabled = autoDetect; }
    }

    internal async Task SaveAuditEntriesOnlyAsync(CancellationToken ct)
    {
        _savingAuditOnly = true;
        try { await base.SaveChangesAsync(true, ct); }
        finally { _savingAuditOnly = false; }
        _sealSignal?.Notify();
    }

    private void RaiseVersions()
    {
        // Through the entry, so the change is recorded without another DetectChanges.
        foreach (var e in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
            e.Property(nameof(IVersioned.Version)).CurrentValue = e.OriginalValues.GetValue<long>(nameof(IVersioned.Version)) + 1;
    }
}
