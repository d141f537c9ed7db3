using System.Net.Http.Headers;
using Liaison.Core.Data;
using Liaison.Core.Directory.Evidence;
using Liaison.Core.Directory.Import;
using Liaison.Core.Directory.Prescribing;
using Liaison.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.IntegrationTests.Kol;

/// <summary>
/// The NPPES sample plus the spec-built KOL files (tests/TestData/kol): PILCHER (Jacksonville FL) and ADUSUMILLI
/// (Toledo OH) publish together, run a trial together and prescribe.
/// </summary>
public static class KolScenario
{
    public const string PilcherNpi = "1588667638", AdusumilliNpi = "1932102084", WiebeNpi = "1679576722";

    public static string File(string name) => Path.Combine(RepoPaths.Root, "tests", "TestData", "kol", name);

    public static async Task<Dictionary<string, EvidenceImportReport>> ImportAllAsync(TestApp app)
    {
        var nppes = Path.Combine(RepoPaths.SharedData, "nppes", "npidata_pfile_sample.csv");
        await app.InScope(sp => sp.GetRequiredService<DirectoryImportRunner>().RunAsync(new NppesFileSource(nppes), null, default));
        var reports = new Dictionary<string, EvidenceImportReport>
        {
            ["pubmed"] = await app.InScope(sp => sp.GetRequiredService<ImportPublications.Handler>().Handle(File("pubmed_linked.xml"), null, default)),
            ["ctgov"] = await app.InScope(sp => sp.GetRequiredService<ImportClinicalTrials.Handler>().Handle(File("ctgov_study_pilcher.json"), default)),
            ["partd"] = await app.InScope(sp => sp.GetRequiredService<ImportPartD.Handler>().Handle(File("MUP_DPR_RY24_P04_V10_DY22_NPIBN.csv"), null, null, default)),
        };
        return reports;
    }

    public static Task<Guid> HcpId(TestApp app, string npi) =>
        app.InScope(sp => sp.GetRequiredService<LiaisonDbContext>().Hcps.Where(h => h.Npi == npi).Select(h => h.Id).SingleAsync());

    public static HttpRequestMessage WithIfMatch(HttpMethod method, string url, string? etag, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (etag is not null) request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return request;
    }
}
