using Liaison.Core.Engagement.OpenPayments;

namespace Liaison.Tests.Engagement;

/// <summary>
/// A later publication's record against the stored one: the import tracks a stored record only when it <see cref="ExternalPayment.Differs"/>,
/// so that test must say exactly when <see cref="ExternalPayment.Correct"/> changes it.
/// </summary>
public sealed class ExternalPaymentTests
{
    private static readonly Guid Hcp = Guid.NewGuid();

    private static ExternalPayment Stored() => new()
    {
        Kind = ExternalPaymentKind.General, RecordId = "7400001", ProgramYear = 2023, HcpId = Hcp, Npi = "1679576722", ProfileId = "27216",
        FirstName = "ALEX", LastName = "TESTER", City = "BOSTON", State = "MA", PayerName = "Acme", Amount = 10.00m,
        PaidOn = new DateOnly(2023, 8, 15), Nature = "Food and Beverage", Form = "Cash", ProductName = "Acmezol",
    };

    [Fact]
    public void The_same_values_do_not_differ_and_correct_nothing_even_an_amount_written_with_fewer_decimals()
    {
        var published = Stored();
        published.Amount = 10.0m;
        Assert.False(Stored().Differs(published));
        var stored = Stored();
        Assert.False(stored.Correct(published));
        Assert.Equal(Hcp, stored.HcpId);
    }

    [Theory]
    [InlineData("Amount", false)]
    [InlineData("StudyName", false)]
    [InlineData("Npi", true)]
    [InlineData("LastName", true)]
    public void A_changed_value_differs_and_is_corrected_and_a_new_recipient_is_linked_afresh(string field, bool recipient)
    {
        var published = Stored();
        switch (field)
        {
            case "Amount": published.Amount = 12.00m; break;
            case "StudyName": published.StudyName = "A study"; break;
            case "Npi": published.Npi = "1234567893"; break;
            default: published.LastName = "OTHER"; break;
        }
        var stored = Stored();
        Assert.True(stored.Differs(published));
        Assert.True(stored.Correct(published));
        Assert.Equal((published.Amount, published.StudyName, published.Npi, published.LastName), (stored.Amount, stored.StudyName, stored.Npi, stored.LastName));
        Assert.Equal(recipient ? null : Hcp, stored.HcpId);
        Assert.False(stored.Differs(published));
    }
}
