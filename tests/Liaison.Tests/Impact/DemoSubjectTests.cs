using Liaison.Core.Directory.Registry;
using Liaison.Core.Impact.Simulation;

namespace Liaison.Tests.Impact;

public sealed class DemoSubjectTests
{
    [Fact]
    public void Cardiovascular_demo_prescribers_are_valid_npis_in_a_range_cms_never_issues_and_keep_their_order()
    {
        var ids = Enumerable.Range(0, 2500).Select(i => DemoSubjects.Prescriber(new Random(1), i)).ToList();
        Assert.All(ids, id =>
        {
            Assert.True(Npi.IsValid(id), id);
            Assert.StartsWith("97", id); // real NPIs start with 1 or 2
        });
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
