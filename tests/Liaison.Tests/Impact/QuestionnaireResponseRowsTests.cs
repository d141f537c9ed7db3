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
}
