using Liaison.Web.Pages.Shared;

namespace Liaison.IntegrationTests.Pages;

/// <summary>Registry codes read as words on the pages.</summary>
public sealed class PageTextTests
{
    [Theory]
    [InlineData("ACTIVE_NOT_RECRUITING", "Active, not recruiting")]
    [InlineData("RECRUITING", "Recruiting")]
    [InlineData("COMPLETED", "Completed")]
    [InlineData("SOME_NEW_STATUS", "Some new status")]
    [InlineData(null, "—")]
    public void A_trial_status_reads_as_clinicaltrials_gov_words_it(string? code, string expected) =>
        Assert.Equal(expected, TrialText.Status(code));

    [Theory]
    [InlineData("PHASE2/PHASE3", "Phase 2/Phase 3")]
    [InlineData("EARLY_PHASE1", "Early phase 1")]
    [InlineData("NA", "Phase not applicable")]
    [InlineData(null, "")]
    public void Trial_phases_read_as_words(string? codes, string expected) => Assert.Equal(expected, TrialText.Phases(codes));
}
