using Liaison.Core.Data;
using Liaison.Core.Engagement.OpenPayments;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Engagement;

/// <summary>Payments without an NPI (the 2014-era layout has none) linked to the one directory HCP of that name practising in that state.</summary>
public abstract class ExternalPaymentLinkTests(TestApp app)
{
    private static string General(params (string RecordId, string Last, string State)[] rows) => OpenPaymentsCsv.Write("general.csv",
        [.. rows.Select(r => OpenPaymentsCsv.Payment(r.RecordId, ("Covered_Recipient_Last_Name", r.Last), ("Recipient_State", r.State)))]);

    [Fact]
    public async Task A_payment_without_npi_links_to_the_only_hcp_of_its_name_in_its_state()
    {
        var tag = new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(8).ToArray()).ToUpperInvariant();
        var (unique, _) = await EngagementData.Hcp(app, "Solo" + tag);
        await EngagementData.Hcp(app, "Twin" + tag);
        await EngagementData.Hcp(app, "Twin" + tag);

        var (report, _) = await app.InScope(sp => sp.GetRequiredService<ImportOpenPayments.Handler>()
            .Handle(General(("8200001", "SOLO" + tag, "MA"), ("8200002", "TWIN" + tag, "MA"), ("8200003", "SOLO" + tag, "CA")), null, default));

        Assert.Equal(1, report!.LinkedToDirectory);
        var links = await app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().ExternalPayments
            .Where(p => p.RecordId.StartsWith("82000")).OrderBy(p => p.RecordId).Select(p => p.HcpId).ToListAsync());
        Assert.Equal([unique, null, null], links);
    }
}

public sealed class ExternalPaymentLinkOnSqlite(SqliteApp app) : ExternalPaymentLinkTests(app), IClassFixture<SqliteApp>;

public sealed class ExternalPaymentLinkOnPostgres(PostgresApp app) : ExternalPaymentLinkTests(app), IClassFixture<PostgresApp>;
