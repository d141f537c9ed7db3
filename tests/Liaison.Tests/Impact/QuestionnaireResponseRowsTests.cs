using Liaison.Core.Impact;
using Liaison.Core.Impact.Engine;

namespace Liaison.Tests.Impact;

public sealed class QuestionnaireResponseRowsTests
{
    private const string Ndjson = """
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p1"},"authored":"2024-03-05T10:00:00Z","item":[{"linkId":"better","answer":[{"valueBoolean":true}]}]}
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p1"},"authored":"2024-03-20","item":[{"linkId":"better","answer":[{"valueBoolean":false}]}]}
        {"resourceType":"QuestionnaireResponse","status":"in-progress","subject":{"reference":"Patient/p1"},"authored":"2024-03-21","item":[{"linkId":"better","answer":[{"valueBoolean":true}]}]}
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p2"},"authored":"2024-04-01","item":[{"linkId":"grp","item":[{"linkId":"better","answer":[{"valueInteger":4}]}]}]}
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p3"},"authored":"2024-04-02","item":[{"linkId":"better","answer":[{"valueCoding":{"code":"improved"}}]}]}
        not json
        """;

    [Fact]
    public void Completed_responses_are_exposure_and_positive_answers_are_events_per_subject_month()
    {
        var path = Path.Combine(TestTemp.Folder("qr-"), "qr.ndjson");
        File.WriteAllText(path, Ndjson.ReplaceLineEndings("\n"));
        var reader = new QuestionnaireResponseRows(path, "better", 3, new HashSet<string> { "improved" });

        var rows = reader.Read().ToList();

        AnalysisWindows.TryParseMonth("2024-03", out var march);
        AnalysisWindows.TryParseMonth("2024-04", out var april);
        Assert.Equal(
        [
            new OutcomeRow("p1", march, 1, 2),
            new OutcomeRow("p2", april, 1, 1),
            new OutcomeRow("p3", april, 1, 1),
        ], rows);
        var problem = Assert.Single(reader.Problems);
        Assert.Equal(6, problem.Line);
    }

    /// <summary>Resources of the wrong JSON shape, each on its own line between good ones: reported by line, never thrown.</summary>
    private const string Misshapen = """
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p1"},"authored":"2024-03-05","item":[{"linkId":"better","answer":[{"valueInteger":5}]}]}
        [1, 2]
        "text"
        {"resourceType":5}
        {"resourceType":"QuestionnaireResponse","status":3,"subject":{"reference":"Patient/p2"},"authored":"2024-03-05"}
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p2"},"authored":20240305}
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p2"},"authored":"2024-03-05","item":{"linkId":"better"}}
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p2"},"authored":"2024-03-05","item":[{"linkId":7,"answer":[{"valueInteger":5}]}]}
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p2"},"authored":"2024-03-05","item":[{"linkId":"better","answer":[{"valueInteger":"5"}]}]}
        {"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"Patient/p3"},"authored":"2024-03-06","item":[{"linkId":"better","answer":[{"valueInteger":1}]}]}
        """;

    [Fact]
    public void Resources_of_the_wrong_json_shape_are_reported_by_line_and_the_good_ones_kept()
    {
        var path = Path.Combine(TestTemp.Folder("qr-"), "qr.ndjson");
        File.WriteAllText(path, Misshapen.ReplaceLineEndings("\n"));
        var reader = new QuestionnaireResponseRows(path, "better", 3, null);

        var rows = reader.Read().ToList();

        AnalysisWindows.TryParseMonth("2024-03", out var march);
        Assert.Equal([new OutcomeRow("p1", march, 1, 1), new OutcomeRow("p3", march, 0, 1)], rows);
        Assert.Equal([2L, 3, 4, 5, 6, 7, 8, 9], reader.Problems.Select(p => p.Line));
        Assert.Equal(8, reader.Rejected);
    }

    [Fact]
    public void A_bundle_whose_entry_is_not_an_array_is_reported_not_thrown()
    {
        var path = Path.Combine(TestTemp.Folder("qr-"), "bundle.json");
        File.WriteAllText(path, """{"resourceType":"Bundle","type":"collection","entry":{"resource":{"resourceType":"QuestionnaireResponse"}}}""");
        var reader = new QuestionnaireResponseRows(path, "better", 3, null);

        Assert.Empty(reader.Read());
        Assert.Contains("entry", Assert.Single(reader.Problems).Reason);
    }

    [Theory]
    [InlineData("Patient/p9/_history/2")]
    [InlineData("https://ehr.example.org/fhir/Patient/p9/_history/2")]
    [InlineData("Patient/p9")]
    public void A_versioned_subject_reference_is_its_patient_not_its_version(string reference)
    {
        var path = Path.Combine(TestTemp.Folder("qr-"), "qr.ndjson");
        File.WriteAllText(path, $$"""{"resourceType":"QuestionnaireResponse","status":"completed","subject":{"reference":"{{reference}}"},"authored":"2024-03-05"}""" + "\n");
        var reader = new QuestionnaireResponseRows(path, "better", 3, null);

        Assert.Equal("p9", Assert.Single(reader.Read()).SubjectId);
    }
}
