using Liaison.Core.Common;
using Liaison.Core.Data;
using Liaison.Core.Directory.Changes;
using Liaison.Core.Directory.Privacy;
using Liaison.Core.Directory.Profile;
using Liaison.Core.Directory.Territories;

namespace Liaison.Core.Directory.Influence;

// The KOL capability's sections of the HCP profile. All are HCP-level medical or evidence-review data: the
// cross-functional viewer sees none of them (the medical/commercial firewall).

internal sealed class KolEvidenceSection(GetKolProfile.Handler kol) : IHcpProfileSection
{
    public string Key => "kol-evidence";
    public string Title => "KOL influence and evidence";
    public int Order => 10;
    public bool IsMedical => true;

    public async Task<object?> LoadAsync(Guid hcpId, Actor actor, CancellationToken ct) => (await kol.Handle(hcpId, ct)).Value;
}

internal sealed class TerritoriesSection(ListTerritories.Handler territories) : IHcpProfileSection
{
    public string Key => "territories";
    public string Title => "Territories";
    public int Order => 15;
    public bool IsMedical => true;

    public async Task<object?> LoadAsync(Guid hcpId, Actor actor, CancellationToken ct) => await territories.OfHcp(hcpId, ct);
}

internal sealed class ConsentsSection(HcpConsents.Handler consents) : IHcpProfileSection
{
    public string Key => "consents";
    public string Title => "Consents";
    public int Order => 40;
    public bool IsMedical => true;

    public async Task<object?> LoadAsync(Guid hcpId, Actor actor, CancellationToken ct) => await consents.OfHcp(hcpId, ct);
}

internal sealed class ChangeRequestsSection(ListChangeRequests.Handler requests) : IHcpProfileSection
{
    public string Key => "change-requests";
    public string Title => "Data-change requests";
    public int Order => 90;
    public bool IsMedical => true;

    public async Task<object?> LoadAsync(Guid hcpId, Actor actor, CancellationToken ct) =>
        (await requests.Handle(null, hcpId, new PageRequest(1, 50), ct)).Items;
}
