using Liaison.Core.Engagement.Content;

namespace Liaison.Tests.Engagement;

public sealed class MaterialRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);
    private static readonly Guid Product = Guid.NewGuid();
    private static readonly Guid Requester = Guid.NewGuid();

    private static MaterialFacts Material(ApprovalStatus status = ApprovalStatus.Approved, bool offLabel = false,
        DateOnly? approved = null, DateOnly? expires = null) =>
        new(Guid.NewGuid(), "Deck", Product, "Veltrisa", status, approved ?? Day.AddDays(-100), expires ?? Day.AddDays(100), offLabel);

    private static RequestFacts Request(bool attested = true, Guid? product = null, Guid? requester = null, DateTime receivedAt = default) =>
        new(Guid.NewGuid(), attested, product ?? Product, requester ?? Requester, receivedAt);

    [Fact]
    public void An_approved_unexpired_on_label_material_may_be_used()
    {
        Assert.Null(MaterialRules.Refusal(Material(), Day, null, [Requester], CertificationStanding.NotTracked));
    }

    [Theory]
    [InlineData(ApprovalStatus.Draft)]
    [InlineData(ApprovalStatus.InReview)]
    [InlineData(ApprovalStatus.Withdrawn)]
    public void An_unapproved_material_is_refused(ApprovalStatus status)
    {
        Assert.Contains("not approved", MaterialRules.Refusal(Material(status), Day, null, [], CertificationStanding.Current));
    }

    [Fact]
    public void A_material_expired_on_the_day_of_use_is_refused_and_one_expiring_that_day_is_not()
    {
        Assert.Contains("expired", MaterialRules.Refusal(Material(expires: Day.AddDays(-1)), Day, null, [], CertificationStanding.Current));
        Assert.Null(MaterialRules.Refusal(Material(expires: Day), Day, null, [], CertificationStanding.Current));
    }

    [Fact]
    public void A_material_approved_after_the_day_of_use_is_refused()
    {
        Assert.Contains("after", MaterialRules.Refusal(Material(approved: Day.AddDays(1)), Day, null, [], CertificationStanding.Current));
    }

    [Fact]
    public void Off_label_material_needs_an_attested_unsolicited_request_about_its_product_from_an_attendee()
    {
        var m = Material(offLabel: true);
        Assert.Contains("unsolicited request", MaterialRules.Refusal(m, Day, null, [Requester], CertificationStanding.Current));
        Assert.Contains("not attested", MaterialRules.Refusal(m, Day, Request(attested: false), [Requester], CertificationStanding.Current));
        Assert.Contains("another product", MaterialRules.Refusal(m, Day, Request(product: Guid.NewGuid()), [Requester], CertificationStanding.Current));
        Assert.Contains("not among the attendees", MaterialRules.Refusal(m, Day, Request(), [Guid.NewGuid()], CertificationStanding.Current));
        Assert.Null(MaterialRules.Refusal(m, Day, Request(), [Requester], CertificationStanding.Current));
    }

    [Fact]
    public void Off_label_material_answers_only_a_request_received_by_the_end_of_the_interaction()
    {
        var m = Material(offLabel: true);
        var ends = new DateTime(2026, 11, 20, 10, 30, 0, DateTimeKind.Utc);
        Assert.Contains("after this interaction", MaterialRules.Refusal(m, Day, Request(receivedAt: ends.AddDays(7)), [Requester],
            CertificationStanding.Current, ends));
        // Asked during the meeting and answered there: received before it ended.
        Assert.Null(MaterialRules.Refusal(m, Day, Request(receivedAt: ends.AddMinutes(-10)), [Requester], CertificationStanding.Current, ends));
        Assert.Null(MaterialRules.Refusal(m, Day, Request(receivedAt: ends), [Requester], CertificationStanding.Current, ends));
    }

    [Theory]
    [InlineData(CertificationStanding.NotTracked, true)]
    [InlineData(CertificationStanding.Current, true)]
    [InlineData(CertificationStanding.Missing, false)]
    [InlineData(CertificationStanding.Expired, false)]
    public void Certification_gates_presenting_a_products_material_and_untracked_products_stay_open(
        CertificationStanding standing, bool allowed)
    {
        var refusal = MaterialRules.Refusal(Material(), Day, null, [], standing);
        Assert.Equal(allowed, refusal is null);
        if (!allowed) Assert.Contains("certification on Veltrisa", refusal);
    }

    [Fact]
    public async Task Until_training_records_exist_every_product_is_not_tracked()
    {
        Assert.Equal(CertificationStanding.NotTracked,
            await new NoTrainingRecords().StandingAsync("user", Product, Day, CancellationToken.None));
    }
}
