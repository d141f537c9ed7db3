using Liaison.Core.Directory.Evidence;

namespace Liaison.Tests.Directory;

public sealed class EvidenceMatcherTests
{
    private static readonly EvidenceMatcher.Candidate Pilcher = new(Guid.NewGuid(), "PILCHER", "WILLIAM", "C",
        [new("JACKSONVILLE", "FL", "32204")], ["BAPTIST HEART SPECIALISTS"]);

    [Fact]
    public void Surname_forename_and_place_reach_high_confidence()
    {
        var m = EvidenceMatcher.Score(new("Pilcher", "William C", null, ["Baptist Heart Specialists, Jacksonville, FL 32204, USA."]), Pilcher)!;
        Assert.True(m.Confidence >= EvidenceLink.HighConfidence, m.Basis);
        Assert.Contains("organisation", m.Basis);
        Assert.Contains("city", m.Basis);
    }

    [Fact]
    public void State_name_in_the_affiliation_matches_the_state_code()
    {
        var m = EvidenceMatcher.Score(new("Pilcher", "W", null, ["Department of Medicine, Florida"]), Pilcher)!;
        Assert.Contains("state", m.Basis);
        Assert.Equal(EvidenceMatcher.Surname + EvidenceMatcher.Initial + EvidenceMatcher.State, m.Confidence, 3);
    }

    [Fact]
    public void Name_alone_is_not_enough_to_count()
    {
        var m = EvidenceMatcher.Score(new("Pilcher", "William", null, []), Pilcher)!;
        Assert.Equal(EvidenceMatcher.Surname + EvidenceMatcher.FullForename, m.Confidence, 3);
        Assert.True(m.Confidence < EvidenceLink.HighConfidence);
    }

    [Fact]
    public void A_different_forename_or_surname_rules_the_candidate_out()
    {
        Assert.Null(EvidenceMatcher.Score(new("Pilcher", "Robert", null, []), Pilcher));
        Assert.Null(EvidenceMatcher.Score(new("Pilchard", "William", null, []), Pilcher));
    }

    [Fact]
    public void Structured_trial_site_place_counts_like_affiliation_text()
    {
        var m = EvidenceMatcher.Score(new("Pilcher", "William", null, ["Some Hospital"], "Jacksonville", "Florida", "32204-1234"), Pilcher)!;
        Assert.Equal(1.0, m.Confidence, 3);
    }

    [Fact]
    public void A_conflicting_middle_initial_lowers_confidence()
    {
        var agree = EvidenceMatcher.Score(new("Pilcher", "William C", null, []), Pilcher)!.Confidence;
        var conflict = EvidenceMatcher.Score(new("Pilcher", "William J", null, []), Pilcher)!.Confidence;
        Assert.True(conflict < agree);
    }

    [Fact]
    public void Two_equally_good_candidates_are_both_marked_down_as_ambiguous()
    {
        var twin = Pilcher with { HcpId = Guid.NewGuid(), MiddleName = null };
        var ranked = EvidenceMatcher.Rank(new("Pilcher", "William", null, ["Jacksonville, FL"]), [Pilcher, twin]);
        Assert.Equal(2, ranked.Count);
        Assert.All(ranked, m => Assert.Contains("ambiguous", m.Basis));
        Assert.All(ranked, m => Assert.True(m.Confidence < EvidenceLink.HighConfidence));
    }

    [Fact]
    public void A_namesake_well_behind_the_best_candidate_is_not_proposed()
    {
        var namesake = new EvidenceMatcher.Candidate(Guid.NewGuid(), "PILCHER", "WILLIAM", null, [new("SEATTLE", "WA", "98195")], []);
        var ranked = EvidenceMatcher.Rank(new("Pilcher", "William C", null, ["Baptist Heart Specialists, Jacksonville, FL 32204"]), [namesake, Pilcher]);
        Assert.Equal(Pilcher.HcpId, Assert.Single(ranked).HcpId);
    }

    [Fact]
    public void Accents_and_compound_surnames_compare_equal()
    {
        var c = new EvidenceMatcher.Candidate(Guid.NewGuid(), "DELUCA", "FRANCESCA", null, [], []);
        Assert.NotNull(EvidenceMatcher.Score(new("De Luca", "Francésca", null, []), c));
    }
}
